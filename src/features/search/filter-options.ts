// Words for each filter value, shared by the form, the "no results" suggestions and anything that
// describes a search. Typed as Records so that a new value cannot be added without its words.
import type { StudyType } from "../../api/types";
import type { FunderType, PhaseKey, SearchSort, SexFilter } from "./search-types";

export const PHASE_LABEL: Record<PhaseKey, string> = {
  early: "Early phase 1",
  "1": "Phase 1",
  "2": "Phase 2",
  "3": "Phase 3",
  "4": "Phase 4",
  na: "Not applicable (no phase)",
};

export const TYPE_LABEL: Record<StudyType, string> = {
  INTERVENTIONAL: "Clinical trials (a treatment is tested)",
  OBSERVATIONAL: "Observational (no treatment assigned)",
  EXPANDED_ACCESS: "Expanded access (treatment outside a trial)",
};

/** The sex filter matches studies open to that sex, including studies open to all. */
export const SEX_LABEL: Record<SexFilter, string> = {
  FEMALE: "Open to women and girls",
  MALE: "Open to men and boys",
};

export const FUNDER_LABEL: Record<FunderType, string> = {
  nih: "U.S. National Institutes of Health (NIH)",
  fed: "Other U.S. federal agency",
  industry: "Industry (companies)",
  other: "Other (universities, hospitals, networks…)",
};

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
