// One search → the registry's GET /studies parameters. Pure and deterministic: the same search always
// gives an equal object with its keys in the same order, because the registry requires every page of a
// search to repeat the first page's parameters exactly (only pageToken, countTotal and pageSize may
// differ; searchStudies adds those) and because the object is also the react-query key.
//
// Every filter's part comes from the catalogue (filters/catalogue.ts): status as filter.overallStatus,
// the others as one filter.advanced expression, `(part) AND (part) …` in URL order. Text fields are
// sanitised into Essie that cannot fail to parse (see sanitizeEssieText).
import type { StudySearchParams } from "../../api/studies";
import { isLatLon, type LatLon } from "../../lib/geo/distance";
import { DEFAULT_RADIUS, geoFilter } from "../../lib/geo/near";
import { CARD_FIELDS } from "./card-fields";
import { sanitizeEssieText } from "./essie-text";
import { FILTER_LIST, FILTERS } from "./filters/catalogue";
import type { Search, SearchSort } from "./search-types";
import { TEXT_FIELDS, defaultSort, effectiveSort, normalizeSearch } from "./search-url";

/** Results per page, on every page (the cards are small: see CARD_FIELDS). */
export const PAGE_SIZE = 20;

const SORT_PARAMS: Record<Exclude<SearchSort, "nearest">, string> = {
  relevance: "@relevance",
  updated: "LastUpdatePostDate:desc",
  start: "StartDate:desc",
};

const NCT_IDS_ONLY = /^\s*NCT\d{8}(?:[\s,]+NCT\d{8})*[\s,]*$/i;

/** The registry ignores every filter when a text field holds only NCT numbers (api-facts.md, "Global rules"). */
export const registryIgnoresFilters = (search: Search) => TEXT_FIELDS.some((field) => NCT_IDS_ONLY.test(search[field] ?? ""));

/**
 * The GET /studies parameters of `search` for every one of its pages (searchStudies adds paging).
 * `origin` is where `search.near` was found (a ZIP or a place name is looked up first); without it the
 * search is not limited by distance.
 */
export function toApiParams(input: Search, origin?: LatLon): StudySearchParams {
  const search = normalizeSearch(input);
  const params: Record<string, string> = {};
  for (const field of TEXT_FIELDS) {
    const text = sanitizeEssieText(search[field]);
    if (text) params[`query.${field}`] = text;
  }
  const [statuses] = FILTERS.status.api(search.status);
  if (statuses) params["filter.overallStatus"] = statuses;
  const advanced = FILTER_LIST.flatMap(([key, filter]) => (key === "status" ? [] : filter.api(search[key])));
  if (advanced.length > 0) params["filter.advanced"] = advanced.map((part) => `(${part})`).join(" AND ");
  if (search.near && origin && isLatLon(origin)) params["filter.geo"] = geoFilter(origin, search.radius ?? DEFAULT_RADIUS);
  params.sort = sortParam(search);
  params.pageSize = String(PAGE_SIZE);
  params.fields = CARD_FIELDS.join(",");
  return Object.freeze(params);
}

/**
 * The registry's order for the sort the page shows (effectiveSort: one rule for the sort box and the
 * request). "nearest" is done in the app on the loaded results; the registry pages in the default order.
 */
function sortParam(search: Search): string {
  const sort = effectiveSort(search);
  return SORT_PARAMS[sort === "nearest" ? defaultSort(search) : sort];
}
