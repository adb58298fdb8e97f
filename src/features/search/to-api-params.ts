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
import type { FunderType, PhaseKey, Search } from "./search-types";
import { STATUS_ORDER } from "./search-url";

/** Results per page, on every page (the cards are small: see CARD_FIELDS). */
export const PAGE_SIZE = 20;

/** What `status: undefined` means: trials a person could join now or soon. */
export const DEFAULT_STATUSES: readonly Status[] = ["RECRUITING", "NOT_YET_RECRUITING"];

/** Longest text sent for one field, in UTF-16 code units (see sanitizeEssieText). */
export const MAX_QUERY_CHARS = 300;

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

const SORTS = { updated: "LastUpdatePostDate:desc", start: "StartDate:desc" } as const;

/**
 * The GET /studies parameters of `search` for every one of its pages (searchStudies adds paging).
 * `origin` is where `search.near` was found (a ZIP or a place name is looked up first); without it the
 * search is not limited by distance.
 */
export function toApiParams(search: Search, origin?: LatLon): StudySearchParams {
  const params: Record<string, string> = {};
  let hasText = false;
  for (const [field, param] of TEXT_PARAMS) {
    const text = sanitizeEssieText(search[field]);
    if (text) {
      params[param] = text;
      hasText = true;
    }
  }
  const statuses = statusList(search.status);
  if (statuses) params["filter.overallStatus"] = statuses;
  const advanced = advancedFilter(search);
  if (advanced) params["filter.advanced"] = advanced;
  if (search.near && origin && isLatLon(origin)) params["filter.geo"] = geoFilter(origin, search.radius ?? DEFAULT_RADIUS);
  params.sort = sortParam(search, hasText);
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
 * `sort` undefined is the default: relevance when there is a text query, otherwise last updated (the
 * same rule as effectiveSort in search-url.ts, so the page and the request agree). Relevance needs
 * words to rank by, so without a text query it falls back to last updated too; never unsorted, which
 * on the registry is an arbitrary order. "A text query" here is what is actually sent: text that
 * sanitises to nothing does not count.
 */
function sortParam(search: Search, hasText: boolean): string {
  // "nearest" is done in the app on the loaded results; the registry pages in its default order.
  const sort = search.sort === undefined || search.sort === "nearest" ? (hasText ? "relevance" : "updated") : search.sort;
  if (sort === "relevance") return hasText ? "@relevance" : SORTS.updated;
  return Object.hasOwn(SORTS, sort) ? SORTS[sort as keyof typeof SORTS] : SORTS.updated;
}

// ---------------------------------------------------------------------------------------------------
// Essie text sanitising
// ---------------------------------------------------------------------------------------------------

// Essie's own operators besides AND/OR/NOT (from the v2 parser's token list, api-facts §4/§6, plus the
// classic spellings EXACT/COVER/EXPAND). Typed in upper case they would be an operator ("ALL" alone
// matches every study; "AREA" without brackets is a parse error), so they are sent as a quoted
// one-word phrase, which is always a plain term (measured live by others: query.cond=ALL returns the
// whole registry, "ALL", \ALL and all return the same 4,572 studies). Operators are upper case only, so
// lower-case words stay unquoted and keep the registry's synonym expansion.
const KEYWORDS = new Set([
  "AREA", "SEARCH", "RANGE", "DISTANCE", "MISSING", "ALL", "MIN", "MAX",
  "COVERAGE", "COVER", "EXPANSION", "EXPAND", "EXACT", "TILT",
]);
// Kept inside words: letters, digits, combining marks and the punctuation of real terms
// (non-small, Crohn's, St. Louis, HIV/AIDS, HER2+). Everything else becomes a space.
const WORD_CHAR = /^[\p{L}\p{N}\p{M}\-'./+]$/u;
const ALNUM = /[\p{L}\p{N}]/u;
const SMART_DOUBLE = /[\u201C\u201D\u201E\u201F\u2033]/g; // “ ” „ ‟ ″ (phone keyboards type these)
const SMART_SINGLE = /[\u2018\u2019\u201A\u201B\u2032]/g; // ‘ ’ ‚ ‛ ′

type Token =
  | { kind: "word" | "phrase"; text: string }
  | { kind: "op"; text: "AND" | "OR" | "NOT" }
  | { kind: "(" | ")" };

/**
 * Makes typed text safe to send as an Essie expression in a query.* parameter: whatever a person types,
 * the registry gets something it can parse (no 400), and what works in Essie keeps working.
 *
 * Kept: words, "quoted phrases", AND / OR / NOT (upper case, as Essie requires) and ( ) grouping, when
 * they are balanced and in a place where they make sense.
 * Changed:
 * - `[` `]` (a 400 anywhere in free text), `\`, `{ }`, `:`, `*`, `,`, `&`, emoji, control characters
 *   and other symbols become spaces; smart quotes become plain ones;
 * - an unmatched `"` is dropped (the words stay), as are empty phrases;
 * - unmatched `(` or `)` are dropped, and so are empty groups `()`;
 * - AND / OR without a term on both sides, and NOT without a term after it, are dropped
 *   ("cancer AND" → "cancer", "AND OR pain" → "pain");
 * - Essie's other operator words in upper case (AREA, RANGE, ALL, MISSING, …) are quoted, so "ALL"
 *   (acute lymphoblastic leukaemia) is searched as a word instead of matching every study;
 * - pieces without a letter or digit ("-", "...", "'") are dropped;
 * - the result is at most MAX_QUERY_CHARS long: whole terms are cut from the end (a single longer
 *   word is shortened), which keeps URLs well under server limits even with all six fields full.
 * Returns undefined when nothing searchable is left (then the parameter is not sent).
 * Idempotent: sanitising the result again gives the same string.
 */
export function sanitizeEssieText(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let tokens = balance(tokenize(cleanCharacters(raw)));
  // Cut whole tokens from the end until the text fits; balancing again only removes more.
  if (render(tokens).length > MAX_QUERY_CHARS) {
    while (tokens.length > 0 && render(tokens).length > MAX_QUERY_CHARS) tokens = tokens.slice(0, -1);
    tokens = balance(tokens);
  }
  const text = render(tokens);
  return text === "" ? undefined : text;
}

/** Smart quotes made plain, every character that is not structure or part of a word made a space. */
function cleanCharacters(raw: string): string {
  let out = "";
  for (const ch of raw.normalize("NFC").replace(SMART_DOUBLE, '"').replace(SMART_SINGLE, "'")) {
    out += ch === '"' || ch === "(" || ch === ")" || WORD_CHAR.test(ch) ? ch : " ";
  }
  const text = out.replace(/\s+/g, " ").trim();
  // Bounds the work below; the final length is enforced on the result.
  const limit = MAX_QUERY_CHARS * 2;
  if (text.length <= limit) return text;
  const cut = clip(text, limit);
  const space = cut.lastIndexOf(" ");
  return space > 0 ? cut.slice(0, space) : cut;
}

/** The first `length` code units, without splitting a surrogate pair (a letter outside the BMP, e.g. Gothic or rare CJK). */
function clip(text: string, length: number): string {
  const cut = text.slice(0, length);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === " ") {
      i++;
    } else if (c === "(" || c === ")") {
      tokens.push({ kind: c });
      i++;
    } else if (c === '"') {
      const end = text.indexOf('"', i + 1);
      if (end < 0) {
        i++; // an unmatched quote: drop it, keep the words after it
        continue;
      }
      // Inside a phrase everything is literal to Essie; parentheses are only punctuation there.
      const phrase = text.slice(i + 1, end).replace(/[()]/g, " ").replace(/\s+/g, " ").trim();
      if (ALNUM.test(phrase)) tokens.push({ kind: "phrase", text: clip(phrase, MAX_QUERY_CHARS - 2).trim() });
      i = end + 1;
    } else {
      let end = i;
      while (end < text.length && !' "()'.includes(text[end] ?? " ")) end++;
      const word = clip(text.slice(i, end), MAX_QUERY_CHARS).replace(/^[-'./+]+/, "").replace(/[-'/]+$/, "");
      i = end;
      if (!ALNUM.test(word)) continue;
      if (word === "AND" || word === "OR" || word === "NOT") tokens.push({ kind: "op", text: word });
      else if (KEYWORDS.has(word)) tokens.push({ kind: "phrase", text: word });
      else tokens.push({ kind: "word", text: word });
    }
  }
  return tokens;
}

const endsOperand = (t: Token | undefined) => t?.kind === "word" || t?.kind === "phrase" || t?.kind === ")";
const startsOperand = (t: Token | undefined) =>
  t?.kind === "word" || t?.kind === "phrase" || t?.kind === "(" || (t?.kind === "op" && t.text === "NOT");

/** Drops unmatched parentheses, empty groups and misplaced operators until nothing changes. */
function balance(input: Token[]): Token[] {
  let tokens = input;
  for (;;) {
    const before = tokens.length;
    tokens = matchParentheses(tokens);
    tokens = tokens.filter((t, i) => !(t.kind === "(" && tokens[i + 1]?.kind === ")") && !(t.kind === ")" && tokens[i - 1]?.kind === "("));
    const bad = tokens.findIndex((t, i) => {
      if (t.kind !== "op") return false;
      if (!startsOperand(tokens[i + 1])) return true;
      return t.text !== "NOT" && !endsOperand(tokens[i - 1]);
    });
    if (bad >= 0) tokens = tokens.filter((_, i) => i !== bad); // one at a time: "a AND AND b" → "a AND b"
    if (tokens.length === before) return tokens;
  }
}

function matchParentheses(tokens: Token[]): Token[] {
  const open: number[] = [];
  const drop = new Set<number>();
  tokens.forEach((t, i) => {
    if (t.kind === "(") open.push(i);
    else if (t.kind === ")") {
      if (open.length > 0) open.pop();
      else drop.add(i);
    }
  });
  for (const i of open) drop.add(i);
  return drop.size > 0 ? tokens.filter((_, i) => !drop.has(i)) : tokens;
}

function render(tokens: readonly Token[]): string {
  let out = "";
  tokens.forEach((t, i) => {
    const glued = i === 0 || t.kind === ")" || tokens[i - 1]?.kind === "(";
    out += glued ? tokenText(t) : ` ${tokenText(t)}`;
  });
  return out;
}

function tokenText(t: Token): string {
  switch (t.kind) {
    case "(":
    case ")":
      return t.kind;
    case "phrase":
      return `"${t.text}"`;
    default:
      return t.text;
  }
}
