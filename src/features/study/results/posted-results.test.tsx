import { afterEach, describe, expect, test, vi } from "vitest";
import { act, screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { API_BASE } from "../../../api/config";
import { studyResultsQuery } from "../../../api/queries";
import { corpus, recordRequests, requireCorpus, server } from "../../../testing/server";
import { renderRoute } from "../../../testing/render-route";

// The study page asks for a record in two parts (issue 13): everything but the results first, the
// results only when the reader opens them, follows #results or prints. Over the real records (MSW
// answering from the replica, which projects fields= as the registry does).
requireCorpus();
const BIG = "NCT02513394"; // 777 kB of JSON, 617 kB of it resultsSection
const needsCorpus = !corpus.byId(BIG);
const TITLE_FIRST = /^PALbociclib CoLlaborative Adjuvant Study/; // its brief title

/** The study-record requests among `urls`, as their fields= lists (null: the whole record). */
const recordFields = (urls: string[], nctId = BIG) =>
  urls
    .map((url) => new URL(url))
    .filter((url) => url.pathname.endsWith(`/studies/${nctId}`))
    .map((url) => url.searchParams.get("fields"));

const title = () => screen.findByRole("heading", { level: 1, name: TITLE_FIRST });
const resultsShown = () => screen.findByRole("button", { name: "Posted results" });
const postedResults = () => screen.getByRole("button", { name: "Posted results" });
const outcomesLine = () => {
  const measures = corpus.byId(BIG)!.resultsSection!.outcomeMeasuresModule!.outcomeMeasures!;
  return `${measures.length} outcome measures: ${measures.filter((m) => m.type === "PRIMARY").length} primary, ${measures.filter((m) => m.type === "SECONDARY").length} secondary.`;
};

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});
// jsdom has no layout: deep links (useHashScroll) call scrollIntoView, which it lacks.
Element.prototype.scrollIntoView ??= () => {};

describe.skipIf(needsCorpus)("the study page's results, on demand", () => {
  test("the first request names every part but the results; opening them asks for ResultsSection only", async () => {
    const requests = recordRequests();
    const { user } = renderRoute(`/study/${BIG}`);
    await title();
    await resultsShown(); // the results section comes with the page's lower sections, just after the page
    expect(recordFields(requests)).toEqual(["ProtocolSection,DerivedSection,DocumentSection,AnnotationSection,HasResults"]);

    // hasResults alone gives the section: it says so, with the date the results were first posted.
    const section = document.getElementById("results")!;
    expect(section.textContent).toContain("This study has results, first posted on");
    expect(screen.getByRole("navigation", { name: "On this page" }).textContent).toContain("Results");
    expect(postedResults().getAttribute("aria-expanded")).toBe("false");
    expect(within(section).queryByText(outcomesLine())).toBeNull();

    await user.click(postedResults());
    expect(postedResults().getAttribute("aria-expanded")).toBe("true");
    expect(await within(section).findByText(outcomesLine())).toBeTruthy();
    expect(recordFields(requests)).toEqual(["ProtocolSection,DerivedSection,DocumentSection,AnnotationSection,HasResults", "ResultsSection"]);

    // Closing and opening again uses what arrived.
    await user.click(postedResults());
    await user.click(postedResults());
    expect(within(section).getByText(outcomesLine())).toBeTruthy();
    expect(recordFields(requests)).toHaveLength(2);
  });

  test("a #results link opens them", async () => {
    const requests = recordRequests();
    renderRoute(`/study/${BIG}#results`);
    await title();
    expect(await screen.findByText(outcomesLine())).toBeTruthy();
    expect(postedResults().getAttribute("aria-expanded")).toBe("true");
    expect(recordFields(requests)).toEqual(["ProtocolSection,DerivedSection,DocumentSection,AnnotationSection,HasResults", "ResultsSection"]);
  });

  test("the table of contents' Results link opens them", async () => {
    const requests = recordRequests();
    const { user } = renderRoute(`/study/${BIG}`);
    await title();
    const toc = screen.getByRole("navigation", { name: "On this page" });
    await user.click(within(toc).getByRole("link", { name: "Results" }));
    expect(await screen.findByText(outcomesLine())).toBeTruthy();
    expect(recordFields(requests)).toContain("ResultsSection");
  });

  test("Print fetches the results, then prints them with every part open", async () => {
    const requests = recordRequests();
    const { user } = renderRoute(`/study/${BIG}`);
    await title();
    let printed: { tables: number; loading: boolean } | undefined;
    const print = vi.spyOn(window, "print").mockImplementation(() => {
      // What the browser lays out: the print signal arrives inside window.print().
      act(() => void window.dispatchEvent(new Event("beforeprint")));
      printed = {
        tables: document.querySelectorAll('#results [role=region][aria-label^="Outcome measure "] table').length,
        loading: document.getElementById("results")!.textContent!.includes("Loading"),
      };
      act(() => void window.dispatchEvent(new Event("afterprint")));
    });
    expect(recordFields(requests)).not.toContain("ResultsSection");
    await user.click(screen.getByRole("button", { name: "Print" }));
    await waitFor(() => expect(print).toHaveBeenCalledOnce(), { timeout: 15_000 });
    expect(recordFields(requests)).toContain("ResultsSection");
    const measures = corpus.byId(BIG)!.resultsSection!.outcomeMeasuresModule!.outcomeMeasures!;
    expect(printed).toEqual({ tables: measures.length, loading: false });
  }, 30_000);

  test("Ctrl+P also waits for the results; once they are there it is left to the browser", async () => {
    const { client } = renderRoute(`/study/${BIG}`);
    await title();
    const print = vi.spyOn(window, "print").mockImplementation(() => {});
    const ctrlP = () => new KeyboardEvent("keydown", { key: "p", ctrlKey: true, bubbles: true, cancelable: true });
    const first = ctrlP();
    window.dispatchEvent(first);
    expect(first.defaultPrevented).toBe(true); // held back: the results are on their way
    await waitFor(() => expect(print).toHaveBeenCalledOnce(), { timeout: 15_000 });
    expect(client.getQueryData(studyResultsQuery(BIG).queryKey)).toBeTruthy();
    const second = ctrlP();
    window.dispatchEvent(second);
    expect(second.defaultPrevented).toBe(false);
  }, 30_000);

  test("the browser's own print (the print media query) starts the request and shows the results when they come", async () => {
    // jsdom has no matchMedia: a "print" media query that the test switches, as browser automation does.
    let listeners: ((event: MediaQueryListEvent) => void)[] = [];
    vi.stubGlobal("matchMedia", (query: string) => ({
      matches: false,
      media: query,
      addEventListener: (_: string, listener: (event: MediaQueryListEvent) => void) => listeners.push(listener),
      removeEventListener: () => (listeners = []),
    }));
    const requests = recordRequests();
    renderRoute(`/study/${BIG}`);
    await title();
    await resultsShown(); // the results section comes with the page's lower sections, just after the page
    act(() => listeners.forEach((listener) => listener({ matches: true } as MediaQueryListEvent)));
    expect(screen.getByText(/still loading when this page was printed/)).toBeTruthy();
    expect(await screen.findByText(outcomesLine())).toBeTruthy();
    expect(recordFields(requests)).toContain("ResultsSection");
    act(() => listeners.forEach((listener) => listener({ matches: false } as MediaQueryListEvent)));
  });

  test("a registry error on the results is a message with a retry; the rest of the page stays", async () => {
    let fail = true;
    server.use(
      http.get(`${API_BASE}/studies/:id`, ({ request }) => {
        const wantsResults = new URL(request.url).searchParams.get("fields") === "ResultsSection";
        if (fail && wantsResults) return new HttpResponse("Service Unavailable", { status: 503 });
        return undefined; // everything else from the replica
      }),
    );
    const { user } = renderRoute(`/study/${BIG}`);
    await title();
    await user.click(await resultsShown());
    const alert = await screen.findByRole("alert");
    expect(within(alert).getByRole("heading", { level: 3, name: "The results could not be loaded" })).toBeTruthy();
    expect(alert.textContent).toContain("The rest of this page is complete.");
    expect(screen.getByRole("heading", { level: 1, name: TITLE_FIRST })).toBeTruthy();
    expect(document.getElementById("eligibility")).not.toBeNull();

    fail = false;
    await user.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findByText(outcomesLine())).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  test("a record without results sends one request and has no Results section", async () => {
    const without = corpus.studies.find((s) => !s.hasResults && s.protocolSection?.identificationModule?.nctId)!;
    const nctId = without.protocolSection!.identificationModule!.nctId!;
    const requests = recordRequests();
    renderRoute(`/study/${nctId}#results`);
    await screen.findByRole("heading", { level: 1 });
    expect(document.getElementById("results")).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(recordFields(requests, nctId)).toEqual(["ProtocolSection,DerivedSection,DocumentSection,AnnotationSection,HasResults"]);
  });
});
