// Words for the sort orders and the text fields (each filter's words are in its catalogue entry,
// filters/catalogue.ts). Typed as Records so that a new value cannot be added without its words.
import type { SearchSort } from "./search-types";

export const SORT_LABEL: Record<SearchSort, string> = {
  relevance: "Best match",
  updated: "Recently updated",
  start: "Start date (newest first)",
  nearest: "Nearest site",
};

/** Text fields: the label a person reads, and an example. */
export const TEXT_FIELD_LABEL = {
  cond: { label: "Condition or disease", example: "breast cancer" },
  intr: { label: "Treatment or intervention", example: "vaccine" },
  // The registry's text match on site addresses; distance searches use the "Near" field instead.
  locn: { label: "Hospital, city or country", example: "Mayo Clinic or Texas" },
  term: { label: "Other words", example: "quality of life" },
  spons: { label: "Sponsor", example: "National Cancer Institute" },
  id: { label: "Study ID", example: "NCT02513394" },
} as const;
