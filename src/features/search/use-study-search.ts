import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { studyCountQuery } from "../../api/queries";
import type { PagedStudies, Study } from "../../api/types";
import type { LatLon } from "../../lib/geo/distance";
import { DEFAULT_RADIUS } from "../../lib/geo/near";
import { preloadable, useLoadedPart } from "../../lib/preloadable";
import { resultsQuery } from "./results-query";
import type { Search } from "./search-types";
import { toApiParams } from "./to-api-params";
import { useOrigin } from "./use-origin";

// What only a search near a place needs (distances, their order, a place not found) loads with its lookup.
const nearPart = preloadable(() => import("./near-results"));

/** A search near a ZIP or a place is sent only once the place is found (`origin`). */
const canSearch = (search: Search, origin: LatLon | undefined) => !search.near || origin !== undefined;

/**
 * How many studies a search finds (each "no results" suggestion's count): the list's request, its
 * parameters from the same toApiParams with the list's origin (so its distance limit too), one id long,
 * and like the list not sent until the place is found. `search` is the suggestion's, `origin` the list's.
 */
export const resultsCountQuery = (search: Search, origin: LatLon | undefined) => ({
  ...studyCountQuery(toApiParams(search, origin)),
  enabled: canSearch(search, origin),
});

/** Every study once, in the order the pages gave them (a record edited mid-walk can move between pages). */
export function uniqueStudies(pages: readonly PagedStudies[] | undefined): Study[] {
  const seen = new Set<string>();
  const out: Study[] = [];
  for (const page of pages ?? []) {
    for (const study of page.studies ?? []) {
      const id = study.protocolSection?.identificationModule?.nctId;
      if (id === undefined || seen.has(id)) continue;
      seen.add(id);
      out.push(study);
    }
  }
  return out;
}

/** How many pages at the end came back empty (a page can be empty yet carry a token). */
function trailingEmptyPages(pages: readonly PagedStudies[] | undefined): number {
  let run = 0;
  for (let i = (pages?.length ?? 0) - 1; i >= 0 && (pages?.[i]?.studies?.length ?? 0) === 0; i--) run++;
  return run;
}

export type StudySearch = ReturnType<typeof useStudySearch>;

/**
 * Everything about getting a search's results: the place looked up first, the request (page by page,
 * the previous results kept while the next search loads), each study once, and near a place each
 * study's distance (and the order by it under sort=nearest). search-results.tsx only shows them.
 */
export function useStudySearch(search: Search) {
  const origin = useOrigin(search.near);
  const near = useLoadedPart(nearPart, search.near !== undefined);
  const nearCode = near.part;
  const point = origin.state === "found" ? origin.point : undefined;
  const options = useMemo(() => resultsQuery(search, point), [search, point]);
  // A search near a ZIP or a place waits until the place is found.
  const query = useInfiniteQuery({ ...options, placeholderData: keepPreviousData, enabled: canSearch(search, point) });
  const { data, hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  const loaded = useMemo(() => uniqueStudies(data?.pages), [data]);
  const radius = search.radius ?? DEFAULT_RADIUS;
  const nearby = useMemo(() => (point && nearCode ? nearCode.nearbyStudies(loaded, point, radius) : undefined), [loaded, point, radius, nearCode]);
  const byDistance = search.sort === "nearest" && nearby !== undefined;
  const studies = useMemo(() => (byDistance && nearCode && nearby ? nearCode.byDistance(loaded, nearby) : loaded), [byDistance, loaded, nearby, nearCode]);
  const stale = query.isPlaceholderData;
  return {
    query,
    origin,
    point,
    near,
    // A search near a place shows its results with their distances, so it waits for that code too.
    nearWaiting: search.near !== undefined && !nearCode,
    studies,
    nearby,
    byDistance,
    total: data?.pages[0]?.totalCount ?? studies.length,
    pages: data?.pages.length ?? 0,
    stale,
    failedFirst: query.isError && data === undefined,
    ready: !query.isPending && !stale && !query.isFetching,
    emptyRun: trailingEmptyPages(data?.pages),
    loadMore: () => {
      // One page at a time: a click during a fetch, or a second observer callback, must not skip a page.
      if (hasNextPage && !isFetchingNextPage) void fetchNextPage({ cancelRefetch: false });
    },
  };
}
