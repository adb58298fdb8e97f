import type { Search } from "./search-types";
import { TEXT_FIELDS, fromRegistryUrl, searchToPath } from "./search-url";

export type PastedLink = { path: string; state?: { searchNotes: string[] } };

/**
 * A clinicaltrials.gov link pasted into any search field: a study link opens that study, a search link
 * becomes the same search here. undefined when no field holds one.
 */
export function pastedRegistryLink(search: Search): PastedLink | undefined {
  for (const field of TEXT_FIELDS) {
    const text = search[field];
    // Cheap check first: fromRegistryUrl would also accept a bare host name.
    if (!text || !/clinicaltrials\.gov/i.test(text)) continue;
    const link = fromRegistryUrl(text);
    if (link?.kind === "study") return { path: `/study/${link.nctId}` };
    if (link?.kind === "search") return { path: searchToPath(link.search), state: { searchNotes: link.notes } };
  }
  return undefined;
}
