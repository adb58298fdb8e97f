// The URL is the search: one module reads our /search?… parameters and writes the one canonical URL for a
// search. Links in the registry's own vocabulary (its website's names, the classic site) are translated by
// registry-link.ts, loaded only when an address or a pasted text needs it; it reads with the parts below.
// Pure functions, no React. Bad input never throws: it is dropped with a note a person can read.
import type { Status, StudyType } from "../../api/types";
import { capText, cleanText } from "../../lib/clean-text";
import { sanitizeEssieText } from "./essie-text";
import { DEFAULT_RADIUS, RADIUS_VALUES, parseNear, parseRadius, serializeNear, serializeRadius, type Near, type Radius } from "../../lib/geo/near";
import type { FunderType, PhaseKey, Search, SearchSort, SexFilter } from "./search-types";

export type ParsedSearch = { search: Search; notes: string[] };

/** Longest text a field keeps (in characters); the registry's own search boxes take about as much. */
export const MAX_TEXT_LENGTH = 200;

/** Free-text fields, in URL order. */
export const TEXT_FIELDS = ["cond", "intr", "locn", "term", "spons", "id"] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** What an absent `status` means: the form's default "Recruiting and not yet recruiting". */
export const DEFAULT_STATUS: readonly Status[] = ["RECRUITING", "NOT_YET_RECRUITING"];

// Canonical orders. Statuses read as people scan them (open first, as in lib/registry-labels), not the API's
// alphabetical enum order. Typing the tables as Record makes the compiler insist that every value is listed.
const STATUS_RANK: Record<Status, number> = {
  RECRUITING: 0,
  NOT_YET_RECRUITING: 1,
  ENROLLING_BY_INVITATION: 2,
  ACTIVE_NOT_RECRUITING: 3,
  SUSPENDED: 4,
  TERMINATED: 5,
  COMPLETED: 6,
  WITHDRAWN: 7,
  AVAILABLE: 8,
  NO_LONGER_AVAILABLE: 9,
  TEMPORARILY_NOT_AVAILABLE: 10,
  APPROVED_FOR_MARKETING: 11,
  WITHHELD: 12,
  UNKNOWN: 13,
};
const PHASE_RANK: Record<PhaseKey, number> = { early: 0, "1": 1, "2": 2, "3": 3, "4": 4, na: 5 };
const STUDY_TYPES: Record<StudyType, true> = { INTERVENTIONAL: true, OBSERVATIONAL: true, EXPANDED_ACCESS: true };
const SEXES: Record<SexFilter, true> = { FEMALE: true, MALE: true };
const FUNDERS: Record<FunderType, true> = { nih: true, fed: true, industry: true, other: true };
const SORTS: Record<SearchSort, true> = { relevance: true, updated: true, start: true, nearest: true };

// Object.hasOwn, not `in` or indexing: a parameter named "constructor" must not reach Object.prototype.
const isStatus = (value: string): value is Status => Object.hasOwn(STATUS_RANK, value);
const isPhase = (value: string): value is PhaseKey => Object.hasOwn(PHASE_RANK, value);
const ranked = <T extends string>(rank: Record<T, number>, values: Iterable<T>): T[] =>
  [...new Set(values)].sort((a, b) => rank[a] - rank[b]);

export const STATUS_ORDER: readonly Status[] = ranked(STATUS_RANK, Object.keys(STATUS_RANK).filter(isStatus));
export const PHASE_ORDER: readonly PhaseKey[] = ranked(PHASE_RANK, Object.keys(PHASE_RANK).filter(isPhase));

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
  if (search.status) {
    const statuses = ranked(STATUS_RANK, search.status.filter(isStatus));
    // [] is "any status"; a list that only held junk falls back to the default rather than to "any".
    if (search.status.length === 0) out.status = [];
    else if (statuses.length > 0 && statuses.join() !== DEFAULT_STATUS.join()) out.status = statuses;
  }
  const phases = ranked(PHASE_RANK, (search.phase ?? []).filter(isPhase));
  if (phases.length > 0) out.phase = phases;
  if (search.type && Object.hasOwn(STUDY_TYPES, search.type)) out.type = search.type;
  if (search.age !== undefined && Number.isInteger(search.age) && search.age >= 0 && search.age <= 120) {
    out.age = search.age;
  }
  if (search.sex && Object.hasOwn(SEXES, search.sex)) out.sex = search.sex;
  if (search.healthy === true) out.healthy = true;
  if (search.results === true) out.results = true;
  if (search.funder && Object.hasOwn(FUNDERS, search.funder)) out.funder = search.funder;
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
    Object.hasOwn(SORTS, sort) &&
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
  if (s.status) params.set("status", s.status.length > 0 ? s.status.join(",") : "all");
  if (s.phase) params.set("phase", s.phase.join(","));
  if (s.type) params.set("type", s.type);
  if (s.age !== undefined) params.set("age", String(s.age));
  if (s.sex) params.set("sex", s.sex);
  if (s.healthy) params.set("healthy", "1");
  if (s.results) params.set("results", "1");
  if (s.funder) params.set("funder", s.funder);
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

// ---------------------------------------------------------------------------------------------------------
// Reading parameters

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
  statuses: Status[];
  anyStatus: boolean;
  phases: PhaseKey[];
  type?: StudyType;
  age?: number;
  sex?: SexFilter;
  healthy?: boolean;
  results?: boolean;
  funder?: FunderType;
  near?: Near;
  radius?: Radius;
  radiusGiven?: string;
  sort?: SearchSort;
  notes: string[];
};
/** Reads one parameter into the draft (`name` as written, for notes). */
export type Handler<D extends Draft = Draft> = (value: string, draft: D, name: string) => void;

export const newDraft = (): Draft => ({ text: {}, statuses: [], anyStatus: false, phases: [], notes: [] });

/** Reads every parameter with its handler (names are case-insensitive); an unknown name gets a note. */
export function readInto<D extends Draft>(params: URLSearchParams, handlers: ReadonlyMap<string, Handler<D>>, draft: D): void {
  for (const [name, value] of params) {
    const handler = handlers.get(name.toLowerCase());
    if (handler) handler(value, draft, name);
    else if (!isQuietName(name) && value.trim() !== "") note(draft, ignored(name, value, `"${show(name)}" is not a search setting`));
  }
}

// Names that are not search settings but are not mistakes either, so they get no note.
const RESERVED = new Set(["kiosk", "fbclid", "gclid", "msclkid"]);
const isQuietName = (name: string) => RESERVED.has(name.toLowerCase()) || /^utm_/i.test(name);

/** The search a draft holds, in canonical form, with a note for everything dropped or changed. */
export function finish(draft: Draft): ParsedSearch {
  const { text, notes } = draft;
  const search: Search = {};
  for (const field of TEXT_FIELDS) {
    const { text: value, cut } = capText(cleanText(text[field] ?? ""), MAX_TEXT_LENGTH);
    if (cut) note(draft, `${field} was shortened to its first ${MAX_TEXT_LENGTH} characters`);
    if (value) search[field] = value;
  }
  if (draft.anyStatus) search.status = [];
  else if (draft.statuses.length > 0) search.status = draft.statuses;
  if (draft.phases.length > 0) search.phase = draft.phases;
  if (draft.type) search.type = draft.type;
  if (draft.age !== undefined) search.age = draft.age;
  if (draft.sex) search.sex = draft.sex;
  if (draft.healthy) search.healthy = true;
  if (draft.results) search.results = true;
  if (draft.funder) search.funder = draft.funder;
  if (draft.near) {
    search.near = draft.near;
    if (draft.radius) search.radius = draft.radius;
  } else if (draft.radiusGiven) {
    note(draft, `radius=${show(draft.radiusGiven)} was ignored: a radius needs a place (near=…)`);
  }
  if (draft.sort) search.sort = draft.sort;
  if (search.sort === "nearest" && !search.near) {
    note(draft, "sort=nearest was ignored: sorting by distance needs a place (near=…)");
  }
  if (search.sort === "relevance" && !hasTextQuery(search)) {
    note(draft, "sort=relevance was ignored: relevance needs words to search for, so studies are sorted by last update");
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

const splitList = (value: string) => value.split(/[\s,|]+/).filter((item) => item !== "");

const readStatus: Handler = (value, draft, name) => {
  const items = splitList(value);
  if (items.length === 0) draft.anyStatus = true; // `status=` is "any status"
  for (const item of items) {
    const key = item.toUpperCase().replaceAll("-", "_");
    if (key === "ALL" || key === "ANY") draft.anyStatus = true;
    else if (isStatus(key)) draft.statuses.push(key);
    else note(draft, ignored(name, item, "statuses are registry names such as RECRUITING or COMPLETED, or all"));
  }
};

const PHASE_ALIASES = new Map<string, PhaseKey>([
  ...PHASE_ORDER.map((phase): [string, PhaseKey] => [phase, phase]),
  ["early_phase1", "early"],
  ["phase1", "1"],
  ["phase2", "2"],
  ["phase3", "3"],
  ["phase4", "4"],
]);

const readPhase: Handler = (value, draft, name) => {
  for (const item of splitList(value)) {
    const phase = PHASE_ALIASES.get(item.toLowerCase());
    if (phase) draft.phases.push(phase);
    else note(draft, ignored(name, item, "phases are early, 1, 2, 3, 4 and na"));
  }
};

/**
 * A one-of-a-few setting: `table` maps lower-cased spellings to a value, or to null for spellings that
 * mean "no filter" (sex=all, healthy=0). An empty value also clears it, so the last duplicate wins.
 */
export const choice =
  <T>(table: Map<string, T | null>, set: (draft: Draft, value: T | undefined) => void, reason: string): Handler =>
  (value, draft, name) => {
    const key = value.trim().toLowerCase();
    const found = key === "" ? null : table.get(key);
    if (found === undefined) note(draft, ignored(name, value, reason));
    else set(draft, found ?? undefined);
  };

export const TYPE_ALIASES = new Map<string, StudyType>([
  ["interventional", "INTERVENTIONAL"],
  ["observational", "OBSERVATIONAL"],
  ["expanded_access", "EXPANDED_ACCESS"],
  // the registry website's codes (aggFilters studyType:int) and the classic site's (type=Intr)
  ["int", "INTERVENTIONAL"],
  ["obs", "OBSERVATIONAL"],
  ["exp", "EXPANDED_ACCESS"],
  ["intr", "INTERVENTIONAL"],
  ["obsr", "OBSERVATIONAL"],
  ["expn", "EXPANDED_ACCESS"],
]);
export const readType = choice(
  TYPE_ALIASES,
  (draft, type) => (draft.type = type),
  "study types are INTERVENTIONAL, OBSERVATIONAL and EXPANDED_ACCESS",
);

export const readSex = choice(
  new Map<string, SexFilter | null>([
    ["female", "FEMALE"],
    ["male", "MALE"],
    ["f", "FEMALE"],
    ["m", "MALE"],
    ["all", null],
  ]),
  (draft, sex) => (draft.sex = sex),
  "sex is FEMALE or MALE",
);

const YES_NO = new Map<string, true | null>([
  ["1", true],
  ["true", true],
  ["yes", true],
  ["0", null],
  ["false", null],
  ["no", null],
]);
const readHealthy = choice(YES_NO, (draft, yes) => (draft.healthy = yes), "use healthy=1 for studies that accept healthy volunteers");
const readResults = choice(YES_NO, (draft, yes) => (draft.results = yes), "use results=1 for studies with results");

const readFunder = choice(
  new Map<string, FunderType>([
    ["nih", "nih"],
    ["fed", "fed"],
    ["industry", "industry"],
    ["other", "other"],
  ]),
  (draft, funder) => (draft.funder = funder),
  "funder types are nih, fed, industry and other",
);

export const readSort = choice(
  new Map<string, SearchSort>([
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
  ]),
  (draft, sort) => (draft.sort = sort),
  "sort is relevance, updated, start or nearest",
);

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

/** The canonical `near`, or undefined for one that is not valid (as parsing the URL would drop it). */
function normalizeNear(near: Near | undefined): Near | undefined {
  if (!near) return undefined;
  const parsed = parseNear(serializeNear(near));
  return parsed?.ok ? parsed.near : undefined;
}

export const quiet: Handler = () => {};

export const readAge: Handler = (value, draft, name) => {
  const text = value.trim();
  if (text === "") draft.age = undefined;
  else if (/^\d{1,3}$/.test(text) && Number(text) <= 120) draft.age = Number(text);
  else note(draft, ignored(name, value, "age must be a whole number of years from 0 to 120"));
};

export const TEXT_PARAMS: [string, Handler][] = TEXT_FIELDS.map((field) => [field, setText(field)]);

/** Our /search parameters (lower case). */
export const OUR_PARAMS: ReadonlyMap<string, Handler> = new Map<string, Handler>([
  ...TEXT_PARAMS,
  ["status", readStatus],
  ["phase", readPhase],
  ["type", readType],
  ["age", readAge],
  ["sex", readSex],
  ["healthy", readHealthy],
  ["results", readResults],
  ["funder", readFunder],
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

export function joinText(separator: string, ...parts: (string | undefined)[]): string | undefined {
  const kept = parts.map((part) => cleanText(part ?? "")).filter((part) => part !== "");
  return kept.length > 0 ? kept.join(separator) : undefined;
}

/** A value as a note shows it: one line, at most 40 characters. */
export function show(value: string): string {
  const chars = Array.from(cleanText(value));
  return chars.length > 40 ? `${chars.slice(0, 40).join("")}…` : chars.join("");
}

export const ignored = (name: string, value: string, reason?: string) =>
  `${show(name)}=${show(value)} was ignored${reason ? `: ${reason}` : ""}`;

export function note(draft: Draft, text: string): void {
  if (!draft.notes.includes(text)) draft.notes.push(text);
}
