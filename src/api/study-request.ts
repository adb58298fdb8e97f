// The study page's first request, in one place for the app (studies.ts) and for the build (vite.config.ts
// hands it to scripts/lib/route-preload.mjs, which starts it beside the page's code on a cold visit).
// No imports: the build reads this file in Node.

/** The registry's API base from the build setting VITE_CTGOV_API_BASE (unset: the live API), without a trailing slash. */
export function apiBaseFrom(setting: string | undefined): string {
  return (setting || "https://clinicaltrials.gov/api/v2").replace(/\/+$/, "");
}

/**
 * The study page asks for a record in two parts. Results are most of a big record (617 of 777 kB for
 * NCT02513394) and the page shows them only on demand, so the first request is everything else: every
 * top-level piece but ResultsSection (with fields=, even hasResults must be named to come back).
 */
export const STUDY_PAGE_FIELDS = "ProtocolSection,DerivedSection,DocumentSection,AnnotationSection,HasResults";
export const STUDY_RESULTS_FIELDS = "ResultsSection";

/**
 * A cold /study/NCT… address (a canonical id only: other spellings redirect first) as a data preload for
 * route-preload.mjs: [address pattern, the record's URL with $1 for the id]. The URL must be exactly what
 * http.ts builds for fetchStudy (study-request.test.ts checks), or the browser fetches the record twice.
 */
export function studyRecordPreload(apiBase: string): [pattern: string, url: string] {
  return ["^/study/(NCT\\d{8})/?$", `${apiBase}/studies/$1?${new URLSearchParams({ fields: STUDY_PAGE_FIELDS }).toString()}`];
}
