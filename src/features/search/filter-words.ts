import { FILTER_LIST } from "./filters/catalogue";
import type { Search } from "./search-types";

/** The filters that differ from the defaults, in a few words each, for the closed filter section's summary. */
export function activeFilterWords(search: Search): string[] {
  return FILTER_LIST.flatMap(([key, filter]) => {
    const value = search[key];
    return value === undefined ? [] : [filter.words(value)];
  });
}
