import type { QueryClient } from "@tanstack/react-query";
import { studySearchQuery } from "../../api/queries";
import type { LatLon } from "../../lib/geo/distance";
import type { Search } from "./search-types";
import { serializeSearch } from "./search-url";
import { toApiParams } from "./to-api-params";
import { lookupOf, originQuery } from "./use-origin";
import { readSearchAddress } from "./use-search-url";

/** The results list's query: one definition for the list and for the requests started before it renders. */
export const resultsQuery = (search: Search, origin: LatLon | undefined) => studySearchQuery(toApiParams(search, origin));

/**
 * Starts the first results page of the search at `urlSearch` (a /search address's query string), under
 * the key the results list will read, so the request runs while the page's code loads and renders
 * instead of after. A place is looked up first, as the list does (same query, same key).
 */
export async function startResultsRequest(client: QueryClient, urlSearch: string): Promise<void> {
  // What the page will read from the address: the same parse, so the same params and key.
  const search = await readSearchAddress(urlSearch);
  const lookup = lookupOf(search.near);
  let origin: LatLon | undefined;
  if (search.near?.kind === "point") origin = { lat: search.near.lat, lon: search.near.lon };
  else if (lookup) {
    // Not found or failed: the page explains that, and searches nothing.
    origin = (await client.fetchQuery(originQuery(lookup)).catch(() => null)) ?? undefined;
    if (!origin) return;
  }
  await client.prefetchInfiniteQuery(resultsQuery(search, origin));
}

/** A submitted form's search, as its /search address will hold it. */
export const startSearchRequest = (client: QueryClient, search: Search) =>
  startResultsRequest(client, serializeSearch(search).toString());
