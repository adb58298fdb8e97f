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
  for (const field of TEXT_FIELDS) {
    const target = await registryLinkTarget(search[field] ?? "");
    if (target) return target;
  }
  return undefined;
}

/**
 * Where a clinicaltrials.gov link goes here (a study, or the same search), for a link pasted anywhere:
 * a search field, or "Go to a study". undefined when the text is not such a link. Rejects when the
 * translation's code cannot load (offline for a moment).
 */
export async function registryLinkTarget(text: string): Promise<PastedLink | undefined> {
  // Cheap check first: no code is loaded for ordinary text (fromRegistryUrl would also accept a bare host name).
  if (!/clinicaltrials\.gov/i.test(text)) return undefined;
  const { fromRegistryUrl, importTarget } = await import("./registry-link");
  const link = fromRegistryUrl(text);
  return link && importTarget(link);
}
