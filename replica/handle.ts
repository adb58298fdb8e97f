// Entry point of the offline ClinicalTrials.gov API v2 replica: a pure function from
// (corpus, URL) to a response, shared by the Vite middleware and the MSW handlers.
import type { Corpus } from "./corpus.ts";
import { ReplicaError, badRequest, jsonResponse, textResponse } from "./errors.ts";
import type { ReplicaResponse } from "./errors.ts";
import { parseFields, projectStudy } from "./fields.ts";
import { catalogForCorpusDir } from "./metadata.ts";
import { checkParams, searchStudies } from "./search.ts";
import { ADVANCED_FILTER_AREA, QUERY_PARAM_AREAS } from "./search-areas.ts";
import { areaScope } from "./essie-eval.ts";
import { canonicalNctId, valueAt } from "./study.ts";
import { warmTextIndex } from "./text-index.ts";

export type { ReplicaResponse } from "./errors.ts";

const API_VERSION = "2.0.5";
const DETAIL_PARAMS = new Set(["format", "markupFormat", "fields"]);
// Real endpoints under /studies/ that the replica does not serve (they'd otherwise read as ids).
const UNSERVED = new Set(["metadata", "search-areas", "enums", "download"]);

export function handleRequest(corpus: Corpus, url: URL, basePath = "/api/v2", method = "GET"): ReplicaResponse {
  try {
    return route(corpus, url, basePath.replace(/\/+$/, ""), method.toUpperCase());
  } catch (error) {
    if (error instanceof ReplicaError) return textResponse(error.status, error.message, error.headers);
    console.error("[replica] internal error for", url.href, error);
    return textResponse(500, `Internal error in the offline replica: ${String(error)}`);
  }
}

function route(corpus: Corpus, url: URL, base: string, method: string): ReplicaResponse {
  const { pathname } = url;
  if (pathname !== base && !pathname.startsWith(`${base}/`)) throw new ReplicaError(404, `Not found: ${pathname}`);
  if (method !== "GET" && method !== "HEAD") {
    throw new ReplicaError(405, `Method ${method} not allowed; the API is read-only`, { allow: "GET, HEAD" });
  }
  const rest = pathname.slice(base.length).replace(/\/+$/, "");
  if (rest === "/version") return version(corpus);
  if (rest === "/studies") return searchStudies(corpus, url.searchParams);
  const detail = /^\/studies\/([^/]+)$/.exec(rest);
  if (detail?.[1]) return study(corpus, url, base, decodeURIComponent(detail[1]));
  throw new ReplicaError(404, `Not found: ${pathname}`);
}

function study(corpus: Corpus, url: URL, base: string, rawId: string): ReplicaResponse {
  if (UNSERVED.has(rawId)) throw new ReplicaError(404, `${pathname(base, rawId)} is not available in the offline replica`);
  checkParams(url.searchParams, DETAIL_PARAMS);
  const id = canonicalNctId(rawId);
  if (!id) throw badRequest(`The NCT number \`${rawId}\` has incorrect format; expected e.g. NCT01234567`);
  const record = corpus.byId.get(id);
  if (record) {
    const fields = url.searchParams.get("fields");
    const selection = fields === null ? undefined : parseFields(fields, catalogForCorpusDir(corpus.dir), new Set());
    return jsonResponse(JSON.stringify(projectStudy(record, selection)));
  }
  const current = corpus.aliases.get(id);
  if (current) {
    const location = `${pathname(base, current)}${url.search}`;
    return textResponse(301, `Moved Permanently: ${id} is now ${current}; see ${location}`, { location });
  }
  throw new ReplicaError(404, `Study ${id} not found`);
}

function pathname(base: string, id: string): string {
  return `${base}/studies/${id}`;
}

const timestamps = new WeakMap<Corpus, string>();

/** dataTimestamp = newest derivedSection.miscInfoModule.versionHolder in the corpus. */
function version(corpus: Corpus): ReplicaResponse {
  let stamp = timestamps.get(corpus);
  if (!stamp) {
    let newest = "";
    for (const s of corpus.studies) {
      const v = valueAt(s, ["derivedSection", "miscInfoModule", "versionHolder"]);
      if (typeof v === "string" && v > newest) newest = v;
    }
    stamp = `${newest || "1970-01-01"}T00:00:00`;
    timestamps.set(corpus, stamp);
  }
  return jsonResponse(JSON.stringify({ apiVersion: API_VERSION, dataTimestamp: stamp }));
}

/** Precomputes the searchable text of every query area (~0.3 s for 566 records), e.g. at startup. */
export function warmReplica(corpus: Corpus): void {
  const catalog = catalogForCorpusDir(corpus.dir);
  const areas = [...QUERY_PARAM_AREAS.values(), ADVANCED_FILTER_AREA];
  warmTextIndex(corpus, areas.flatMap((area) => areaScope(area, catalog).map((s) => s.field)));
}
