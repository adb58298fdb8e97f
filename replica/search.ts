// GET /studies: validate parameters, match, sort, page, project.
import type { Corpus } from "./corpus.ts";
import { badRequest, jsonResponse } from "./errors.ts";
import type { ReplicaResponse } from "./errors.ts";
import { parseFields, projectStudy } from "./fields.ts";
import { catalogForCorpusDir } from "./metadata.ts";
import { decodePageToken, encodePageToken, parsePageSize, queryHash } from "./paging.ts";
import { compileQuery } from "./query.ts";
import { parseSort, sortIndices } from "./sort.ts";

const QUERY_NAMES = ["cond", "term", "locn", "titles", "intr", "outc", "spons", "lead", "id", "patient"];
const FILTER_NAMES = ["overallStatus", "geo", "ids", "advanced", "synonyms"];
const KNOWN_PARAMS = new Set([
  ...QUERY_NAMES.map((n) => `query.${n}`),
  ...FILTER_NAMES.flatMap((n) => [`filter.${n}`, `postFilter.${n}`]),
  ...["format", "markupFormat", "aggFilters", "geoDecay", "fields", "sort", "countTotal", "pageSize", "pageToken"],
]);
const KNOWN_PREFIXES = new Set(["query", "filter", "postFilter"]);

/** Rejects unknown or repeated parameters, and the formats the replica cannot produce. */
export function checkParams(params: URLSearchParams, known: ReadonlySet<string>): void {
  const seen = new Set<string>();
  for (const name of params.keys()) {
    if (!known.has(name)) {
      const dot = name.indexOf(".");
      if (dot > 0 && !KNOWN_PREFIXES.has(name.slice(0, dot))) throw badRequest(`Invalid prefix in parameter name: ${name}`);
      throw badRequest(`Invalid parameter name: unknown parameter \`${name}\``);
    }
    if (seen.has(name)) throw badRequest(`Parameter \`${name}\` must not be repeated`);
    seen.add(name);
  }
  const format = params.get("format");
  if (format !== null && format !== "json") {
    throw badRequest(`Invalid value in parameter \`format\`: \`${format}\` (the offline replica serves json only)`);
  }
  const markup = params.get("markupFormat");
  if (markup !== null && markup !== "markdown") {
    throw badRequest(`Invalid value in parameter \`markupFormat\`: \`${markup}\` (the offline replica serves markdown only)`);
  }
}

function parseBoolean(name: string, raw: string | null): boolean {
  if (raw === null || raw === "") return false;
  const value = raw.toLowerCase();
  if (value !== "true" && value !== "false") throw badRequest(`Invalid value in parameter \`${name}\`: \`${raw}\`; expected true or false`);
  return value === "true";
}

// The ordered matches of recent searches, keyed by the query hash (which page tokens also carry),
// so walking the pages of one search evaluates it once, like the real API's server-side cursor.
const recent = new WeakMap<Corpus, Map<string, number[]>>();
const RECENT_MAX = 32;

function matchAndSort(corpus: Corpus, hash: string, compute: () => number[]): number[] {
  let cache = recent.get(corpus);
  if (!cache) {
    cache = new Map();
    recent.set(corpus, cache);
  }
  let ordered = cache.get(hash);
  if (!ordered) {
    ordered = compute();
    if (cache.size >= RECENT_MAX) cache.delete(cache.keys().next().value ?? "");
  }
  cache.delete(hash);
  cache.set(hash, ordered); // most recently used last
  return ordered;
}

export function searchStudies(corpus: Corpus, params: URLSearchParams): ReplicaResponse {
  checkParams(params, KNOWN_PARAMS);
  const catalog = catalogForCorpusDir(corpus.dir);
  const { queries, filters, queryPieces } = compileQuery(corpus, catalog, params);
  const sort = parseSort(params.get("sort") ?? "", catalog);
  const fields = params.get("fields");
  const selection = fields === null ? undefined : parseFields(fields, catalog, queryPieces);
  const countTotal = parseBoolean("countTotal", params.get("countTotal"));
  const pageSize = parsePageSize(params.get("pageSize"));
  const hash = queryHash(params);
  const token = params.get("pageToken") || null; // an empty token means the first page
  const offset = token === null ? 0 : decodePageToken(token, hash);

  const ordered = matchAndSort(corpus, hash, () => {
    const matched: number[] = [];
    const scores = new Map<number, number>();
    studies: for (let i = 0; i < corpus.studies.length; i++) {
      for (const keep of filters) if (!keep(i)) continue studies;
      let score = 0;
      for (const query of queries) {
        const s = query(i);
        if (s === null) continue studies;
        score += s;
      }
      matched.push(i);
      scores.set(i, score);
    }
    return sortIndices(corpus, matched, sort, scores);
  });
  const page = ordered.slice(offset, offset + pageSize);
  const lines = page.map((i) => JSON.stringify(projectStudy(corpus.studies[i] ?? {}, selection)));
  // Same layout as the real wire format: one study object per line.
  let body = `{"studies":[${lines.length > 0 ? `\n${lines.join(",\n")}\n` : ""}]`;
  if (countTotal && token === null) body += `,"totalCount":${ordered.length}`;
  if (offset + pageSize < ordered.length) body += `,"nextPageToken":${JSON.stringify(encodePageToken(offset + pageSize, hash))}`;
  return jsonResponse(body + "}");
}
