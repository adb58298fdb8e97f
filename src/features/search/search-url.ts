// The URL is the search: the one canonical form of a search (also the react-query key) and its URL, with
// each filter's rules from the catalogue (filters/catalogue.ts). Reading an address is read-search-params.ts.
// Pure functions, no React.
import { capText, cleanText } from "../../lib/clean-text";
import { sanitizeEssieText } from "./essie-text";
import { DEFAULT_RADIUS, RADIUS_VALUES, parseNear, serializeNear, serializeRadius, type Near } from "../../lib/geo/near";
import { SORT_LABEL } from "./filter-options";
import { FILTER_LIST } from "./filters/catalogue";
import type { FilterKey, FilterValues } from "./filters/catalogue";
import type { Search, SearchSort } from "./search-types";

/** Longest text a field keeps (in characters); the registry's own search boxes take about as much. */
export const MAX_TEXT_LENGTH = 200;

/** Free-text fields, in URL order. */
export const TEXT_FIELDS = ["cond", "intr", "locn", "term", "spons", "id"] as const;
export type TextField = (typeof TEXT_FIELDS)[number];


/** A filter value, read or written by key (the catalogue's loops hold each filter as FilterDef<unknown>). */
export const values = (search: FilterValues) => search as Record<FilterKey, unknown>;

// ---------------------------------------------------------------------------------------------------------
// Canonical form

/**
 * A search is a query when any text field has words the registry is actually sent (sanitizeEssieText):
 * only then does relevance mean anything. `cond=😀 [] ()` is filled in but sends nothing.
 */
export function hasTextQuery(search: Search): boolean {
  return TEXT_FIELDS.some((field) => sanitizeEssieText(search[field]) !== undefined);
}

/**
 * The sort actually used, the one rule for the sort box and the request (toApiParams). Default:
 * relevance when there is a text query, otherwise last updated (newest first), since with no words
 * every study is equally "relevant". `sort=relevance` without a query therefore means last updated too.
 */
export function effectiveSort(search: Search): SearchSort {
  const canonical = normalizeSearch(search);
  return canonical.sort ?? defaultSort(canonical);
}

/** The order when none is chosen (see effectiveSort), which is also the registry's order under "nearest". */
export const defaultSort = (search: Search): "relevance" | "updated" => (hasTextQuery(search) ? "relevance" : "updated");

/**
 * The canonical object for a search (the react-query key): text trimmed, whitespace collapsed, capped at
 * MAX_TEXT_LENGTH; lists de-duplicated in canonical order; defaults and invalid values left out.
 */
export function normalizeSearch(search: Search): Search {
  const out: Search = {};
  for (const field of TEXT_FIELDS) {
    const text = capText(cleanText(search[field] ?? ""), MAX_TEXT_LENGTH).text;
    if (text) out[field] = text;
  }
  for (const [key, filter] of FILTER_LIST) {
    const value = filter.normalize(values(search)[key]);
    if (value !== undefined) values(out)[key] = value;
  }
  const sort = search.sort;
  const near = normalizeNear(search.near);
  if (near) {
    out.near = near;
    const radius = search.radius;
    if (radius && RADIUS_VALUES.includes(radius.value) && (radius.unit === "mi" || radius.unit === "km") && serializeRadius(radius) !== serializeRadius(DEFAULT_RADIUS)) {
      out.radius = { value: radius.value, unit: radius.unit };
    }
  }
  if (
    sort &&
    Object.hasOwn(SORT_LABEL, sort) &&
    sort !== defaultSort(out) &&
    !(sort === "relevance" && !hasTextQuery(out)) &&
    !(sort === "nearest" && !out.near)
  ) {
    out.sort = sort;
  }
  return out;
}

/** The URL parameters of a search: defaults left out, names in one fixed order, so one search has one URL. */
export function serializeSearch(search: Search): URLSearchParams {
  const s = normalizeSearch(search);
  const params = new URLSearchParams();
  for (const field of TEXT_FIELDS) {
    const text = s[field];
    if (text) params.set(field, text);
  }
  for (const [key, filter] of FILTER_LIST) {
    const value = values(s)[key];
    if (value !== undefined) params.set(key, filter.serialize(value));
  }
  if (s.near) params.set("near", serializeNear(s.near));
  if (s.radius) params.set("radius", serializeRadius(s.radius));
  if (s.sort) params.set("sort", s.sort);
  return params;
}

/** `/search?…`, or `/search` for the empty search. Commas stay readable (`status=RECRUITING,COMPLETED`). */
export function searchToPath(search: Search): string {
  const query = serializeSearch(search).toString().replaceAll("%2C", ",");
  return query ? `/search?${query}` : "/search";
}

/** The canonical `near`, or undefined for one that is not valid (as parsing the URL would drop it). */
function normalizeNear(near: Near | undefined): Near | undefined {
  if (!near) return undefined;
  const parsed = parseNear(serializeNear(near));
  return parsed?.ok ? parsed.near : undefined;
}
