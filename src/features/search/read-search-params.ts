// Reading our /search?… parameters into a search, with a note a person can read for everything dropped or
// changed (bad input never throws). Links in the registry's own vocabulary (its website's names, the
// classic site) are translated by registry-link.ts, loaded only when an address or a pasted text needs it;
// it reads with the parts below. Pure functions, no React.
import { t } from "@lingui/core/macro";
import { capText, cleanText } from "../../lib/clean-text";
import { parseNear, parseRadius, type Near, type Radius } from "../../lib/geo/near";
import { FILTER_LIST } from "./filters/catalogue";
import type { FilterDef } from "./filters/filter-def";
import type { FilterKey, FilterValues } from "./filters/catalogue";
import type { Search, SearchSort } from "./search-types";
import { MAX_TEXT_LENGTH, TEXT_FIELDS, hasTextQuery, normalizeSearch, values, type TextField } from "./search-url";

export type ParsedSearch = { search: Search; notes: string[] };

/** Reads our /search parameters (see hasRegistryNames for an address in the registry website's vocabulary). */
export function parseSearchParams(params: URLSearchParams): ParsedSearch {
  const draft = newDraft();
  readInto(params, OUR_PARAMS, draft);
  return finish(draft);
}

// Names only the registry website's /search uses (https://clinicaltrials.gov/search?…); ours never do.
const REGISTRY_NAMES = new Set([
  "aggfilters", "locstr", "city", "state", "country", "distance", "lat", "lng", "agerange", "titles", "outc", "lead",
  "start", "primcomp", "studycomp", "firstpost", "resfirstpost", "lastupdpost", "viewtype",
]);

/**
 * Whether /search?… is a registry-website search (its host swapped for ours): then registry-link.ts
 * translates it into our parameters, with the registry's own defaults (any status).
 */
export function hasRegistryNames(params: URLSearchParams): boolean {
  for (const name of params.keys()) if (REGISTRY_NAMES.has(name.toLowerCase())) return true;
  return false;
}

/** Everything read so far; scalars are simply overwritten, so the last duplicate wins. */
export type Draft = {
  text: Partial<Record<TextField, string>>;
  filters: FilterValues;
  near?: Near;
  radius?: Radius;
  radiusGiven?: string;
  sort?: SearchSort;
  notes: string[];
};
/** Reads one parameter into the draft (`name` as written, for notes). */
export type Handler<D extends Draft = Draft> = (value: string, draft: D, name: string) => void;

export const newDraft = (): Draft => ({ text: {}, filters: {}, notes: [] });

/** Reads every parameter with its handler (names are case-insensitive); an unknown name gets a note. */
export function readInto<D extends Draft>(params: URLSearchParams, handlers: ReadonlyMap<string, Handler<D>>, draft: D): void {
  for (const [name, value] of params) {
    const handler = handlers.get(name.toLowerCase());
    if (handler) handler(value, draft, name);
    else if (!isQuietName(name) && value.trim() !== "") {
      const shown = show(name);
      note(draft, ignored(name, value, t`"${shown}" is not a search setting`));
    }
  }
}

// Names that are not search settings but are not mistakes either, so they get no note.
const RESERVED = new Set(["kiosk", "lang", "fbclid", "gclid", "msclkid"]);
const isQuietName = (name: string) => RESERVED.has(name.toLowerCase()) || /^utm_/i.test(name);

/** The search a draft holds, in canonical form, with a note for everything dropped or changed. */
export function finish(draft: Draft): ParsedSearch {
  const { text, notes } = draft;
  const search: Search = {};
  for (const field of TEXT_FIELDS) {
    const { text: value, cut } = capText(cleanText(text[field] ?? ""), MAX_TEXT_LENGTH);
    if (cut) note(draft, t`${field} was shortened to its first ${MAX_TEXT_LENGTH} characters`);
    if (value) search[field] = value;
  }
  Object.assign(search, draft.filters);
  if (draft.near) {
    search.near = draft.near;
    if (draft.radius) search.radius = draft.radius;
  } else if (draft.radiusGiven) {
    note(draft, ignored("radius", draft.radiusGiven, t`a radius needs a place (near=…)`));
  }
  if (draft.sort) search.sort = draft.sort;
  if (search.sort === "nearest" && !search.near) {
    note(draft, ignored("sort", "nearest", t`sorting by distance needs a place (near=…)`));
  }
  if (search.sort === "relevance" && !hasTextQuery(search)) {
    note(draft, ignored("sort", "relevance", t`relevance needs words to search for, so studies are sorted by last update`));
  }
  return { search: normalizeSearch(search), notes };
}

// ---------------------------------------------------------------------------------------------------------
// Handlers for our parameters

const setText =
  (field: TextField): Handler =>
  (value, draft) => {
    draft.text[field] = value;
  };

/** Reads one parameter into a filter of the catalogue, with a note for each part it can't use. */
export const readFilter =
  (key: FilterKey, filter: FilterDef<unknown>): Handler =>
  (value, draft, name) => {
    values(draft.filters)[key] = filter.read(value, values(draft.filters)[key], (item) => note(draft, ignored(name, item, filter.hint())));
  };

const SORT_NAMES = new Map<string, SearchSort>([
  ["relevance", "relevance"],
  ["updated", "updated"],
  ["start", "start"],
  ["nearest", "nearest"],
  // the registry website's sort values, API style
  ["@relevance", "relevance"],
  ["#relevance", "relevance"],
  ["lastupdatepostdate", "updated"],
  ["lastupdatepostdate:desc", "updated"],
  ["startdate", "start"],
  ["startdate:desc", "start"],
]);
export const readSort: Handler = (value, draft, name) => {
  const key = value.trim().toLowerCase();
  if (key === "") draft.sort = undefined;
  else if (SORT_NAMES.has(key)) draft.sort = SORT_NAMES.get(key);
  else note(draft, ignored(name, value, t`sort is relevance, updated, start or nearest`));
};

const readNear: Handler = (value, draft) => {
  const parsed = parseNear(value);
  if (!parsed) draft.near = undefined;
  else if (parsed.ok) draft.near = parsed.near;
  else note(draft, parsed.error);
};

const readRadius: Handler = (value, draft) => {
  draft.radiusGiven = value;
  const parsed = parseRadius(value);
  draft.radius = parsed.radius;
  if (parsed.note) note(draft, parsed.note);
};

export const quiet: Handler = () => {};

export const TEXT_PARAMS: [string, Handler][] = TEXT_FIELDS.map((field) => [field, setText(field)]);

/** Our /search parameters (lower case). */
export const OUR_PARAMS: ReadonlyMap<string, Handler> = new Map<string, Handler>([
  ...TEXT_PARAMS,
  ...FILTER_LIST.map(([key, filter]): [string, Handler] => [key, readFilter(key, filter)]),
  ["near", readNear],
  ["radius", readRadius],
  ["sort", readSort],
  // how a list was shown, not what it searched (also in links from the registry website)
  ["rank", quiet],
  ["page", quiet],
  ["limit", quiet],
]);

// ---------------------------------------------------------------------------------------------------------
// Text helpers

/** A value as a note shows it: one line, at most 40 characters. */
export function show(value: string): string {
  const chars = Array.from(cleanText(value));
  return chars.length > 40 ? `${chars.slice(0, 40).join("")}…` : chars.join("");
}

export function ignored(name: string, value: string, reason?: string): string {
  const param = `${show(name)}=${show(value)}`;
  return reason ? t`${param} was ignored: ${reason}` : t`${param} was ignored`;
}

export function note(draft: Draft, text: string): void {
  if (!draft.notes.includes(text)) draft.notes.push(text);
}
