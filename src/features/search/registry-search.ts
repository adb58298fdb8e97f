// A registry search link in our vocabulary: the registry website's /search?… (its names beside ours, e.g.
// aggFilters=phase:2,status:rec; locStr, distance) and the classic site's /ct2/results?…. Each filter's
// registry spellings are in filters/registry-spellings.ts; here are the fields with no filter of their
// own: places, distances, and search fields folded into ours. Notes say what could not be kept.
import { t } from "@lingui/core/macro";
import { cleanText } from "../../lib/clean-text";
import { DEFAULT_RADIUS, RADIUS_VALUES, parseNear, serializeRadius, type Near, type Radius } from "../../lib/geo/near";
import { countryName, stateName } from "./classic-places";
import { SPELLINGS, type AggFilter } from "./filters/registry-spellings";
import {
  OUR_PARAMS,
  TEXT_PARAMS,
  finish,
  ignored,
  newDraft,
  note,
  quiet,
  readInto,
  readSort,
  show,
  type Draft,
  type Handler,
  type ParsedSearch,
} from "./read-search-params";

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

/** A search link from the registry (pasted, or a classic /ct2/results address): no status means any status. */
export function readRegistrySearch(params: URLSearchParams, site: "website" | "classic"): ParsedSearch {
  return readRegistry(params, site === "website" ? WEBSITE_PARAMS : CLASSIC_PARAMS, true);
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
  if (draft.fromRegistry) draft.filters.status ??= [];
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
    if (distance) note(draft, ignored(distanceName, distance, t`a distance needs a city or a map point; the place is matched by name`));
    return undefined;
  }
  const milesText = (triple ? triple[3] : distance)?.trim() ?? "";
  if (!/^\d+(\.\d+)?$/.test(milesText)) {
    const radius = serializeRadius(DEFAULT_RADIUS, " ");
    if (distance) note(draft, ignored(distanceName, distance, t`it is not a number of miles; showing ${radius}`));
    return { near, radius: DEFAULT_RADIUS };
  }
  const miles = Number(milesText);
  const value = RADIUS_VALUES.find((choice) => choice >= miles) ?? 250;
  const param = `${distanceName}=${show(distance ?? "")}`;
  if (value !== miles) note(draft, t`${param} was widened to ${value} mi`);
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
  (field: "term" | "spons"): RHandler =>
  (value, draft, name) => {
    if (value.trim() === "") return;
    draft.extra[field].push(value);
    const param = `${name}=${show(value)}`;
    note(draft, field === "term" ? t`${param} was searched as other terms` : t`${param} was searched as sponsor (lead or collaborator)`);
  };

const spelled = Object.values(SPELLINGS);
const AGG_FILTERS = new Map<string, AggFilter>(spelled.flatMap((spelling) => (spelling.agg ? [spelling.agg] : [])));

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
    else bad(keys.join(" "), t`this app can't filter by that`);
  }
};

const FOLDED_PARAMS: [string, RHandler][] = [
  ["titles", registry(foldInto("term"))],
  ["outc", registry(foldInto("term"))],
  ["lead", registry(foldInto("spons"))],
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
  ...FOLDED_PARAMS,
  ...spelled.flatMap((spelling) => Object.entries(spelling.website ?? {}).map(([name, read]): [string, RHandler] => [name, registry(read)])),
  // how the website shows its results, not what it searches
  ["viewtype", registry(quiet)],
]);

// The classic website (retired in 2024, but its links live on in papers and e-mails): /ct2/results?…,
// its names and codes in filters/registry-spellings.ts.
const CLASSIC_PARAMS = new Map<string, RHandler>([
  ...TEXT_PARAMS, // classic locn is a facility name: still a place to match by name
  ...FOLDED_PARAMS,
  ...spelled.flatMap((spelling) => Object.entries(spelling.classic ?? {})),
  ["sort", readSort],
  ["cntry", (value, draft) => (draft.place.country = countryName(value))], // "US" → United States
  ["state", (value, draft) => (draft.place.state = stateName(value))], // "US:NY" → New York
  ["city", setPlace("city")],
  ["dist", setRegistryGeo("distance")],
  ...["rank", "draw", "displayxml", "search", "show_xprt"].map((name): [string, RHandler] => [name, quiet]),
]);

export function joinText(separator: string, ...parts: (string | undefined)[]): string | undefined {
  const kept = parts.map((part) => cleanText(part ?? "")).filter((part) => part !== "");
  return kept.length > 0 ? kept.join(separator) : undefined;
}
