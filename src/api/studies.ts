import { getJson } from "./http";
import { ApiError } from "./api-error";
import { conformPagedStudies, conformStudy } from "./conform";
import type { PagedStudies, Study } from "./types";

/** API parameters of a search, already normalised by the caller (see the search feature). */
export type StudySearchParams = Readonly<Record<string, string>>;

export async function fetchStudy(nctId: string, signal: AbortSignal): Promise<Study> {
  const json = await getJson(`/studies/${encodeURIComponent(nctId)}`, {}, signal);
  return conformOrFail(conformStudy, json);
}

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
