import { useEffect, useMemo } from "react";
import { useLocation, useNavigate } from "react-router";
import { preloadable, useLoadedPart } from "../../lib/preloadable";
import type { Search } from "./search-types";
import { hasRegistryNames, parseSearchParams, searchToPath, serializeSearch } from "./search-url";

/** Notes about a URL's ignored parameters travel in history state once the URL is made canonical. */
type NotesState = { searchNotes?: string[] };

/** The translation of registry-website links (their host swapped for ours): loaded only for such an address. */
const registryPart = preloadable(() => import("./registry-link"));

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
  const navigate = useNavigate();
  const params = useMemo(() => new URLSearchParams(location.search), [location.search]);
  const foreign = hasRegistryNames(params);
  const registry = useLoadedPart(registryPart, foreign);
  const translate = registry.part?.translateWebsiteSearch;
  const parsed = useMemo(() => (!foreign ? parseSearchParams(params) : translate?.(params)), [foreign, params, translate]);
  const key = parsed ? serializeSearch(parsed.search).toString() : undefined;
  const canonical = key === params.toString();
  const carried = (location.state as NotesState | null)?.searchNotes;

  useEffect(() => {
    if (parsed && !canonical) {
      void navigate(searchToPath(parsed.search) + location.hash, { replace: true, state: { searchNotes: parsed.notes } });
    }
  }, [parsed, canonical, navigate, location.hash]);

  if (!parsed || key === undefined) return { state: "translating", failed: registry.failed, retry: registry.retry };
  const notes = canonical ? (Array.isArray(carried) ? carried : []) : parsed.notes;
  return { state: "ready", search: parsed.search, notes, key };
}

/** The search at a /search address (its query string), as the page will read it, translation included. */
export async function readSearchAddress(urlSearch: string): Promise<Search> {
  const params = new URLSearchParams(urlSearch);
  if (!hasRegistryNames(params)) return parseSearchParams(params).search;
  return (await registryPart.preload()).translateWebsiteSearch(params).search;
}
