import type { QueryClient } from "@tanstack/react-query";
import { studySearchQuery } from "../../api/queries";
import type { LatLon } from "../../lib/geo/distance";
import type { Search } from "./search-types";
import { applyAboutYou } from "./about-you-search";
import { hasRegistryNames, parseSearchParams } from "./read-search-params";
import { serializeSearch } from "./search-url";
import { toApiParams } from "./to-api-params";
import { lookupOf, originQuery } from "./use-origin";
import { readSearchAddress } from "./use-search-url";

/** The results list's query: one definition for the list and for the requests started before it renders. */
export const resultsQuery = (search: Search, origin: LatLon | undefined) => studySearchQuery(toApiParams(search, origin));

/**
 * Starts the first results page of the search at `urlSearch` (a /search address's query string), under
 * the key the results list will read, so the request runs while the page's code loads and renders
 * instead of after. A place is looked up first, as the list does (same query, same key). What About you
 * adds is added here too: the list sends the same search.
 */
export function startResultsRequest(client: QueryClient, urlSearch: string): Promise<void> {
  // What the page will read from the address: the same parse, so the same params and key.
  const params = new URLSearchParams(urlSearch);
  if (hasRegistryNames(params)) return readSearchAddress(urlSearch).then((search) => startFor(client, applyAboutYou(search)));
  return startFor(client, applyAboutYou(parseSearchParams(params).search));
}

/**
 * Without a place to look up, the request is sent before this returns: a submit's handler calls it
 * before it navigates, so the fetch leaves before React renders the results page.
 */
function startFor(client: QueryClient, search: Search): Promise<void> {
  const lookup = lookupOf(search.near);
  if (search.near?.kind === "point") return client.prefetchInfiniteQuery(resultsQuery(search, { lat: search.near.lat, lon: search.near.lon }));
  if (!lookup) return client.prefetchInfiniteQuery(resultsQuery(search, undefined));
  return client.fetchQuery(originQuery(lookup)).then(
    // Not found or failed: the page explains that, and searches nothing.
    (origin) => (origin ? client.prefetchInfiniteQuery(resultsQuery(search, origin)) : undefined),
    () => undefined,
  );
}

/** A submitted form's search, as its /search address will hold it. */
export const startSearchRequest = (client: QueryClient, search: Search) =>
  startResultsRequest(client, serializeSearch(search).toString());
