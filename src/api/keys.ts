import type { StudySearchParams } from "./studies";

// The one key factory: hierarchical, so ["studies"] invalidates everything about studies.
export const studyKeys = {
  all: ["studies"] as const,
  detail: (nctId: string) => [...studyKeys.all, "detail", nctId] as const,
  search: (params: StudySearchParams) => [...studyKeys.all, "search", params] as const,
  count: (params: StudySearchParams) => [...studyKeys.all, "count", params] as const,
};
