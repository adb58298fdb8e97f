// The URL is the search: one module reads /search?… (ours, and the registry website's own parameter names),
// writes the one canonical URL for a search, and imports links pasted from clinicaltrials.gov.
// Pure functions, no React. Bad input never throws: it is dropped with a note a person can read.
import type { Status, StudyType } from "../../api/types";
import { capText, cleanText } from "../../lib/clean-text";
import { checkNctId } from "../../lib/nct-id";
import { sanitizeEssieText } from "./essie-text";
import { DEFAULT_RADIUS, RADIUS_VALUES, parseNear, parseRadius, serializeNear, serializeRadius, type Near, type Radius } from "../../lib/geo/near";
import type { FunderType, PhaseKey, Search, SearchSort, SexFilter } from "./search-types";

export type ParsedSearch = { search: Search; notes: string[] };
export type RegistryImport = { kind: "search"; search: Search; notes: string[] } | { kind: "study"; nctId: string };

/** Longest text a field keeps (in characters); the registry's own search boxes take about as much. */
export const MAX_TEXT_LENGTH = 200;

/** Free-text fields, in URL order. */
export const TEXT_FIELDS = ["cond", "intr", "locn", "term", "spons", "id"] as const;
type TextField = (typeof TEXT_FIELDS)[number];

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

/**
 * Reads our /search parameters. Registry-website names (aggFilters, locStr, country, distance, …) are
 * understood too, so a clinicaltrials.gov search link with its host swapped gives the same search here;
 * their presence also switches to the registry's default of "any status" when no status is given.
 */
export function parseSearchParams(params: URLSearchParams): ParsedSearch {
  return readParams(params, MODERN_PARAMS, false);
}

/**
 * A pasted clinicaltrials.gov link (scheme and www optional): a study page (`/study/NCT…`, classic
 * `/ct2/show/NCT…`) or a search (`/search?…`, `/expert-search?…`, classic `/ct2/results?…`).
 * undefined when it is not a registry link we understand.
 */
export function fromRegistryUrl(input: string): RegistryImport | undefined {
  const url = readRegistryUrl(input);
  if (!url) return undefined;
  const path = url.pathname.replace(/\/+$/, "");
  const study = /^\/(?:study|ct2\/show(?:\/[a-z]+)*)\/(nct\d{8})$/i.exec(path);
  if (study?.[1]) {
    const id = checkNctId(study[1]);
    return id.ok ? { kind: "study", nctId: id.id } : undefined;
  }
  switch (path.toLowerCase()) {
    case "/search":
    case "/expert-search":
      return { kind: "search", ...readParams(url.searchParams, MODERN_PARAMS, true) };
    case "/ct2/results":
    case "/ct2/results/refine":
      return { kind: "search", ...readParams(url.searchParams, CLASSIC_PARAMS, true) };
    default:
      return undefined;
  }
}

function readRegistryUrl(input: string): URL | undefined {
  const text = input.trim();
  const withScheme = /^https?:\/\//i.test(text) ? text : `https://${text.replace(/^\/\//, "")}`;
  try {
    const url = new URL(withScheme);
    const host = url.hostname.toLowerCase();
    return host === "clinicaltrials.gov" || host.endsWith(".clinicaltrials.gov") ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Everything read so far; scalars are simply overwritten, so the last duplicate wins. */
type Draft = {
  text: Partial<Record<TextField, string>>;
  /** Registry fields with no twin here, folded into ours (titles → term, lead → spons). */
  extra: { term: string[]; spons: string[] };
  place: { locStr?: string; city?: string; state?: string; country?: string };
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
  /** The registry website's point and distance (lat, lng, distance in miles). */
  registryGeo: { lat?: string; lng?: string; distance?: string; distanceName?: string };
  sort?: SearchSort;
  /** A registry link: no status given means any status, as on clinicaltrials.gov. */
  fromRegistry: boolean;
  notes: string[];
};
type Handler = (value: string, draft: Draft, name: string) => void;

function readParams(params: URLSearchParams, handlers: Map<string, Handler>, fromRegistry: boolean): ParsedSearch {
  const draft: Draft = {
    text: {},
    extra: { term: [], spons: [] },
    place: {},
    statuses: [],
    anyStatus: false,
    phases: [],
    registryGeo: {},
    fromRegistry,
    notes: [],
  };
  for (const [name, value] of params) {
    const handler = handlers.get(name.toLowerCase());
    if (handler) handler(value, draft, name);
    else if (!isQuietName(name) && value.trim() !== "") note(draft, ignored(name, value, `"${show(name)}" is not a search setting`));
  }
  return finish(draft);
}

// Names that are not search settings but are not mistakes either, so they get no note.
const RESERVED = new Set(["kiosk", "fbclid", "gclid", "msclkid"]);
const isQuietName = (name: string) => RESERVED.has(name.toLowerCase()) || /^utm_/i.test(name);

function finish(draft: Draft): ParsedSearch {
  const { text, extra, place, notes } = draft;
  // A registry link with a distance searches around its point or city instead of matching the place's name.
  const registryNear = readRegistryGeo(draft);
  const where = registryNear ? undefined : (place.locStr ?? joinText(", ", place.city, place.state, place.country));
  const raw: Search = {
    ...text,
    locn: joinText(", ", text.locn, where),
    term: joinText(" ", text.term, ...extra.term),
    spons: joinText(" ", text.spons, ...extra.spons),
  };
  const search: Search = {};
  for (const field of TEXT_FIELDS) {
    const { text: value, cut } = capText(cleanText(raw[field] ?? ""), MAX_TEXT_LENGTH);
    if (cut) note(draft, `${field} was shortened to its first ${MAX_TEXT_LENGTH} characters`);
    if (value) search[field] = value;
  }
  if (draft.anyStatus || (draft.fromRegistry && draft.statuses.length === 0)) search.status = [];
  else if (draft.statuses.length > 0) search.status = draft.statuses;
  if (draft.phases.length > 0) search.phase = draft.phases;
  if (draft.type) search.type = draft.type;
  if (draft.age !== undefined) search.age = draft.age;
  if (draft.sex) search.sex = draft.sex;
  if (draft.healthy) search.healthy = true;
  if (draft.results) search.results = true;
  if (draft.funder) search.funder = draft.funder;
  const near = draft.near ?? registryNear?.near;
  const radius = draft.radius ?? registryNear?.radius;
  if (near) {
    search.near = near;
    if (radius) search.radius = radius;
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
const choice =
  <T>(table: Map<string, T | null>, set: (draft: Draft, value: T | undefined) => void, reason: string): Handler =>
  (value, draft, name) => {
    const key = value.trim().toLowerCase();
    const found = key === "" ? null : table.get(key);
    if (found === undefined) note(draft, ignored(name, value, reason));
    else set(draft, found ?? undefined);
  };

const TYPE_ALIASES = new Map<string, StudyType>([
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
const readType = choice(
  TYPE_ALIASES,
  (draft, type) => (draft.type = type),
  "study types are INTERVENTIONAL, OBSERVATIONAL and EXPANDED_ACCESS",
);

const readSex = choice(
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

const readSort = choice(
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

/**
 * The registry website's distance search: `distance` in miles around `lat`/`lng`, or `distance=lat,lng,miles`,
 * or around a chosen city (`city`, `state`, `country`). A distance around a whole country or state means
 * nothing here, so then the place is matched by name, with a note. The website's distances are free
 * numbers; ours are a few choices, so the next one up is used, with a note.
 */
function readRegistryGeo(draft: Draft): { near: Near; radius: Radius } | undefined {
  const { lat, lng, distance, distanceName = "distance" } = draft.registryGeo;
  const triple = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*,\s*(\d+(?:\.\d+)?)\s*$/.exec(distance ?? "");
  const point = triple ? `${triple[1]},${triple[2]}` : lat && lng ? `${lat},${lng}` : undefined;
  if (!distance && !point) return undefined;
  const { city, state, country } = draft.place;
  const parsedPoint = point ? parseNear(point) : undefined;
  const parsedCity = city ? parseNear(joinText(", ", city, state, country)) : undefined;
  const near = parsedPoint?.ok ? parsedPoint.near : parsedCity?.ok ? parsedCity.near : undefined;
  if (!near) {
    if (distance) note(draft, ignored(distanceName, distance, "a distance needs a city or a map point; the place is matched by name"));
    return undefined;
  }
  const milesText = (triple ? triple[3] : distance)?.trim() ?? "";
  if (!/^\d+(\.\d+)?$/.test(milesText)) {
    if (distance) note(draft, ignored(distanceName, distance, `it is not a number of miles; showing ${serializeRadius(DEFAULT_RADIUS, " ")}`));
    return { near, radius: DEFAULT_RADIUS };
  }
  const miles = Number(milesText);
  const value = RADIUS_VALUES.find((choice) => choice >= miles) ?? 250;
  if (value !== miles) note(draft, `${distanceName}=${show(distance ?? "")} was widened to ${value} mi`);
  return { near, radius: { value, unit: "mi" } };
}

const setRegistryGeo =
  (part: "lat" | "lng" | "distance"): Handler =>
  (value, draft, name) => {
    draft.registryGeo[part] = value.trim() || undefined;
    if (part === "distance") draft.registryGeo.distanceName = name;
  };

const readAge: Handler = (value, draft, name) => {
  const text = value.trim();
  if (text === "") draft.age = undefined;
  else if (/^\d{1,3}$/.test(text) && Number(text) <= 120) draft.age = Number(text);
  else note(draft, ignored(name, value, "age must be a whole number of years from 0 to 120"));
};

// ---------------------------------------------------------------------------------------------------------
// Handlers for the registry website's parameters (https://clinicaltrials.gov/search?…)

/** Marks the draft as a registry link, then reads the value. */
const registry =
  (handler: Handler): Handler =>
  (value, draft, name) => {
    draft.fromRegistry = true;
    handler(value, draft, name);
  };

const setPlace =
  (part: keyof Draft["place"]): Handler =>
  (value, draft) => {
    draft.place[part] = value;
  };

/** Registry search fields with no twin here: their words go into the nearest field of ours, with a note. */
const foldInto =
  (field: "term" | "spons", label: string): Handler =>
  (value, draft, name) => {
    if (value.trim() === "") return;
    draft.extra[field].push(value);
    note(draft, `${name}=${show(value)} was searched as ${label}`);
  };

const notApplied =
  (reason: string): Handler =>
  (value, draft, name) => {
    if (value.trim() !== "") note(draft, ignored(name, value, reason));
  };

const DATES = "date filters are not supported here";
const quiet: Handler = () => {};

const AGG_STATUS = new Map<string, Status>([
  ["rec", "RECRUITING"],
  ["not", "NOT_YET_RECRUITING"],
  ["act", "ACTIVE_NOT_RECRUITING"],
  ["com", "COMPLETED"],
  ["ter", "TERMINATED"],
  ["enr", "ENROLLING_BY_INVITATION"],
  ["sus", "SUSPENDED"],
  ["wit", "WITHDRAWN"],
  ["unk", "UNKNOWN"],
]);
// 0 is Early Phase 1 on the website (rfhb/ctrdata); the website has no key for "not applicable" that we know of.
const AGG_PHASE = new Map<string, PhaseKey>([
  ["0", "early"],
  ["1", "1"],
  ["2", "2"],
  ["3", "3"],
  ["4", "4"],
]);
const AGG_FUNDER = new Map<string, FunderType>([
  ["nih", "nih"],
  ["fed", "fed"],
  ["industry", "industry"],
  ["other", "other"],
]);
const AGG_SEX = new Map<string, SexFilter>([
  ["f", "FEMALE"],
  ["m", "MALE"],
]);

type AggFilter = (keys: string[], draft: Draft, bad: (keys: string, reason?: string) => void) => void;

/** Maps each key, noting the unknown ones; returns the distinct values found. */
function mapKeys<T>(keys: string[], table: Map<string, T>, bad: (keys: string) => void): T[] {
  const found: T[] = [];
  for (const key of keys) {
    const value = table.get(key);
    if (value === undefined) bad(key);
    else if (!found.includes(value)) found.push(value);
  }
  return found;
}

/** Our field holds one value: several keys (sex:f m) can't be kept, and are noted instead. */
const single =
  <T>(table: Map<string, T>, set: (draft: Draft, value: T) => void, reason: string): AggFilter =>
  (keys, draft, bad) => {
    const found = mapKeys(keys, table, bad);
    if (found.length > 1) bad(keys.join(" "), reason);
    else if (found[0] !== undefined) set(draft, found[0]);
  };

/** A yes-only filter (healthy:y, results:with); `reasons` explains keys we know but can't keep. */
const flag =
  (yes: string, set: (draft: Draft) => void, reasons: Record<string, string> = {}): AggFilter =>
  (keys, draft, bad) => {
    for (const key of keys) {
      if (key === yes) set(draft);
      else bad(key, Object.hasOwn(reasons, key) ? reasons[key] : undefined);
    }
  };

/** studyType:int — sub-types (exp_indiv, obs_patreg) widen to their study type, the only level we filter on. */
const readAggStudyType: AggFilter = (keys, draft, bad) => {
  const types: StudyType[] = [];
  const subTypes: string[] = [];
  for (const key of keys) {
    const type = TYPE_ALIASES.get(key.split("_")[0] ?? "");
    if (!type) bad(key);
    else {
      if (!types.includes(type)) types.push(type);
      if (key.includes("_")) subTypes.push(key);
    }
  }
  if (types.length > 1) bad(keys.join(" "), "choose one study type here");
  else if (types[0]) {
    draft.type = types[0];
    const words = types[0].toLowerCase().replace("_", " ");
    if (subTypes.length > 0) note(draft, `aggFilters=studyType:${show(subTypes.join(" "))} was widened to all ${words} studies`);
  }
};

const AGG_FILTERS = new Map<string, AggFilter>([
  ["status", (keys, draft, bad) => draft.statuses.push(...mapKeys(keys, AGG_STATUS, bad))],
  ["phase", (keys, draft, bad) => draft.phases.push(...mapKeys(keys, AGG_PHASE, bad))],
  ["sex", single(AGG_SEX, (draft, sex) => (draft.sex = sex), "choose one sex here, or none for everyone")],
  ["fundertype", single(AGG_FUNDER, (draft, funder) => (draft.funder = funder), "choose one funder type here")],
  ["healthy", flag("y", (draft) => (draft.healthy = true))],
  ["results", flag("with", (draft) => (draft.results = true), { without: "only studies with results can be chosen here" })],
  ["studytype", readAggStudyType],
  ["ages", (keys, _draft, bad) => bad(keys.join(" "), "age groups can't be searched here; enter an age in years instead")],
]);

/** aggFilters=phase:2 3,status:rec not — filters separated by , or |, keys by spaces. */
const readAggFilters: Handler = (value, draft) => {
  for (const part of value.split(/[,|]/)) {
    const colon = part.indexOf(":");
    const id = (colon < 0 ? part : part.slice(0, colon)).trim();
    const keys = colon < 0 ? [] : part.slice(colon + 1).toLowerCase().split(/\s+/).filter((key) => key !== "");
    if (keys.length === 0) continue; // nothing chosen: no restriction to lose
    const bad = (shown: string, reason?: string) => note(draft, ignored("aggFilters", `${id}:${shown}`, reason));
    const filter = AGG_FILTERS.get(id.toLowerCase());
    if (filter) filter(keys, draft, bad);
    else bad(keys.join(" "), "this app can't filter by that");
  }
};

const TEXT_PARAMS: [string, Handler][] = TEXT_FIELDS.map((field) => [field, setText(field)]);

const FOLDED_PARAMS: [string, Handler][] = [
  ["titles", registry(foldInto("term", "other terms"))],
  ["outc", registry(foldInto("term", "other terms"))],
  ["lead", registry(foldInto("spons", "sponsor (lead or collaborator)"))],
];

/** Our parameters, plus the registry website's own names (https://clinicaltrials.gov/search?…). */
const MODERN_PARAMS = new Map<string, Handler>([
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
  // registry website
  ["aggfilters", registry(readAggFilters)],
  ["locstr", registry(setPlace("locStr"))],
  ["city", registry(setPlace("city"))],
  ["state", registry(setPlace("state"))],
  ["country", registry(setPlace("country"))],
  ["distance", registry(setRegistryGeo("distance"))],
  ["lat", registry(setRegistryGeo("lat"))],
  ["lng", registry(setRegistryGeo("lng"))],
  ["agerange", registry(notApplied("enter one age in years instead"))],
  ...FOLDED_PARAMS,
  ...["start", "primcomp", "studycomp", "firstpost", "resfirstpost", "lastupdpost"].map((name): [string, Handler] => [name, registry(notApplied(DATES))]),
  // how the website shows its results, not what it searches
  ["viewtype", registry(quiet)],
  ["rank", quiet],
  ["page", quiet],
  ["limit", quiet],
]);

// ---------------------------------------------------------------------------------------------------------
// The classic website (retired in 2024, but its links live on in papers and e-mails): /ct2/results?…

// recrs letters, as the classic form used them (recrs=ab is "recruiting and not yet recruiting").
// The expanded-access letters (c, j, k, l) and m are not mapped: we could not confirm their meaning.
const CLASSIC_STATUS = new Map<string, Status>([
  ["a", "RECRUITING"],
  ["b", "NOT_YET_RECRUITING"],
  ["d", "ACTIVE_NOT_RECRUITING"],
  ["e", "COMPLETED"],
  ["f", "ENROLLING_BY_INVITATION"],
  ["g", "SUSPENDED"],
  ["h", "TERMINATED"],
  ["i", "WITHDRAWN"],
]);

const readRecrs: Handler = (value, draft, name) => {
  for (const letter of value.toLowerCase().replace(/[\s,|]/g, "")) {
    const status = CLASSIC_STATUS.get(letter);
    if (status) draft.statuses.push(status);
    else note(draft, ignored(name, letter));
  }
};

const CLASSIC_PARAMS = new Map<string, Handler>([
  ...TEXT_PARAMS, // classic locn is a facility name: still a place to match by name
  ...FOLDED_PARAMS,
  ["recrs", readRecrs],
  ["type", readType],
  ["gndr", readSex],
  ["age_v", readAge],
  ["sort", readSort],
  ["rslt", choice(new Map([["with", true]]), (draft, yes) => (draft.results = yes), "only studies with results can be chosen here")],
  ["cntry", setPlace("country")],
  ["state", (value, draft) => (draft.place.state = value.replace(/^\s*[a-z]{2}:/i, ""))], // "US:NY"
  ["city", setPlace("city")],
  ["dist", setRegistryGeo("distance")],
  ["age", notApplied("age groups can't be searched here; enter an age in years instead")],
  // Its phase numbers are not ours (they counted from 0), so guessing could show the wrong phase.
  ["phase", notApplied("the old registry site numbered phases differently; choose phases here")],
  ...["strd_s", "strd_e", "prcd_s", "prcd_e", "sfpd_s", "sfpd_e", "rfpd_s", "rfpd_e", "lupd_s", "lupd_e"].map((name): [string, Handler] => [name, notApplied(DATES)]),
  ...["rank", "draw", "displayxml", "search", "show_xprt"].map((name): [string, Handler] => [name, quiet]),
]);

// ---------------------------------------------------------------------------------------------------------
// Text helpers

function joinText(separator: string, ...parts: (string | undefined)[]): string | undefined {
  const kept = parts.map((part) => cleanText(part ?? "")).filter((part) => part !== "");
  return kept.length > 0 ? kept.join(separator) : undefined;
}

/** A value as a note shows it: one line, at most 40 characters. */
function show(value: string): string {
  const chars = Array.from(cleanText(value));
  return chars.length > 40 ? `${chars.slice(0, 40).join("")}…` : chars.join("");
}

const ignored = (name: string, value: string, reason?: string) =>
  `${show(name)}=${show(value)} was ignored${reason ? `: ${reason}` : ""}`;

function note(draft: Draft, text: string): void {
  if (!draft.notes.includes(text)) draft.notes.push(text);
}
