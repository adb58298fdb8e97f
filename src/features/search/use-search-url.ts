import { useEffect, useMemo } from "react";
import { useLocation, useNavigate } from "react-router";
import type { Search } from "./search-types";
import { parseSearchParams, searchToPath, serializeSearch } from "./search-url";

/** Notes about a URL's ignored parameters travel in history state once the URL is made canonical. */
type NotesState = { searchNotes?: string[] };

/**
 * The search this URL holds, and the notes about what it had to ignore. An address that is not in
 * canonical form (bad values, registry-website names, another order) is replaced by the canonical one,
 * so a search has one URL and one cache entry; the notes survive that replacement in history state.
 */
export function useSearchUrl(): { search: Search; notes: string[]; key: string } {
  const location = useLocation();
  const navigate = useNavigate();
  const parsed = useMemo(() => parseSearchParams(new URLSearchParams(location.search)), [location.search]);
  const key = serializeSearch(parsed.search).toString();
  const canonical = key === new URLSearchParams(location.search).toString();
  const carried = (location.state as NotesState | null)?.searchNotes;
  const notes = canonical ? (Array.isArray(carried) ? carried : []) : parsed.notes;

  useEffect(() => {
    if (!canonical) {
      void navigate(searchToPath(parsed.search) + location.hash, { replace: true, state: { searchNotes: parsed.notes } });
    }
  }, [canonical, navigate, parsed, location.hash]);

  return { search: parsed.search, notes, key };
}
