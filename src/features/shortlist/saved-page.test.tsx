import { screen, within } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { formatPartialDate } from "../../lib/dates";
import { statusLabel } from "../../lib/registry-labels";
import { renderRoute } from "../../testing/render-route";
import { http, HttpResponse } from "msw";
import { API_BASE } from "../../api/config";
import { corpus, recordRequests, requireCorpus, server } from "../../testing/server";
import { acknowledgeNotice, STORAGE_KEY, type SavedItem } from "./saved-store";
import { LIST_FIELDS } from "./shortlist-fields";
import { snapshotOf } from "./snapshot";
import { studyTitle } from "./study-facts";

// Real records: a completed one with a site, a recruiting one with several, and one with an alias.
const COMPLETED = "NCT02782533";
const RECRUITING = "NCT04814381";
const ALIAS = "NCT02380456"; // the registry now lists it as NCT02300909
const CURRENT = "NCT02300909";
const GONE = "NCT99999999";

const record = (nctId: string) => {
  const study = corpus.byId(nctId);
  if (!study) throw new Error(`${nctId} is not in the corpus`);
  return study;
};
const title = (nctId: string) => studyTitle(record(nctId));
const seed = (items: SavedItem[]) => localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, items }));
const saved = (nctId: string, seen = snapshotOf(record(nctId))): SavedItem => ({ nctId, savedAt: "2025-01-15T12:00:00.000Z", seen });
const studyRequests = (urls: string[]) => urls.filter((url) => new URL(url).pathname.endsWith("/studies"));

beforeAll(() => requireCorpus());
afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
  acknowledgeNotice();
});

describe("/saved", () => {
  test("empty: explains how to save, and sends no request", async () => {
    const requests = recordRequests();
    renderRoute("/saved");
    expect(await screen.findByRole("heading", { level: 1, name: "Saved studies" })).toBeTruthy();
    expect(screen.getByText("You have not saved any studies yet.")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Search for studies" }).getAttribute("href")).toBe("/");
    expect(studyRequests(requests)).toEqual([]);
  });

  test("every saved study is looked up in one request: filter.ids, only the shown fields, pageSize ≥ the count", async () => {
    seed([saved(COMPLETED), saved(RECRUITING), saved(GONE, { sites: 0 })]);
    const requests = recordRequests();
    renderRoute("/saved");
    expect(await screen.findByRole("link", { name: title(RECRUITING) })).toBeTruthy();
    const sent = studyRequests(requests);
    expect(sent).toHaveLength(1);
    const params = new URL(sent[0] ?? "").searchParams;
    expect(params.get("filter.ids")?.split(",")).toEqual([COMPLETED, RECRUITING, GONE]);
    expect(params.get("fields")).toBe(LIST_FIELDS.join(","));
    expect(Number(params.get("pageSize"))).toBeGreaterThanOrEqual(3);
  });

  test("what changed since saved: status, last update and number of sites, from an older snapshot of a real record", async () => {
    const study = record(COMPLETED);
    const now = snapshotOf(study);
    seed([saved(COMPLETED, { status: "RECRUITING", lastUpdate: "2010-05", sites: now.sites + 2 }), saved(RECRUITING)]);
    renderRoute("/saved");
    const changed = await screen.findByRole("article", { name: title(COMPLETED) });
    const text = changed.textContent ?? "";
    expect(text).toContain("Changed since you saved it");
    expect(text).toContain(`Status changed from recruiting to ${statusLabel(now.status).toLowerCase()}.`);
    expect(text).toContain(`Updated on ${formatPartialDate(now.lastUpdate)} (last update when saved: May 2010).`);
    expect(text).toContain(`Number of sites changed from ${now.sites + 2} to ${now.sites}.`);
    expect(text).toContain("Saved on January 15, 2025");
    const unchanged = screen.getByRole("article", { name: title(RECRUITING) });
    expect(within(unchanged).getByText("No changes since you saved it.")).toBeTruthy();
  });

  test("an id the registry no longer returns is named; an old number shows the record it moved to", async () => {
    seed([saved(GONE, { sites: 0 }), saved(ALIAS, snapshotOf(record(CURRENT)))]);
    renderRoute("/saved");
    const gone = await screen.findByRole("article", { name: GONE });
    expect(await within(gone).findByText(/The registry no longer returns this study/)).toBeTruthy();
    const moved = screen.getByRole("article", { name: title(CURRENT) });
    expect(within(moved).getByText(/now lists this study as/).textContent).toContain(CURRENT);
    expect(within(moved).getByRole("link", { name: title(CURRENT) }).getAttribute("href")).toBe(`/study/${CURRENT}`);
  });

  test("Remove takes one study off without a new request; Remove all asks first", async () => {
    seed([saved(COMPLETED), saved(RECRUITING)]);
    const requests = recordRequests();
    const { user } = renderRoute("/saved");
    await screen.findByRole("link", { name: title(COMPLETED) });
    await user.click(screen.getByRole("button", { name: `Remove: ${title(COMPLETED)}` }));
    expect(screen.queryByRole("link", { name: title(COMPLETED) })).toBeNull();
    // Focus goes on to the next study's Remove button.
    expect(screen.getByRole("button", { name: `Remove: ${title(RECRUITING)}` })).toBe(document.activeElement);
    expect(screen.getByText(`Removed ${title(COMPLETED)}`)).toBeTruthy();
    expect(screen.getByRole("link", { name: title(RECRUITING) })).toBeTruthy();
    expect(studyRequests(requests)).toHaveLength(1);
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "").items.map((i: SavedItem) => i.nctId)).toEqual([RECRUITING]);

    await user.click(screen.getByRole("button", { name: "Remove all" }));
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.getByRole("link", { name: title(RECRUITING) })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Remove all" }));
    expect(screen.getByRole("button", { name: "Yes, remove all" })).toBe(document.activeElement);
    await user.click(screen.getByRole("button", { name: "Yes, remove all" }));
    expect(screen.getByText("You have not saved any studies yet.")).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1, name: "Saved studies" })).toBe(document.activeElement);
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  test("when storage refuses the change, Remove and Remove all say so instead of announcing it done", async () => {
    seed([saved(COMPLETED), saved(RECRUITING)]);
    const { user } = renderRoute("/saved");
    await screen.findByRole("link", { name: title(COMPLETED) });
    const refuse = (method: "setItem" | "removeItem") =>
      vi.spyOn(Storage.prototype, method).mockImplementation(() => {
        throw new DOMException("Access is denied for this document.", "SecurityError");
      });
    refuse("setItem");
    refuse("removeItem"); // an empty list is stored by removing the key
    const remove = screen.getByRole("button", { name: `Remove: ${title(COMPLETED)}` });
    await user.click(remove);
    expect(screen.getByRole("alert").textContent).toBe(
      `${title(COMPLETED)} could not be removed: this browser is not letting the site store anything, so your list stays as it was.`,
    );
    expect(screen.queryByText(/^Removed/)).toBeNull();
    expect(screen.getByRole("link", { name: title(COMPLETED) })).toBeTruthy();
    expect(remove).toBe(document.activeElement); // still there: focus stays on it

    await user.click(screen.getByRole("button", { name: "Remove all" }));
    await user.click(screen.getByRole("button", { name: "Yes, remove all" }));
    expect(screen.getByRole("alert").textContent).toMatch(/^Your saved studies could not be removed: /);
    expect(screen.getByRole("heading", { level: 2, name: "Your studies (2)" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Remove all" })).toBe(document.activeElement); // the question closed

    vi.restoreAllMocks();
    await user.click(screen.getByRole("button", { name: `Remove: ${title(COMPLETED)}` }));
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByText(`Removed ${title(COMPLETED)}`)).toBeTruthy();
  });

  test("a corrupt stored value gives the note once, and no crash", async () => {
    localStorage.setItem(STORAGE_KEY, '{"version":1,"items":[{"nctId":');
    const first = renderRoute("/saved");
    expect(await screen.findByRole("heading", { name: "Your saved list could not be read and was cleared" })).toBeTruthy();
    expect(screen.getByText("You have not saved any studies yet.")).toBeTruthy();
    await first.user.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByText("Your saved list could not be read and was cleared")).toBeNull();
    first.unmount();
    renderRoute("/saved");
    expect(await screen.findByRole("heading", { level: 1, name: "Saved studies" })).toBeTruthy();
    expect(screen.queryByText("Your saved list could not be read and was cleared")).toBeNull();
  });

  test("a registry failure is explained with a retry; the saved studies stay listed", async () => {
    seed([saved(COMPLETED)]);
    server.use(http.get(`${API_BASE}/studies`, () => new HttpResponse("Service Unavailable", { status: 503 })));
    const { user } = renderRoute("/saved");
    expect(await screen.findByRole("heading", { name: "The registry is unavailable" })).toBeTruthy();
    expect(screen.getByText("Changes could not be checked.")).toBeTruthy();
    server.resetHandlers();
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("link", { name: title(COMPLETED) })).toBeTruthy();
    expect(screen.queryByRole("heading", { name: "The registry is unavailable" })).toBeNull();
  });

  test("a list longer than a shared list can hold shares the last 50 saved, saying so", async () => {
    const many = Array.from({ length: 55 }, (_, n) => saved(`NCT${String(n + 1).padStart(8, "0")}`, { sites: 0 }));
    seed(many);
    renderRoute("/saved");
    const share = await screen.findByRole("link", { name: "Share this list" });
    expect(share.getAttribute("href")).toBe(`/list?ids=${many.slice(0, 50).map((i) => i.nctId).join(",")}`);
    expect(screen.getByText(/A shared list holds at most 50 studies/)).toBeTruthy();
  });

  test("share links: the list's /list URL, and one with a note from the form", async () => {
    seed([saved(COMPLETED), saved(RECRUITING)]);
    const { user } = renderRoute("/saved");
    const share = await screen.findByRole("link", { name: "Share this list" });
    expect(share.getAttribute("href")).toBe(`/list?ids=${COMPLETED},${RECRUITING}`);
    const field = screen.getByRole("textbox", { name: "Note to go with the list (optional)" });
    expect(screen.getByText(/500 of 500 characters left/)).toBeTruthy();
    await user.type(field, "Ask me <b>Tuesday</b>");
    expect(screen.getByText(/479 of 500 characters left/)).toBeTruthy();
    const withNote = screen.getByRole("link", { name: "Open the list with this note" }).getAttribute("href") ?? "";
    const params = new URL(withNote, "http://localhost").searchParams;
    expect(params.get("ids")).toBe(`${COMPLETED},${RECRUITING}`);
    expect(params.get("note")).toBe("Ask me <b>Tuesday</b>");
  });
});
