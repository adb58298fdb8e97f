import { afterEach, describe, expect, test, vi } from "vitest";
import { screen, within } from "@testing-library/react";
import { corpus, requireCorpus } from "../../../testing/server";
import { renderRoute } from "../../../testing/render-route";

// The results overview's code is a lazy chunk (posted-results.tsx), loaded with the results request.
// Here its import is held back or fails, as on a slow or dropped connection.
// Every lazy part (lib/preloadable.ts) loads through the real import unless the test holds it back
// or makes it fail; the route's own code has loaded by then, so only the results' code is concerned.
const chunk = vi.hoisted(() => ({ fail: false, hold: undefined as Promise<void> | undefined }));
vi.mock("../../../lib/preloadable", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../../lib/preloadable")>();
  const gated = <T,>(load: () => Promise<T>) => () =>
    chunk.fail ? Promise.reject(new TypeError("Failed to fetch dynamically imported module")) : (chunk.hold ?? Promise.resolve()).then(load);
  return { ...actual, preloadable: <T,>(load: () => Promise<T>) => actual.preloadable(gated(load)) };
});

requireCorpus();
const BIG = "NCT02513394";
const needsCorpus = !corpus.byId(BIG);
const TITLE_FIRST = /^PALbociclib CoLlaborative Adjuvant Study/;
const title = () => screen.findByRole("heading", { level: 1, name: TITLE_FIRST });
const resultsShown = () => screen.findByRole("button", { name: "Posted results" });
const postedResults = () => screen.getByRole("button", { name: "Posted results" });
const outcomesLine = () => {
  const measures = corpus.byId(BIG)!.resultsSection!.outcomeMeasuresModule!.outcomeMeasures!;
  return `${measures.length} outcome measures: ${measures.filter((m) => m.type === "PRIMARY").length} primary, ${measures.filter((m) => m.type === "SECONDARY").length} secondary.`;
};

afterEach(() => {
  vi.restoreAllMocks();
  chunk.fail = false;
  chunk.hold = undefined;
});
Element.prototype.scrollIntoView ??= () => {};

describe.skipIf(needsCorpus)("the results overview's code", () => {
  test("is not loaded with the page; a failed load says so, with a retry that works", async () => {
    const { user } = renderRoute(`/study/${BIG}`);
    await title();
    await resultsShown(); // the results section comes with the page's lower sections, just after the page

    chunk.fail = true;
    await user.click(postedResults());
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByRole("heading", { level: 3, name: "The results could not be loaded" })).toBeTruthy();
    expect(alert.textContent).toContain("Check your connection, then try again.");
    expect(alert.textContent).toContain("The rest of this page is complete.");
    expect(postedResults().getAttribute("aria-expanded")).toBe("true");

    chunk.fail = false;
    await user.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(document.activeElement).toBe(postedResults()); // not lost with the button that went away
    expect(await screen.findByText(outcomesLine(), undefined, { timeout: 10_000 })).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  }, 30_000);
});
