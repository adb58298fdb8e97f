import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { screen, waitFor } from "@testing-library/react";
import { renderRoute } from "../../testing/render-route";
import { corpus } from "../../testing/server";

// Kiosk privacy in the real app: nothing of the visitor may reach the clipboard or a share sheet
// (the next visitor would find it there), and the browser must not remember what was typed.
const needsCorpus = corpus.studies.length === 0;
const A = "NCT02513394";
const B = "NCT00405041";
const titleOf = (nctId: string) => corpus.byId(nctId)?.protocolSection?.identificationModule?.briefTitle ?? "(missing)";

const COPY_OR_SHARE = /copy|share…/i;
const copyOrShareButtons = () => screen.queryAllByRole("button", { name: COPY_OR_SHARE });

function kiosk(on: boolean) {
  if (on) sessionStorage.setItem("trial-finder:kiosk", "1");
}

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  // The Web Share API, so that Share… would be offered if the page allowed it.
  Object.defineProperty(navigator, "share", { value: () => Promise.resolve(), configurable: true, writable: true });
  const items = [A, B].map((nctId) => ({ nctId, savedAt: "2026-01-01T00:00:00.000Z", seen: { sites: 1 } }));
  localStorage.setItem("trial-finder:saved", JSON.stringify({ version: 1, items }));
});
afterEach(() => {
  Object.defineProperty(navigator, "share", { value: undefined, configurable: true, writable: true });
  document.documentElement.removeAttribute("data-kiosk");
});

describe.skipIf(needsCorpus)("copy and share", () => {
  test.each([false, true])("/saved (kiosk %s): Copy link and the note form only outside kiosk mode", async (on) => {
    kiosk(on);
    renderRoute("/saved");
    await screen.findByRole("heading", { level: 2, name: "Your studies (2)" });
    if (on) await screen.findByRole("button", { name: "Start over" }); // the kiosk runtime is a lazy chunk
    expect(screen.getByRole("link", { name: "Share this list" })).toBeTruthy(); // to /list, with its QR code
    expect(copyOrShareButtons().map((b) => b.textContent)).toEqual(on ? [] : ["Copy link to this list", "Copy link with the note"]);
    expect(screen.queryAllByRole("textbox").length).toBe(on ? 0 : 1);
    expect(screen.queryByText("Create a link with a note")).toBe(on ? null : screen.getByText("Create a link with a note"));
  });

  test.each([false, true])("/list (kiosk %s): Copy link and Share… only outside kiosk mode; the QR code stays", async (on) => {
    kiosk(on);
    renderRoute(`/list?ids=${A},${B}`);
    await screen.findByRole("heading", { level: 2, name: "Share or print" }, { timeout: 10_000 });
    if (on) await screen.findByRole("button", { name: "Start over" });
    expect(copyOrShareButtons().map((b) => b.textContent)).toEqual(on ? [] : ["Copy link", "Share…"]);
    expect(await screen.findByRole("img", { name: "QR code of this list's address" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Print this list" })).toBeTruthy();
  });

  test.each([false, true])("a study page (kiosk %s): Copy link and Share… only outside kiosk mode; Print stays", async (on) => {
    kiosk(on);
    renderRoute(`/study/${A}`);
    await screen.findByRole("heading", { level: 1, name: new RegExp(titleOf(A).slice(0, 20)) });
    if (on) await screen.findByRole("button", { name: "Start over" });
    expect(copyOrShareButtons().map((b) => b.textContent)).toEqual(on ? [] : ["Copy link", "Share…"]);
    expect(screen.getByRole("button", { name: "Print" })).toBeTruthy();
  });
});

describe("autofill", () => {
  test("in kiosk mode every form and field says autocomplete=off, the ZIP code field included", async () => {
    kiosk(true);
    renderRoute("/kiosk");
    const near = await screen.findByRole("textbox", { name: /Near/ });
    await waitFor(() => expect(near.getAttribute("autocomplete")).toBe("off"));
    const fields = Array.from(document.querySelectorAll("form, input, textarea, select"));
    expect(fields.length).toBeGreaterThan(5);
    expect(fields.filter((field) => field.getAttribute("autocomplete") !== "off")).toEqual([]);
  });

  test("outside kiosk mode the ZIP code field keeps its hint", async () => {
    renderRoute("/search");
    expect((await screen.findByRole("textbox", { name: /Near/ })).getAttribute("autocomplete")).toBe("postal-code");
  });
});
