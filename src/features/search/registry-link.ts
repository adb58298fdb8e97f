// Links in the registry's own vocabulary, translated into our search: the registry website's /search?…
// (its names beside ours, e.g. aggFilters=phase:2,status:rec; locStr, distance), pasted links to it, and the
// classic site's /ct2/results?… and /ct2/show/NCT… links that live on in papers and e-mails. Loaded only
// when an address or a pasted text needs it (search-url.ts: hasRegistryNames), so a first visit doesn't.
// Bad input never throws: what can't be kept is dropped with a note a person can read.
import type { Status, StudyType } from "../../api/types";
import { DEFAULT_RADIUS, RADIUS_VALUES, parseNear, serializeRadius, type Near, type Radius } from "../../lib/geo/near";
import { historyState, type HistoryState } from "../../lib/history-state";
import { checkNctId } from "../../lib/nct-id";
import {
  OUR_PARAMS,
  TEXT_PARAMS,
  TYPE_ALIASES,
  choice,
  finish,
  ignored,
  joinText,
  newDraft,
  note,
  quiet,
  readAge,
  readInto,
  readSex,
  readSort,
  readType,
  searchToPath,
  show,
  type Draft,
  type Handler,
  type ParsedSearch,
} from "./search-url";
import type { FunderType, PhaseKey, Search, SexFilter } from "./search-types";

export type RegistryImport =
  | { kind: "search"; search: Search; notes: string[] }
  /** `id` as the link wrote it when it is not a valid NCT number (the study page then says so). */
  | { kind: "study"; id: string; section?: "results" };

/** What only registry links carry, on top of our draft. */
type RegistryDraft = Draft & {
  /** Registry fields with no twin here, folded into ours (titles → term, lead → spons). */
  extra: { term: string[]; spons: string[] };
  place: { locStr?: string; city?: string; state?: string; country?: string };
  /** The registry website's point and distance (lat, lng, distance in miles). */
  registryGeo: { lat?: string; lng?: string; distance?: string; distanceName?: string };
  /** A registry link: no status given means any status, as on clinicaltrials.gov. */
  fromRegistry: boolean;
};
type RHandler = Handler<RegistryDraft>;

/** Our /search with registry-website names in it (see hasRegistryNames): the same search as on the website. */
export function translateWebsiteSearch(params: URLSearchParams): ParsedSearch {
  return readRegistry(params, WEBSITE_PARAMS, false);
}

/**
 * A pasted clinicaltrials.gov link (scheme and www optional): a study page (`/study/NCT…`, classic
 * `/ct2/show/NCT…`) or a search (`/search?…`, `/expert-search?…`, classic `/ct2/results?…`).
 * undefined when it is not a registry link we understand (or names no valid study: then it is text).
 */
export function fromRegistryUrl(input: string): RegistryImport | undefined {
  const url = readRegistryUrl(input);
  if (!url) return undefined;
  const path = url.pathname.replace(/\/+$/, "").toLowerCase();
  const link =
    path === "/search" || path === "/expert-search"
      ? { kind: "search" as const, ...readRegistry(url.searchParams, WEBSITE_PARAMS, true) }
      : /^\/study\/[^/]+$/.test(path)
        ? websiteStudy(url)
        : fromRegistryPath(url.pathname, url.search);
  return link?.kind === "study" && !checkNctId(link.id).ok ? undefined : link;
}

/**
 * A classic-site address on this app's host (links in papers and e-mails since 2000, the host swapped for
 * ours): a study (`/ct2/show/NCT…`, `/ct2/show/record/NCT…`, `/ct2/show/study/NCT…`, `/show/NCT…`;
 * `/ct2/show/results/NCT…` opens its results) or a search (`/ct2/results?…`). A study link's own query
 * (`?term=…&rank=1`: how the classic search got there) is not part of the study. undefined for any other
 * address (a classic help page, say).
 */
export function fromRegistryPath(pathname: string, search: string): RegistryImport | undefined {
  const path = pathname.replace(/\/+$/, "");
  const study = /^\/(?:ct2\/show(?:\/(record|study|results))?|show)\/([^/]+)$/i.exec(path);
  if (study?.[2]) {
    const id = checkNctId(safeDecode(study[2]));
    return { kind: "study", id: id.ok ? id.id : id.input, ...(study[1]?.toLowerCase() === "results" ? { section: "results" as const } : {}) };
  }
  const lower = path.toLowerCase();
  if (lower === "/ct2/results" || lower === "/ct2/results/refine") {
    return { kind: "search", ...readRegistry(new URLSearchParams(search), CLASSIC_PARAMS, true) };
  }
  return undefined;
}

/** The website's study page: `?tab=results` is its results. */
function websiteStudy(url: URL): RegistryImport {
  const id = checkNctId(safeDecode(url.pathname.replace(/\/+$/, "").split("/").pop() ?? ""));
  const tab = [...url.searchParams].find(([name]) => name.toLowerCase() === "tab")?.[1].trim().toLowerCase();
  return { kind: "study", id: id.ok ? id.id : id.input, ...(tab === "results" ? { section: "results" as const } : {}) };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Where a registry link goes here: our address for it, and the notes about it to carry in history state. */
export function importTarget(link: RegistryImport): { path: string; state?: HistoryState } {
  if (link.kind === "study") return { path: `/study/${encodeURIComponent(link.id)}${link.section ? `#${link.section}` : ""}` };
  return { path: searchToPath(link.search), state: historyState({ searchNotes: link.notes }) };
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

function readRegistry(params: URLSearchParams, handlers: ReadonlyMap<string, RHandler>, fromRegistry: boolean): ParsedSearch {
  const draft: RegistryDraft = { ...newDraft(), extra: { term: [], spons: [] }, place: {}, registryGeo: {}, fromRegistry };
  readInto(params, handlers, draft);
  // A registry link with a distance searches around its point or city instead of matching the place's name.
  const registryNear = readRegistryGeo(draft);
  const { text, extra, place } = draft;
  const where = registryNear ? undefined : (place.locStr ?? joinText(", ", place.city, place.state, place.country));
  draft.text = {
    ...text,
    locn: joinText(", ", text.locn, where),
    term: joinText(" ", text.term, ...extra.term),
    spons: joinText(" ", text.spons, ...extra.spons),
  };
  if (draft.fromRegistry && draft.statuses.length === 0) draft.anyStatus = true;
  if (registryNear) {
    draft.near ??= registryNear.near;
    draft.radius ??= registryNear.radius;
  }
  return finish(draft);
}

/**
 * The registry website's distance search: `distance` in miles around `lat`/`lng`, or `distance=lat,lng,miles`,
 * or around a chosen city (`city`, `state`, `country`). A distance around a whole country or state means
 * nothing here, so then the place is matched by name, with a note. The website's distances are free
 * numbers; ours are a few choices, so the next one up is used, with a note.
 */
function readRegistryGeo(draft: RegistryDraft): { near: Near; radius: Radius } | undefined {
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
  (part: "lat" | "lng" | "distance"): RHandler =>
  (value, draft, name) => {
    draft.registryGeo[part] = value.trim() || undefined;
    if (part === "distance") draft.registryGeo.distanceName = name;
  };

/** Marks the draft as a registry link, then reads the value. */
const registry =
  (handler: RHandler): RHandler =>
  (value, draft, name) => {
    draft.fromRegistry = true;
    handler(value, draft, name);
  };

const setPlace =
  (part: keyof RegistryDraft["place"]): RHandler =>
  (value, draft) => {
    draft.place[part] = value;
  };

/** Registry search fields with no twin here: their words go into the nearest field of ours, with a note. */
const foldInto =
  (field: "term" | "spons", label: string): RHandler =>
  (value, draft, name) => {
    if (value.trim() === "") return;
    draft.extra[field].push(value);
    note(draft, `${name}=${show(value)} was searched as ${label}`);
  };

const notApplied =
  (reason: string): RHandler =>
  (value, draft, name) => {
    if (value.trim() !== "") note(draft, ignored(name, value, reason));
  };

const DATES = "date filters are not supported here";

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

type AggFilter = (keys: string[], draft: RegistryDraft, bad: (keys: string, reason?: string) => void) => void;

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
  <T>(table: Map<string, T>, set: (draft: RegistryDraft, value: T) => void, reason: string): AggFilter =>
  (keys, draft, bad) => {
    const found = mapKeys(keys, table, bad);
    if (found.length > 1) bad(keys.join(" "), reason);
    else if (found[0] !== undefined) set(draft, found[0]);
  };

/** A yes-only filter (healthy:y, results:with); `reasons` explains keys we know but can't keep. */
const flag =
  (yes: string, set: (draft: RegistryDraft) => void, reasons: Record<string, string> = {}): AggFilter =>
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
const readAggFilters: RHandler = (value, draft) => {
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

const FOLDED_PARAMS: [string, RHandler][] = [
  ["titles", registry(foldInto("term", "other terms"))],
  ["outc", registry(foldInto("term", "other terms"))],
  ["lead", registry(foldInto("spons", "sponsor (lead or collaborator)"))],
];

/** The registry website's names (https://clinicaltrials.gov/search?…), beside ours (a link may mix them). */
const WEBSITE_PARAMS = new Map<string, RHandler>([
  ...OUR_PARAMS,
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
  ...["start", "primcomp", "studycomp", "firstpost", "resfirstpost", "lastupdpost"].map((name): [string, RHandler] => [name, registry(notApplied(DATES))]),
  // how the website shows its results, not what it searches
  ["viewtype", registry(quiet)],
]);

// ---------------------------------------------------------------------------------------------------------
// The classic website (retired in 2024, but its links live on in papers and e-mails): /ct2/results?…

// The classic site's codes, as the rfhb/ctrdata R package translates classic links to the current website
// (R/util_functions.R, ctgovClassicToCurrent(), https://github.com/rfhb/ctrdata): recrs letters, phase
// numbers counted from 0 with 4 for Early Phase 1, fund digits, hlth=Y.

// recrs letters, as the classic form used them (recrs=ab is "recruiting and not yet recruiting").
const CLASSIC_STATUS = new Map<string, Status>([
  ["a", "RECRUITING"],
  ["b", "NOT_YET_RECRUITING"],
  ["c", "AVAILABLE"],
  ["d", "ACTIVE_NOT_RECRUITING"],
  ["e", "COMPLETED"],
  ["f", "ENROLLING_BY_INVITATION"],
  ["g", "SUSPENDED"],
  ["h", "TERMINATED"],
  ["i", "WITHDRAWN"],
  ["j", "NO_LONGER_AVAILABLE"],
  ["k", "TEMPORARILY_NOT_AVAILABLE"],
  ["l", "APPROVED_FOR_MARKETING"],
  ["m", "UNKNOWN"],
]);

const readRecrs: RHandler = (value, draft, name) => {
  for (const letter of value.toLowerCase().replace(/[\s,|]/g, "")) {
    const status = CLASSIC_STATUS.get(letter);
    if (status) draft.statuses.push(status);
    else note(draft, ignored(name, letter));
  }
};

const CLASSIC_PHASE = new Map<string, PhaseKey>([
  ["4", "early"],
  ["0", "1"],
  ["1", "2"],
  ["2", "3"],
  ["3", "4"],
]);

/** phase=0&phase=1, or phase=01 as classic RSS links wrote it. */
const readClassicPhase: RHandler = (value, draft, name) => {
  for (const digit of value.replace(/[\s,|]/g, "")) {
    const phase = CLASSIC_PHASE.get(digit);
    if (phase) draft.phases.push(phase);
    else note(draft, ignored(name, digit, "the old registry site's phases were 0 to 4"));
  }
};

const CLASSIC_FUNDER = new Map<string, FunderType>([
  ["0", "nih"],
  ["1", "fed"],
  ["2", "industry"],
  ["3", "other"],
]);

/** fund=2 (fund=02: several); our funder filter holds one type. */
const readClassicFunder: RHandler = (value, draft, name) => {
  const types = mapKeys([...new Set(value.replace(/[\s,|]/g, ""))], CLASSIC_FUNDER, (digit) => note(draft, ignored(name, digit)));
  if (types.length > 1) note(draft, ignored(name, value, "choose one funder type here"));
  else if (types[0]) draft.funder = types[0];
};

/** type=Intr, as ours; PReg (patient registries) widens to all observational studies. */
const readClassicType: RHandler = (value, draft, name) => {
  if (value.trim().toLowerCase() !== "preg") return readType(value, draft, name);
  draft.type = "OBSERVATIONAL";
  note(draft, `${show(name)}=${show(value)} was widened to all observational studies`);
};

const CLASSIC_PARAMS = new Map<string, RHandler>([
  ...TEXT_PARAMS, // classic locn is a facility name: still a place to match by name
  ...FOLDED_PARAMS,
  ["recrs", readRecrs],
  ["type", readClassicType],
  ["gndr", readSex],
  ["hlth", choice(new Map([["y", true], ["n", null]]), (draft, yes) => (draft.healthy = yes ?? undefined), "use hlth=Y for studies that accept healthy volunteers")],
  ["fund", readClassicFunder],
  ["phase", readClassicPhase],
  ["age_v", readAge],
  ["sort", readSort],
  ["rslt", choice(new Map([["with", true]]), (draft, yes) => (draft.results = yes), "only studies with results can be chosen here")],
  ["cntry", setPlace("country")],
  ["state", (value, draft) => (draft.place.state = value.replace(/^\s*[a-z]{2}:/i, ""))], // "US:NY"
  ["city", setPlace("city")],
  ["dist", setRegistryGeo("distance")],
  ["age", notApplied("age groups can't be searched here; enter an age in years instead")],
  ...["strd_s", "strd_e", "prcd_s", "prcd_e", "sfpd_s", "sfpd_e", "rfpd_s", "rfpd_e", "lupd_s", "lupd_e"].map((name): [string, RHandler] => [name, notApplied(DATES)]),
  ...["rank", "draw", "displayxml", "search", "show_xprt"].map((name): [string, RHandler] => [name, quiet]),
]);
