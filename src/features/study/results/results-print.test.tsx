import { afterEach, describe, expect, test, vi } from "vitest";
import { act, screen, waitFor, within } from "@testing-library/react";
import { studyResultsQuery } from "../../../api/queries";
import { corpus, recordRequests, requireCorpus } from "../../../testing/server";
import { renderRoute } from "../../../testing/render-route";

// The results overview's code is a lazy chunk (posted-results.tsx), loaded with the results request.
// Here its import is held back, as on a slow connection (results-code.test.tsx: it fails).
// Every lazy part (lib/preloadable.ts) loads through the real import unless the test holds it back
// (as here, once the page's own code has loaded, so only the results' code is concerned).
const chunk = vi.hoisted(() => ({ hold: undefined as Promise<void> | undefined }));
vi.mock("../../../lib/preloadable", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../../lib/preloadable")>();
  const gated = <T,>(load: () => Promise<T>) => () => (chunk.hold ?? Promise.resolve()).then(load);
  return { ...actual, preloadable: <T,>(load: () => Promise<T>) => actual.preloadable(gated(load)) };
});

requireCorpus();
const BIG = "NCT02513394";
const needsCorpus = !corpus.byId(BIG);
const TITLE_FIRST = /^PALbociclib CoLlaborative Adjuvant Study/;
const title = () => screen.findByRole("heading", { level: 1, name: TITLE_FIRST });
const resultsShown = () => screen.findByRole("button", { name: "Posted results" });
const hasResultsRequest = (urls: string[]) => urls.some((url) => new URL(url).searchParams.get("fields") === "ResultsSection");

afterEach(() => {
  vi.restoreAllMocks();
  chunk.hold = undefined;
});
Element.prototype.scrollIntoView ??= () => {};

describe.skipIf(needsCorpus)("printing the results", () => {
  test("Print waits for the code as well as the results, saying once that they are loading", async () => {
    const requests = recordRequests();
    const { user, client } = renderRoute(`/study/${BIG}`);
    await title();
    await resultsShown(); // the results section comes with the page's lower sections, just after the page
    let release = () => {};
    chunk.hold = new Promise<void>((resolve) => (release = resolve)); // the page is here: only the results' code waits
    let printed: { tables: number; loading: boolean } | undefined;
    const print = vi.spyOn(window, "print").mockImplementation(() => {
      act(() => void window.dispatchEvent(new Event("beforeprint")));
      printed = {
        tables: document.querySelectorAll('#results [role=region][aria-label^="Outcome measure "] table').length,
        loading: document.getElementById("results")!.textContent!.includes("Loading"),
      };
      act(() => void window.dispatchEvent(new Event("afterprint")));
    });
    await user.click(screen.getByRole("button", { name: "Print" }));
    const loading = within(document.getElementById("results")!).getByText(/^Loading the results…/);
    expect(loading.getAttribute("role")).toBe("status");
    // The results arrive; the code doesn't yet: no print dialog, the same status, nothing said again.
    await waitFor(() => expect(client.getQueryData(studyResultsQuery(BIG).queryKey)).toBeTruthy(), { timeout: 10_000 });
    expect(hasResultsRequest(requests)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(print).not.toHaveBeenCalled();
    expect(loading.isConnected).toBe(true);
    expect(document.getElementById("results")!.textContent!.match(/Loading the results/g)).toHaveLength(1);

    release();
    await waitFor(() => expect(print).toHaveBeenCalledOnce(), { timeout: 15_000 });
    const measures = corpus.byId(BIG)!.resultsSection!.outcomeMeasuresModule!.outcomeMeasures!;
    expect(printed).toEqual({ tables: measures.length, loading: false });
  }, 30_000);
});
