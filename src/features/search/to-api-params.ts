// One search → the registry's GET /studies parameters. Pure and deterministic: the same search always
// gives an equal object with its keys in the same order, because the registry requires every page of a
// search to repeat the first page's parameters exactly (only pageToken, countTotal and pageSize may
// differ; searchStudies adds those) and because the object is also the react-query key.
//
// Choices (api-facts.md §3.2: filter.overallStatus and filter.advanced=AREA[...] fail LOUDLY with a 400
// on a bad value; aggFilters fails SILENTLY, 200 with 0 studies, e.g. phase:PHASE3, and phase:na came
// back empty in one live test):
// - every filter except status goes through filter.advanced, never aggFilters, so a mistake shows up
//   as an error in tests instead of as "no trials found" for a patient;
// - filter.advanced is one AND of parenthesised parts in a fixed order (the URL's order: phase, type,
//   age, sex, healthy volunteers, results, funder);
// - text fields are sanitised into Essie that cannot fail to parse (see sanitizeEssieText).
import type { Status } from "../../api/types";
import type { StudySearchParams } from "../../api/studies";
import { isLatLon, type LatLon } from "../../lib/geo/distance";
import { DEFAULT_RADIUS, geoFilter } from "../../lib/geo/near";
import { CARD_FIELDS } from "./card-fields";
import { sanitizeEssieText } from "./essie-text";
import type { FunderType, PhaseKey, Search, SearchSort } from "./search-types";
import { STATUS_ORDER, defaultSort, effectiveSort, normalizeSearch } from "./search-url";

/** Results per page, on every page (the cards are small: see CARD_FIELDS). */
export const PAGE_SIZE = 20;

/** What `status: undefined` means: trials a person could join now or soon. */
export const DEFAULT_STATUSES: readonly Status[] = ["RECRUITING", "NOT_YET_RECRUITING"];


// Text fields in request order: search form field → registry query parameter.
const TEXT_PARAMS = [
  ["cond", "query.cond"],
  ["intr", "query.intr"],
  ["locn", "query.locn"],
  ["term", "query.term"],
  ["spons", "query.spons"],
  ["id", "query.id"],
] as const satisfies ReadonlyArray<readonly [keyof Search, string]>;


// URL phase key → the registry's Phase enum value, in display order.
const PHASES: Record<PhaseKey, string> = {
  early: "EARLY_PHASE1",
  "1": "PHASE1",
  "2": "PHASE2",
  "3": "PHASE3",
  "4": "PHASE4",
  na: "NA",
};
// Spelled out: Object.keys would put the digit keys first.
const PHASE_ORDER: readonly PhaseKey[] = ["early", "1", "2", "3", "4", "na"];

// Funder type on the lead sponsor's AgencyClass. "other" is everything that is not NIH, another US
// federal agency or industry (universities, hospitals, networks, individuals, other governments), written
// as a NOT so that studies with a class added later, or with none, are not lost.
const LEAD_SPONSOR_CLASS = (value: string) => `AREA[LeadSponsorClass]${value}`;
const FUNDERS: Record<FunderType, string> = {
  nih: LEAD_SPONSOR_CLASS("NIH"),
  fed: LEAD_SPONSOR_CLASS("FED"),
  industry: LEAD_SPONSOR_CLASS("INDUSTRY"),
  other: `NOT (${["NIH", "FED", "INDUSTRY"].map(LEAD_SPONSOR_CLASS).join(" OR ")})`,
};

const SORT_PARAMS: Record<Exclude<SearchSort, "nearest">, string> = {
  relevance: "@relevance",
  updated: "LastUpdatePostDate:desc",
  start: "StartDate:desc",
};

/**
 * The GET /studies parameters of `search` for every one of its pages (searchStudies adds paging).
 * `origin` is where `search.near` was found (a ZIP or a place name is looked up first); without it the
 * search is not limited by distance.
 */
export function toApiParams(search: Search, origin?: LatLon): StudySearchParams {
  const params: Record<string, string> = {};
  for (const [field, param] of TEXT_PARAMS) {
    const text = sanitizeEssieText(search[field]);
    if (text) params[param] = text;
  }
  const statuses = statusList(search.status);
  if (statuses) params["filter.overallStatus"] = statuses;
  const advanced = advancedFilter(search);
  if (advanced) params["filter.advanced"] = advanced;
  if (search.near && origin && isLatLon(origin)) params["filter.geo"] = geoFilter(origin, search.radius ?? DEFAULT_RADIUS);
  params.sort = sortParam(search);
  params.pageSize = String(PAGE_SIZE);
  params.fields = CARD_FIELDS.join(",");
  return Object.freeze(params);
}

/**
 * Comma list in enum order without repeats. undefined = the default; [] ("any status") = no parameter
 * at all; a list holding only values that are not statuses = the default (as normalizeSearch does).
 */
function statusList(status: readonly Status[] | undefined): string | undefined {
  if (status?.length === 0) return undefined;
  const known = [...new Set(status ?? [])].filter((s) => STATUS_ORDER.includes(s));
  const chosen = known.length > 0 ? known : [...DEFAULT_STATUSES];
  return chosen.sort((a, b) => STATUS_ORDER.indexOf(a) - STATUS_ORDER.indexOf(b)).join(",");
}

/**
 * Every filter but status, as one Essie expression: `(part) AND (part) …`.
 *
 * - phase: `AREA[Phase]PHASE2`, several OR-ed. A study lists every phase it spans (Phase 1/2 =
 *   PHASE1 + PHASE2), so "phase 2" also finds Phase 1/2 and 2/3 trials, as on the registry's site.
 *   Not aggFilters=phase:…: its wrong keys (PHASE3, and na once) silently return nothing.
 * - type: `AREA[StudyType]INTERVENTIONAL` (aggFilters studyType would fail silently too).
 * - age: eligible at N = minimum age ≤ N and maximum age ≥ N. A study with no minimum (or no maximum)
 *   age has no limit on that side and must match. Nothing says the registry's RANGE matches a missing
 *   value (other clients of the live API add MISSING for exactly this, and describe RANGE as not
 *   matching records without the value), so each side is `(RANGE … OR MISSING)`: right either way.
 *   The offline replica already counts a missing minimum as 0 and a missing maximum as no limit, so
 *   there the MISSING halves change nothing. Whole years, as people give their age: 45.7 is sent as 45.
 * - sex: FEMALE (or MALE) also matches studies open to all sexes: `AREA[Sex]"ALL"`, QUOTED, because
 *   unquoted ALL is Essie's match-everything operator (`AREA[Sex]ALL` alone returns the whole registry,
 *   as measured live by others and reproduced by the replica). An unrestricted study says ALL rather
 *   than leaving the field out, so there is no MISSING half.
 * - healthy volunteers, results: `AREA[HealthyVolunteers]true`, `AREA[HasResults]true` (HasResults is
 *   a piece of the data model, like aggFilters results:with but loud).
 * - funder: the lead sponsor's class (see FUNDERS).
 */
function advancedFilter(search: Search): string | undefined {
  const parts: string[] = [];
  const phases = phaseExpression(search.phase);
  if (phases) parts.push(phases);
  if (search.type) parts.push(`AREA[StudyType]${search.type}`);
  const age = wholeYears(search.age);
  if (age !== undefined) {
    parts.push(`AREA[MinimumAge]RANGE[MIN, ${age} years] OR AREA[MinimumAge]MISSING`);
    parts.push(`AREA[MaximumAge]RANGE[${age} years, MAX] OR AREA[MaximumAge]MISSING`);
  }
  if (search.sex) parts.push(`AREA[Sex]${search.sex} OR AREA[Sex]"ALL"`);
  if (search.healthy) parts.push("AREA[HealthyVolunteers]true");
  if (search.results) parts.push("AREA[HasResults]true");
  if (search.funder && Object.hasOwn(FUNDERS, search.funder)) parts.push(FUNDERS[search.funder]);
  return parts.length > 0 ? parts.map((part) => `(${part})`).join(" AND ") : undefined;
}

function phaseExpression(phase: readonly PhaseKey[] | undefined): string | undefined {
  if (!phase) return undefined;
  const chosen = PHASE_ORDER.filter((key) => phase.includes(key));
  return chosen.length > 0 ? chosen.map((key) => `AREA[Phase]${PHASES[key]}`).join(" OR ") : undefined;
}

/** A person's age in completed years; anything else (negative, NaN, > 150) is no age filter. */
function wholeYears(age: number | undefined): number | undefined {
  if (age === undefined || !Number.isFinite(age) || age < 0 || age > 150) return undefined;
  return Math.floor(age);
}

/**
 * The registry's order for the sort the page shows (effectiveSort: one rule for the sort box and the
 * request). "nearest" is done in the app on the loaded results; the registry pages in the default order.
 */
function sortParam(search: Search): string {
  const canonical = normalizeSearch(search);
  const sort = effectiveSort(canonical);
  return SORT_PARAMS[sort === "nearest" ? defaultSort(canonical) : sort];
}
