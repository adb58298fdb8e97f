import { useEffect, useMemo } from "react";
import { useLocation } from "react-router";
import { readHistoryState } from "../../lib/history-state";
import { preloadable, useLoadedPart } from "../../lib/preloadable";
import type { Search } from "./search-types";
import { hasRegistryNames, parseSearchParams } from "./read-search-params";
import { serializeSearch } from "./search-url";
import { useGoToSearch } from "./use-go-to-search";

/** The translation of registry-website links (their host swapped for ours): loaded only for such an address. */
const registryPart = preloadable(() => import("./registry-search"));

export type SearchUrl =
  | { state: "ready"; search: Search; notes: string[]; key: string }
  /** A registry-website address whose translation is loading (or failed to load: `retry`). */
  | { state: "translating"; failed: boolean; retry: () => void };

/**
 * The search this URL holds, and the notes about what it had to ignore. An address that is not in
 * canonical form (bad values, registry-website names, another order) is replaced by the canonical one,
 * so a search has one URL and one cache entry; the notes survive that replacement in history state.
 */
export function useSearchUrl(): SearchUrl {
  const location = useLocation();
  const goToSearch = useGoToSearch();
  const params = useMemo(() => new URLSearchParams(location.search), [location.search]);
  const foreign = hasRegistryNames(params);
  const registry = useLoadedPart(registryPart, foreign);
  const translate = registry.part?.translateWebsiteSearch;
  const parsed = useMemo(() => (!foreign ? parseSearchParams(params) : translate?.(params)), [foreign, params, translate]);
  const key = parsed ? serializeSearch(parsed.search).toString() : undefined;
  const canonical = key === withoutLang(params);
  // Notes about a URL's ignored parameters travel in history state once the URL is made canonical.
  const carried = readHistoryState(location.state).searchNotes;

  useEffect(() => {
    if (parsed && !canonical) goToSearch(parsed.search, { replace: true, notes: parsed.notes, hash: location.hash });
  }, [parsed, canonical, goToSearch, location.hash]);

  if (!parsed || key === undefined) return { state: "translating", failed: registry.failed, retry: registry.retry };
  const notes = canonical ? (carried ?? []) : parsed.notes;
  return { state: "ready", search: parsed.search, notes, key };
}

/** The search at a /search address (its query string), as the page will read it, translation included. */
export async function readSearchAddress(urlSearch: string): Promise<Search> {
  const params = new URLSearchParams(urlSearch);
  if (!hasRegistryNames(params)) return parseSearchParams(params).search;
  return (await registryPart.preload()).translateWebsiteSearch(params).search;
}

/** The query string without `lang`, which is the page's language and not part of the search (use-lang-url.ts). */
function withoutLang(params: URLSearchParams): string {
  const rest = new URLSearchParams(params);
  rest.delete("lang");
  return rest.toString();
}
