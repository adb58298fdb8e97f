import { afterEach, describe, expect, test, vi } from "vitest";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { studyQuery } from "../api/queries";
import { STUDY_PAGE_FIELDS } from "../api/study-request";
import { corpus, recordRequests, requireCorpus } from "../testing/server";
import { renderRoute } from "../testing/render-route";
import { acknowledgeNotice, STORAGE_KEY } from "../features/shortlist/saved-store";
import { snapshotOf } from "../features/shortlist/snapshot";
import { preloadStudyRoute } from "./route-chunks";

// Prefetch on intent (issue 13): pointing at, focusing or touching a study link starts its record (the
// page's own query: same key, same fields) and the study page's code, so the click opens it at once.
vi.mock("./route-chunks", async (original) => {
  const real = await original<typeof import("./route-chunks")>();
  return { ...real, preloadStudyRoute: vi.fn(real.preloadStudyRoute) };
});

requireCorpus();
const needsCorpus = corpus.studies.length === 0;

/** Requests for one study's record (GET /studies/{id}), as their fields= lists. */
const recordFields = (urls: string[], nctId: string) =>
  urls.map((url) => new URL(url)).filter((url) => url.pathname.endsWith(`/studies/${nctId}`)).map((url) => url.searchParams.get("fields"));

const firstCard = async () => {
  const list = await screen.findByRole("list", { name: "Search results" }, { timeout: 15_000 }); // a whole search page, on a busy machine
  const card = within(list).getAllByRole("article")[0]!;
  const nctId = card.closest("li")!.getAttribute("data-nct-id")!;
  return { card, nctId, link: within(card).getAllByRole("link")[0]! };
};

afterEach(() => {
  vi.mocked(preloadStudyRoute).mockClear();
  localStorage.clear();
  acknowledgeNotice();
});

describe.skipIf(needsCorpus)("prefetch on intent", () => {
  test("hovering a result card requests the study under the page's key and fields, once; the click sends nothing more", async () => {
    const { client, user, location } = renderRoute("/search?cond=asthma&status=all");
    const { card, nctId, link } = await firstCard();
    const requests = recordRequests();
    expect(client.getQueryData(studyQuery(nctId).queryKey)).toBeUndefined();

    fireEvent.pointerEnter(card);
    await waitFor(() => expect(client.getQueryData(studyQuery(nctId).queryKey)).toBeTruthy());
    expect(recordFields(requests, nctId)).toEqual([STUDY_PAGE_FIELDS]);
    expect(preloadStudyRoute).toHaveBeenCalled();

    fireEvent.pointerLeave(card);
    fireEvent.pointerEnter(card); // fresh in the cache: not asked again
    await user.click(link);
    await waitFor(() => expect(location().pathname).toBe(`/study/${nctId}`));
    expect(await screen.findByRole("heading", { level: 1 })).toBeTruthy();
    expect(screen.queryByText(/Loading study/)).toBeNull();
    expect(recordFields(requests, nctId)).toEqual([STUDY_PAGE_FIELDS]);
  });

  test("focusing the study link and touching the card prefetch too", async () => {
    const { client } = renderRoute("/search?cond=asthma&status=all");
    const { card, nctId, link } = await firstCard();
    act(() => link.focus());
    await waitFor(() => expect(client.getQueryData(studyQuery(nctId).queryKey)).toBeTruthy());

    const second = within(screen.getByRole("list", { name: "Search results" })).getAllByRole("article")[1]!;
    const secondId = second.closest("li")!.getAttribute("data-nct-id")!;
    expect(card).not.toBe(second);
    fireEvent.touchStart(second);
    await waitFor(() => expect(client.getQueryData(studyQuery(secondId).queryKey)).toBeTruthy());
  });

  test("a saved study prefetches its record; the saved list keeps its own request", async () => {
    const nctId = "NCT02782533";
    const seen = snapshotOf(corpus.byId(nctId)!);
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, items: [{ nctId, savedAt: "2025-01-15T12:00:00.000Z", seen }] }));
    const requests = recordRequests();
    const { client } = renderRoute("/saved");
    const article = (await screen.findAllByRole("article"))[0]!;
    await waitFor(() => expect(article.textContent).not.toContain("Checking for changes"));
    expect(recordFields(requests, nctId)).toEqual([]); // the list asked /studies?filter.ids=…, not the record

    fireEvent.pointerEnter(article);
    await waitFor(() => expect(client.getQueryData(studyQuery(nctId).queryKey)).toBeTruthy());
    expect(recordFields(requests, nctId)).toEqual([STUDY_PAGE_FIELDS]);
  });
});
