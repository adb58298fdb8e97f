import type { HistoryState } from "../../lib/history-state";
import type { Search } from "./search-types";
import { TEXT_FIELDS } from "./search-url";

export type PastedLink = { path: string; state?: HistoryState };

/** The field that holds what may be a clinicaltrials.gov link (a cheap check: no translation code needed). */
export function registryLinkText(search: Search): string | undefined {
  return TEXT_FIELDS.map((field) => search[field]).find((text) => text !== undefined && /clinicaltrials\.gov/i.test(text));
}

/**
 * A clinicaltrials.gov link pasted into any search field: a study link opens that study, a search link
 * becomes the same search here. undefined when no field holds one. The translation's code loads only
 * when a field mentions clinicaltrials.gov.
 */
export async function pastedRegistryLink(search: Search): Promise<PastedLink | undefined> {
  if (registryLinkText(search) === undefined) return undefined;
  const { fromRegistryUrl, importTarget } = await import("./registry-link");
  for (const field of TEXT_FIELDS) {
    const text = search[field];
    // Cheap check first: fromRegistryUrl would also accept a bare host name.
    if (!text || !/clinicaltrials\.gov/i.test(text)) continue;
    const link = fromRegistryUrl(text);
    if (link) return importTarget(link);
  }
  return undefined;
}
