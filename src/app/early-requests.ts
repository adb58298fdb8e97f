import type { QueryClient } from "@tanstack/react-query";
import { checkNctId } from "../lib/nct-id";
import { prefetchStudy } from "./study-prefetch";

/**
 * A study link opened cold: the record's request starts as soon as the API code has loaded, beside the
 * study page's own code, instead of after it (the page then finds the record in the cache, under the
 * same key and fields it asks for). Only a canonical id: anything else is the page's to explain.
 */
export function startEarlyRequests(client: QueryClient, pathname: string, search = globalThis.location?.search ?? ""): void {
  // A search link: its first results page, beside the search page's code (results-query.ts reads the
  // address as the page does, so the page finds it under its own key).
  if (/^\/search\/?$/.test(pathname)) {
    // A failure is the page's to explain (it asks again itself).
    void import("../features/search/results-query")
      .then(({ startResultsRequest }) => startResultsRequest(client, search))
      .catch(() => undefined);
    return;
  }
  const id = /^\/study\/(NCT\d{8})\/?$/.exec(pathname)?.[1]; // canonical ids need no decoding
  const check = id ? checkNctId(id) : undefined;
  if (check?.ok && check.canonical) prefetchStudy(client, check.id);
}
