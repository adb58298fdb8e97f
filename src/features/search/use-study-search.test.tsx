import { describe, expect, test } from "vitest";
import { act, renderHook, waitFor } from "@testing-library/react";
import { QueryClientProvider } from "@tanstack/react-query";
import { http, HttpResponse } from "msw";
import type { ReactNode } from "react";
import { API_BASE } from "../../api/config";
import { searchStudies } from "../../api/studies";
import type { PagedStudies } from "../../api/types";
import { createQueryClient } from "../../app/query-client";
import { corpus, recordRequests, server } from "../../testing/server";
import { nctIdOf } from "./result-list-props";
import type { Search } from "./search-types";
import { PAGE_SIZE, toApiParams } from "./to-api-params";
import { resultsCountQuery, uniqueStudies, useStudySearch } from "./use-study-search";

const page = (...ids: string[]): PagedStudies => ({
  studies: ids.map((nctId) => ({ protocolSection: { identificationModule: { nctId } } })),
});

describe("uniqueStudies", () => {
  test("keeps page order and drops a study that moved to a later page while paging", () => {
    const ids = uniqueStudies([page("NCT00000001", "NCT00000002"), page(), page("NCT00000002", "NCT00000003")]).map(
      (s) => s.protocolSection?.identificationModule?.nctId,
    );
    expect(ids).toEqual(["NCT00000001", "NCT00000002", "NCT00000003"]);
  });

  test("no pages, or pages without studies, give an empty list", () => {
    expect(uniqueStudies(undefined)).toEqual([]);
    expect(uniqueStudies([page(), page()])).toEqual([]);
  });
});

function renderStudySearch(search: Search) {
  const client = createQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  return { client, ...renderHook(() => useStudySearch(search), { wrapper }) };
}

const studiesRequests = (urls: string[]) => urls.map((u) => new URL(u)).filter((u) => u.pathname.endsWith("/studies"));
/** A request's parameters without those that may differ between pages and counts (searchStudies adds them). */
const searchPart = (url: URL) => {
  const params = new URLSearchParams(url.searchParams);
  for (const name of ["pageSize", "fields", "countTotal", "pageToken"]) params.delete(name);
  params.sort();
  return params.toString();
};

const BOSTON = { lat: 42.36, lon: -71.06 };

describe.skipIf(corpus.studies.length === 0)("useStudySearch", () => {
  test("a study that comes again on a later page is listed once, where it first came", async () => {
    // The registry's own first two pages; page 2 then also brings back page 1's last study.
    const params = toApiParams({ status: [] });
    const first = await searchStudies(params, undefined, new AbortController().signal);
    const second = await searchStudies(params, first.nextPageToken, new AbortController().signal);
    const moved = first.studies?.at(-1);
    expect(moved, "the corpus has fewer than two pages").toBeDefined();
    server.use(
      http.get(`${API_BASE}/studies`, ({ request }) =>
        new URL(request.url).searchParams.has("pageToken") ? HttpResponse.json({ ...second, studies: [moved, ...(second.studies ?? [])] }) : undefined,
      ),
    );

    const { result } = renderStudySearch({ status: [] });
    await waitFor(() => expect(result.current.studies).toHaveLength(PAGE_SIZE));
    act(() => result.current.loadMore());
    await waitFor(() => expect(result.current.pages).toBe(2));
    const ids = result.current.studies.map(nctIdOf);
    expect(ids).toEqual([...(first.studies ?? []), ...(second.studies ?? [])].map(nctIdOf));
    expect(result.current.total).toBe(first.totalCount);
  });

  test("under sort=nearest the loaded studies come nearest first, whatever order the registry gave", async () => {
    const search: Search = { status: [], near: { kind: "point", ...BOSTON }, radius: { value: 250, unit: "mi" }, sort: "nearest" };
    const { result } = renderStudySearch(search);
    await waitFor(() => expect(result.current.byDistance).toBe(true));
    const { studies, nearby } = result.current;
    const registryOrder = uniqueStudies(result.current.query.data?.pages).map(nctIdOf);
    const distances = studies.map((study) => nearby?.get(nctIdOf(study))?.distance ?? Number.NaN);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(studies.map(nctIdOf), "the registry already sent them by distance").not.toEqual(registryOrder);
    expect(studies.map(nctIdOf).sort()).toEqual([...registryOrder].sort());
  });

  test("a search near a ZIP sends nothing until the ZIP is found, then asks within its distance", async () => {
    const requests = recordRequests();
    const { result } = renderStudySearch({ cond: "cancer", status: [], near: { kind: "zip", zip: "02115" }, radius: { value: 50, unit: "mi" } });
    expect(result.current.origin.state).toBe("finding");
    await waitFor(() => expect(result.current.query.isSuccess).toBe(true));
    const lists = studiesRequests(requests);
    expect(lists).toHaveLength(1);
    expect(lists[0]?.searchParams.get("filter.geo")).toMatch(/^distance\([-\d.]+,[-\d.]+,50mi\)$/);
  });

  test("a ZIP that is not found sends no search at all", async () => {
    const requests = recordRequests();
    const { result } = renderStudySearch({ cond: "cancer", near: { kind: "zip", zip: "00000" } });
    await waitFor(() => expect(result.current.origin.state).toBe("not-found"));
    expect(studiesRequests(requests)).toEqual([]);
    expect(result.current.query.fetchStatus).toBe("idle");
  });

  test("a count asks the registry exactly what the list asks (place and distance limit too), only one study long", async () => {
    const search: Search = { cond: "cancer", status: [], near: { kind: "point", ...BOSTON }, radius: { value: 10, unit: "mi" } };
    const requests = recordRequests();
    const { result, client } = renderStudySearch(search);
    await waitFor(() => expect(result.current.query.isSuccess).toBe(true));
    await client.fetchQuery(resultsCountQuery(search, result.current.point));
    const [list, count] = studiesRequests(requests);
    expect(list && count && searchPart(count)).toBe(list && searchPart(list));
    expect(count?.searchParams.get("filter.geo")).toBe("distance(42.36,-71.06,10mi)");
    expect(count?.searchParams.get("pageSize")).toBe("1");
  });
});
