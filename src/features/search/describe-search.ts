import { t } from "@lingui/core/macro";
import type { Search } from "./search-types";

/** A short name for a search, for the page title and the browser history: "Search: asthma in Boston". */
export function describeSearch(search: Search): string {
  const words = [search.cond, search.intr, search.term, search.spons, search.id].filter(Boolean).join(", ");
  const place = search.locn;
  if (!place) return words ? t`Search: ${words}` : t`Search: all studies`;
  return words ? t`Search: ${words} in ${place}` : t`Search: studies in ${place}`;
}
