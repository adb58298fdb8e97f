import { getJson } from "./http";
import { ApiError } from "./api-error";
import { conformPagedStudies, conformStudy } from "./conform";
import type { PagedStudies, Study } from "./types";

/** API parameters of a search, already normalised by the caller (see the search feature). */
export type StudySearchParams = Readonly<Record<string, string>>;

/**
 * The study page asks for a record in two parts. Results are most of a big record (617 of 777 kB for
 * NCT02513394) and the page shows them only on demand, so the first request is everything else: every
 * top-level piece but ResultsSection (with fields=, even hasResults must be named to come back).
 */
export const STUDY_PAGE_FIELDS = "ProtocolSection,DerivedSection,DocumentSection,AnnotationSection,HasResults";
export const STUDY_RESULTS_FIELDS = "ResultsSection";

/** The study page's record, without its results. */
export async function fetchStudy(nctId: string, signal: AbortSignal): Promise<Study> {
  const json = await getJson(studyPath(nctId), { fields: STUDY_PAGE_FIELDS }, signal);
  return conformOrFail(conformStudy, json);
}

/** The record's results, or null when it has none (react-query keeps no undefined). */
export async function fetchStudyResults(nctId: string, signal: AbortSignal): Promise<StudyResults | null> {
  const json = await getJson(studyPath(nctId), { fields: STUDY_RESULTS_FIELDS }, signal);
  return conformOrFail(conformStudy, json).resultsSection ?? null;
}

export type StudyResults = NonNullable<Study["resultsSection"]>;

const studyPath = (nctId: string) => `/studies/${encodeURIComponent(nctId)}`;

export async function searchStudies(
  params: StudySearchParams,
  pageToken: string | undefined,
  signal: AbortSignal,
): Promise<PagedStudies> {
  // countTotal only matters on the first page; later pages must repeat every other parameter.
  const query = pageToken ? { ...params, pageToken } : { ...params, countTotal: "true" };
  const json = await getJson("/studies", query, signal);
  return conformOrFail(conformPagedStudies, json);
}

function conformOrFail<T>(conform: (value: unknown) => T, json: unknown): T {
  try {
    return conform(json);
  } catch (cause) {
    throw new ApiError("unavailable", 200, "The registry sent data that could not be read.", { cause });
  }
}
