// Turns the query.*, filter.*/postFilter.* and aggFilters parameters of GET /studies into
// matchers. query.* contribute relevance; filters only include/exclude.
import { aggFilter } from "./agg-filters.ts";
import type { Corpus } from "./corpus.ts";
import { badRequest } from "./errors.ts";
import { compileEssie } from "./essie-eval.ts";
import type { Matcher } from "./essie-eval.ts";
import { EssieError, parseEssie } from "./essie-parse.ts";
import { geoFilter, idsFilter, parseIdList, statusFilter } from "./filters.ts";
import type { StudyPredicate } from "./filters.ts";
import type { FieldCatalog } from "./metadata.ts";
import { ADVANCED_FILTER_AREA, QUERY_PARAM_AREAS } from "./search-areas.ts";
import type { SearchArea } from "./search-areas.ts";
import { NCT_ID_RE } from "./study.ts";

export type CompiledQuery = {
  /** Relevance contributions; a study must match every one. */
  queries: Matcher[];
  filters: StudyPredicate[];
  /** Pieces searched by query.* (for fields=@query). */
  queryPieces: Set<string>;
};

const GEO_DECAY_RE = /^func:(gauss|exp|linear),scale:(\d+(\.\d+)?(km|mi)),offset:(\d+(\.\d+)?(km|mi)),decay:(\d+(\.\d+)?)$/;

function compileArea(raw: string, area: SearchArea, corpus: Corpus, catalog: FieldCatalog, used: Set<string>): Matcher {
  try {
    return compileEssie(parseEssie(raw), area, { corpus, catalog, usedPieces: used });
  } catch (error) {
    if (error instanceof EssieError) throw badRequest(`Error parsing query in ${area.label}: ${error.message}`);
    throw error;
  }
}

/** "NCT01234567, NCT07654321" — the API treats such a query as an id lookup and ignores filters. */
function idOnlyList(raw: string): string[] | undefined {
  const items = raw.split(/[\s,]+/).filter((s) => s !== "");
  return items.length > 0 && items.every((s) => NCT_ID_RE.test(s)) ? items : undefined;
}

export function compileQuery(corpus: Corpus, catalog: FieldCatalog, params: URLSearchParams): CompiledQuery {
  const queries: Matcher[] = [];
  const queryPieces = new Set<string>();
  let idLookup = false;
  for (const [param, area] of QUERY_PARAM_AREAS) {
    const raw = params.get(param)?.trim();
    if (!raw) continue;
    const ids = idOnlyList(raw);
    if (ids) {
      idLookup = true;
      const match = idsFilter(corpus, parseIdList(ids.join(","), param));
      queries.push((i) => (match(i) ? 1 : null));
    } else {
      queries.push(compileArea(raw, area, corpus, catalog, queryPieces));
    }
  }

  // Filters are validated even when an id-only query makes the API ignore them.
  const filters: StudyPredicate[] = [];
  for (const prefix of ["filter", "postFilter"]) {
    const get = (name: string): string | undefined => params.get(`${prefix}.${name}`) ?? undefined;
    const status = get("overallStatus");
    if (status !== undefined) filters.push(statusFilter(corpus, status, `${prefix}.overallStatus`, catalog));
    const ids = get("ids");
    if (ids !== undefined) filters.push(idsFilter(corpus, parseIdList(ids, `${prefix}.ids`)));
    const geo = get("geo");
    if (geo !== undefined) filters.push(geoFilter(corpus, geo, `${prefix}.geo`));
    const advanced = get("advanced")?.trim();
    if (advanced) {
      const match = compileArea(advanced, ADVANCED_FILTER_AREA, corpus, catalog, new Set());
      filters.push((i) => match(i) !== null);
    }
    if (get("synonyms") !== undefined) {
      throw badRequest(`Parameter \`${prefix}.synonyms\` is not supported by the offline replica (no synonym data)`);
    }
  }
  const agg = params.get("aggFilters");
  if (agg !== null && agg.trim() !== "") filters.push(aggFilter(corpus, catalog, agg));
  const decay = params.get("geoDecay");
  // geoDecay only re-ranks by distance; the replica validates it and keeps its own ranking.
  if (decay !== null && !GEO_DECAY_RE.test(decay)) throw badRequest(`Parameter \`geoDecay\` has incorrect format: \`${decay}\``);

  return { queries, filters: idLookup ? [] : filters, queryPieces };
}
