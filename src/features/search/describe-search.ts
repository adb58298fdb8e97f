import type { Search } from "./search-types";

/** A short name for a search, for the page title and the browser history: "Search: asthma in Boston". */
export function describeSearch(search: Search): string {
  const words = [search.cond, search.intr, search.term, search.spons, search.id].filter(Boolean).join(", ");
  const place = search.locn ? ` in ${search.locn}` : "";
  if (!words && !place) return "Search: all studies";
  return `Search: ${words || "studies"}${place}`;
}
