import { getJson } from "./http";
import { ApiError } from "./api-error";
import { conformPagedStudies, conformStudy, holdsResults, listShapePieces, loadResultsShapes, loadShapes, ShapesNotLoadedError, type StudyShape } from "./conform";
import type { PagedStudies, Study } from "./types";
import { STUDY_PAGE_FIELDS, STUDY_RESULTS_FIELDS } from "./study-request";

/** API parameters of a search, already normalised by the caller (see the search feature). */
export type StudySearchParams = Readonly<Record<string, string>>;


// Every request starts loading the shapes its answer will be conformed with alongside it, not after it.

/** The study page's record, without its results. */
export async function fetchStudy(nctId: string, signal: AbortSignal): Promise<Study> {
  const [json] = await Promise.all([getJson(studyPath(nctId), { fields: STUDY_PAGE_FIELDS }, signal), loadShapes("main")]);
  return conformOrFail(conformStudy, json, "main");
}

/** The record's results, or null when it has none (react-query keeps no undefined). */
export async function fetchStudyResults(nctId: string, signal: AbortSignal): Promise<StudyResults | null> {
  const [json] = await Promise.all([getJson(studyPath(nctId), { fields: STUDY_RESULTS_FIELDS }, signal), loadResultsShapes()]);
  return (await conformOrFail(conformStudy, json, "main")).resultsSection ?? null;
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
  const [json, shape] = await Promise.all([getJson("/studies", query, signal), loadShapesFor(params["fields"])]);
  return conformOrFail(conformPagedStudies, json, shape);
}

/**
 * Loads the shapes a search's answer is conformed with. A list request (the app's searches all are) needs
 * only the small list shapes, which come with the pieces they cover; other fields, or none (whole
 * records), need the main ones, and the results ones too when results may come back.
 */
async function loadShapesFor(fields: string | undefined): Promise<StudyShape> {
  if (fields !== undefined) {
    await loadShapes("list");
    if (shapeFor(fields, listShapePieces()) === "list") return "list";
  }
  await (mayAskForResults(fields) ? loadResultsShapes() : loadShapes("main"));
  return "main";
}

/**
 * The shapes for a `fields` parameter: "list" when every name in it is one of `listPieces` (the answer
 * then holds only their paths, all in the list shapes), else "main" (no fields: whole records).
 */
export function shapeFor(fields: string | undefined, listPieces: ReadonlySet<string>): StudyShape {
  return fields !== undefined && fields.split(/[,|]/).every((field) => listPieces.has(field.trim())) ? "list" : "main";
}

/**
 * Whether a `fields` parameter may bring back results: none (whole records) or one naming ResultsSection
 * or a path in it. Only a head start: conformOrFail decides by what actually came back (a results piece
 * such as OutcomeMeasuresModule, or @query, is caught there).
 */
export function mayAskForResults(fields: string | undefined): boolean {
  if (fields === undefined || fields.trim() === "") return true;
  return fields.split(/[,|]/).some((field) => /^resultsSection(?:\.|$)/i.test(field.trim()));
}

/**
 * Conforms a response with `shape` (loaded by then: the callers start it alongside the request). When it
 * holds results (whatever was asked for) the results shapes are loaded first and the main shapes used,
 * so results can never be dropped for lack of them.
 */
async function conformOrFail<T>(conform: (value: unknown, shape: StudyShape) => T, json: unknown, shape: StudyShape): Promise<T> {
  const results = holdsResults(json);
  await (results ? loadResultsShapes() : loadShapes(shape));
  try {
    return conform(json, results ? "main" : shape);
  } catch (cause) {
    // A programming error, not the registry's fault: let it surface as itself.
    if (cause instanceof ShapesNotLoadedError) throw cause;
    throw new ApiError("unavailable", 200, "The registry sent data that could not be read.", { cause });
  }
}
