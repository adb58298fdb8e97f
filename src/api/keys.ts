import type { StudySearchParams } from "./studies";

// The one key factory: hierarchical, so ["studies"] invalidates everything about studies.
export const studyKeys = {
  all: ["studies"] as const,
  /** The study page's record without its results (see STUDY_PAGE_FIELDS). */
  detail: (nctId: string) => [...studyKeys.all, "detail", nctId] as const,
  /** The record's resultsSection, fetched on demand; under detail(id), so invalidating a study covers both. */
  results: (nctId: string) => [...studyKeys.detail(nctId), "results"] as const,
  search: (params: StudySearchParams) => [...studyKeys.all, "search", params] as const,
  count: (params: StudySearchParams) => [...studyKeys.all, "count", params] as const,
};
