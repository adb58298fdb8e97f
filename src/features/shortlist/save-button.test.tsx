import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { renderRoute } from "../../testing/render-route";
import { corpus, requireCorpus } from "../../testing/server";
import { MAX_SAVED, STORAGE_KEY } from "./saved-store";
import { SaveButton } from "./save-button";
import { snapshotOf } from "./snapshot";

const ID = "NCT04814381";
const record = () => {
  const study = corpus.byId(ID);
  if (!study) throw new Error(`${ID} is not in the corpus`);
  return study;
};
const storedIds = () => (JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{"items":[]}').items as Array<{ nctId: string }>).map((i) => i.nctId);

beforeAll(() => requireCorpus());
afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe("SaveButton", () => {
  test("a toggle: aria-pressed and the words change, the title is in its name, the snapshot is stored", async () => {
    const user = userEvent.setup();
    render(<SaveButton study={record()} />);
    const title = record().protocolSection?.identificationModule?.briefTitle ?? "";
    const button = screen.getByRole("button", { name: (name) => name.startsWith("Save") && name.includes(title) });
    expect(button.getAttribute("aria-pressed")).toBe("false");
    expect(button.className).toMatch(/min-h-target/);
    await user.click(button);
    expect(button.getAttribute("aria-pressed")).toBe("true");
    expect(button.textContent).toContain("Saved");
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "");
    expect(stored.items[0]).toMatchObject({ nctId: ID, seen: snapshotOf(record()) });
    expect(stored.items[0].seen.sites).toBe(record().protocolSection?.contactsLocationsModule?.locations?.length);
    await user.click(button);
    expect(button.getAttribute("aria-pressed")).toBe("false");
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  test("when storage refuses the removal, it stays saved and says why", async () => {
    const user = userEvent.setup();
    render(<SaveButton study={record()} />);
    const button = screen.getByRole("button", { name: /^Save/ });
    await user.click(button);
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    });
    vi.spyOn(Storage.prototype, "removeItem").mockImplementation(() => {
      throw new DOMException("Access is denied.", "SecurityError");
    });
    await user.click(button);
    expect(button.getAttribute("aria-pressed")).toBe("true");
    expect(screen.getByRole("status").textContent).toBe(
      "This browser is not letting the site store anything, so the study could not be removed.",
    );
  });

  test("a full list says why nothing was saved", async () => {
    const items = Array.from({ length: MAX_SAVED }, (_, n) => ({
      nctId: `NCT${String(n + 1).padStart(8, "0")}`,
      savedAt: "2025-01-01T00:00:00.000Z",
      seen: { sites: 0 },
    }));
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, items }));
    const user = userEvent.setup();
    render(<SaveButton study={record()} />);
    await user.click(screen.getByRole("button", { name: /^Save/ }));
    expect(screen.getByRole("status").textContent).toMatch(/full/);
    expect(screen.getByRole("button", { name: /^Save/ }).getAttribute("aria-pressed")).toBe("false");
  });
});

describe("composed by the app", () => {
  test("the study page has the Save button and a way to the saved list", async () => {
    const { user } = renderRoute(`/study/${ID}`);
    const save = await screen.findByRole("button", { name: /^Save\b/ });
    await user.click(save);
    expect(storedIds()).toEqual([ID]);
    expect(screen.getByRole("link", { name: "Saved studies (1)" }).getAttribute("href")).toBe("/saved");
  });

  test("every search result card has its own Save button", async () => {
    const { user } = renderRoute("/search?cond=cluster%20headache&status=all");
    const cards = await screen.findAllByRole("article");
    expect(cards.length).toBeGreaterThan(1);
    for (const card of cards) expect(within(card).getByRole("button", { name: /^Save\b/ })).toBeTruthy();
    const second = cards[1] as HTMLElement;
    await user.click(within(second).getByRole("button", { name: /^Save\b/ }));
    const id = within(second).getAllByText(/^NCT\d{8}$/)[0]?.textContent;
    expect(storedIds()).toEqual([id]);
    expect(within(second).getByRole("button", { name: /^Saved\b/, pressed: true })).toBeTruthy();
  });
});
