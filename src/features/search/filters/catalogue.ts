// The filter catalogue: one entry per search filter, in URL order, holding its values and their canonical
// order, how the URL spells them, its registry request (api-facts.md §3.2: filter.overallStatus and
// filter.advanced fail LOUDLY with a 400 on a bad value, aggFilters SILENTLY with 0 studies, so every
// filter but status goes through filter.advanced) and its words. The URL contract (search-url.ts), the
// request (to-api-params.ts) and the filter panel's summary (filter-words.ts) loop over it. Two tables
// beside it, typed over its keys so that none can be left out, load only with the parts that need them:
// the "no results" wording (relax-words.ts) and the registry's own spellings (registry-spellings.ts).
// Adding a filter: an entry here (or in date-ranges.ts), a line in each table, and its form control.
import { plural, t } from "@lingui/core/macro";
import type { Status, StudyType } from "../../../api/types";
import { STATUS_ORDER, statusLabel } from "../../../lib/registry-labels";
import { DATE_FILTERS } from "./date-ranges";
import { either, flag, listFilter, oneOf, orWords, splitList, type FilterDef } from "./filter-def";

/** Phase filter values as they appear in our URLs: digits, plus "early" (Early Phase 1) and "na". */
export type PhaseKey = "early" | "1" | "2" | "3" | "4" | "na";
export type SexFilter = "FEMALE" | "MALE";
export type FunderType = "nih" | "fed" | "industry" | "other";
/** The registry's standard age groups: child 0–17, adult 18–64, older adult 65+. */
export type AgeGroup = "child" | "adult" | "older";
/** Documents a study has posted: its protocol, statistical analysis plan, informed consent form. */
export type DocKey = "protocol" | "sap" | "consent";

export { STATUS_ORDER };
/** What an absent `status` means: trials a person could join now or soon. */
export const DEFAULT_STATUS: readonly Status[] = ["RECRUITING", "NOT_YET_RECRUITING"];

// The label tables are getters: each label is looked up when shown, in the language active then.
export const PHASE_LABEL: Record<PhaseKey, string> = {
  get early() {
    return t`Early phase 1`;
  },
  get "1"() {
    return t`Phase 1`;
  },
  get "2"() {
    return t`Phase 2`;
  },
  get "3"() {
    return t`Phase 3`;
  },
  get "4"() {
    return t`Phase 4`;
  },
  get na() {
    return t`Not applicable (no phase)`;
  },
};
// Spelled out: Object.keys(PHASE_LABEL) would put the digit keys first.
export const PHASE_ORDER: readonly PhaseKey[] = ["early", "1", "2", "3", "4", "na"];

export const TYPE_LABEL: Record<StudyType, string> = {
  get INTERVENTIONAL() {
    return t`Clinical trials (a treatment is tested)`;
  },
  get OBSERVATIONAL() {
    return t`Observational (no treatment assigned)`;
  },
  get EXPANDED_ACCESS() {
    return t`Expanded access (treatment outside a trial)`;
  },
};

/** The oldest age the age filter takes, in whole years. */
export const MAX_AGE = 120;

export const AGE_GROUP_LABEL: Record<AgeGroup, string> = {
  get child() {
    return t`Children (0–17)`;
  },
  get adult() {
    return t`Adults (18–64)`;
  },
  get older() {
    return t`Older adults (65 and over)`;
  },
};

/** The sex filter matches studies open to that sex, including studies open to all. */
export const SEX_LABEL: Record<SexFilter, string> = {
  get FEMALE() {
    return t`Open to women and girls`;
  },
  get MALE() {
    return t`Open to men and boys`;
  },
};

export const FUNDER_LABEL: Record<FunderType, string> = {
  get nih() {
    return t`U.S. National Institutes of Health (NIH)`;
  },
  get fed() {
    return t`Other U.S. federal agency`;
  },
  get industry() {
    return t`Industry (companies)`;
  },
  get other() {
    return t`Other (universities, hospitals, networks…)`;
  },
};
// The lead sponsor's class. "other" is everything that is not NIH, another US federal agency or industry
// (universities, hospitals, networks, individuals, other governments), written as a NOT so that studies
// with a class added later, or with none, are not lost.
const leadClass = (value: string) => `AREA[LeadSponsorClass]${value}`;
const FUNDER_API: Record<FunderType, string> = {
  nih: leadClass("NIH"),
  fed: leadClass("FED"),
  industry: leadClass("INDUSTRY"),
  other: `NOT (${["NIH", "FED", "INDUSTRY"].map(leadClass).join(" OR ")})`,
};

export const DOC_LABEL: Record<DocKey, string> = {
  get protocol() {
    return t`Study protocol`;
  },
  get sap() {
    return t`Statistical analysis plan`;
  },
  get consent() {
    return t`Informed consent form`;
  },
};
const DOC_API: Record<DocKey, string> = { protocol: "LargeDocHasProtocol", sap: "LargeDocHasSAP", consent: "LargeDocHasICF" };

const short = (label: string) => label.replace(/ \(.*\)$/, "");
const lower = <K extends string>(labels: Record<K, string>, values: readonly K[]) => either(labels, values).toLowerCase();

/** Status: the one filter sent as its own parameter, with a default ([] is "any status"). */
const status: FilterDef<Status[]> = {
  hint: () => t`statuses are registry names such as RECRUITING or COMPLETED, or all`,
  read(text, prev, bad) {
    const items = splitList(text);
    let any = prev?.length === 0 || items.length === 0; // `status=` is "any status", and "any" stays
    const out = [...(prev ?? [])];
    for (const item of items) {
      const key = item.toUpperCase().replaceAll("-", "_");
      if (key === "ALL" || key === "ANY") any = true;
      else if (STATUS_ORDER.includes(key as Status)) out.push(key as Status);
      else bad(item);
    }
    return any ? [] : out.length > 0 ? out : undefined;
  },
  normalize(value) {
    if (value?.length === 0) return [];
    const kept = STATUS_ORDER.filter((s) => value?.includes(s));
    // A list that only held junk falls back to the default rather than to "any".
    return kept.length === 0 || kept.join() === DEFAULT_STATUS.join() ? undefined : kept;
  },
  serialize: (value) => (value.length > 0 ? value.join(",") : "all"),
  api(value) {
    const chosen = status.normalize(value) ?? DEFAULT_STATUS;
    return chosen.length > 0 ? [chosen.join(",")] : [];
  },
  words(value) {
    const count = value.length;
    return count === 0 ? t`any status` : count <= 2 ? orWords(value.map(statusLabel)) : plural(count, { one: `${count} status`, other: `${count} statuses` });
  },
};

/**
 * An age in whole years: eligible at N = minimum age ≤ N and maximum age ≥ N. A study with no minimum (or
 * maximum) has no limit on that side and must match. Nothing says the registry's RANGE matches a missing
 * value (other clients add MISSING for exactly this), so each side is `RANGE … OR MISSING`.
 */
const age: FilterDef<number> = {
  hint: () => t`age must be a whole number of years from 0 to ${MAX_AGE}`,
  read(text, prev, bad) {
    const value = text.trim();
    if (value === "") return undefined;
    if (/^\d{1,3}$/.test(value) && Number(value) <= MAX_AGE) return Number(value);
    bad(text);
    return prev;
  },
  // Whole years, as people give their age: 45.7 is 45.
  normalize: (value) => (value !== undefined && value >= 0 && value <= MAX_AGE ? Math.floor(value) : undefined),
  serialize: String,
  api(value) {
    const years = age.normalize(value);
    if (years === undefined) return [];
    return [`AREA[MinimumAge]RANGE[MIN, ${years} years] OR AREA[MinimumAge]MISSING`, `AREA[MaximumAge]RANGE[${years} years, MAX] OR AREA[MaximumAge]MISSING`];
  },
  words: (years) => t`age ${years}`,
};

/** Every filter, in URL order. */
export const FILTERS = {
  status,
  // A study lists every phase it spans (Phase 1/2 = PHASE1 + PHASE2), so "phase 2" also finds Phase 1/2
  // and 2/3 trials, as on the registry's site.
  phase: listFilter({
    labels: PHASE_LABEL,
    order: PHASE_ORDER,
    aliases: { early_phase1: "early", phase1: "1", phase2: "2", phase3: "3", phase4: "4" },
    clause: (phase) => `AREA[Phase]${phase === "early" ? "EARLY_PHASE1" : phase === "na" ? "NA" : `PHASE${phase}`}`,
    hint: () => t`phases are early, 1, 2, 3, 4 and na`,
    words: (phases) => either(PHASE_LABEL, phases),
  }),
  type: oneOf({
    labels: TYPE_LABEL,
    clause: (type) => `AREA[StudyType]${type}`,
    hint: () => t`study types are INTERVENTIONAL, OBSERVATIONAL and EXPANDED_ACCESS`,
    words: (type) => short(TYPE_LABEL[type]),
  }),
  age,
  agegroup: listFilter({
    labels: AGE_GROUP_LABEL,
    clause: (group) => `AREA[StdAge]${group === "older" ? "OLDER_ADULT" : group.toUpperCase()}`,
    hint: () => t`age groups are child, adult and older`,
    words: (groups) => lower(AGE_GROUP_LABEL, groups),
  }),
  // FEMALE (or MALE) also matches studies open to all: `AREA[Sex]"ALL"`, QUOTED, because unquoted ALL is
  // Essie's match-everything operator. An unrestricted study says ALL, so there is no MISSING half.
  sex: oneOf({
    labels: SEX_LABEL,
    aliases: { f: "FEMALE", m: "MALE", all: null },
    clause: (sex) => `AREA[Sex]${sex} OR AREA[Sex]"ALL"`,
    hint: () => t`sex is FEMALE or MALE`,
    words: (sex) => SEX_LABEL[sex].toLowerCase(),
  }),
  healthy: flag({
    clause: "AREA[HealthyVolunteers]true",
    hint: () => t`use healthy=1 for studies that accept healthy volunteers`,
    words: () => t`healthy volunteers`,
  }),
  results: flag({
    clause: "AREA[HasResults]true",
    hint: () => t`use results=1 for studies with results`,
    words: () => t`with results`,
  }),
  funder: oneOf({
    labels: FUNDER_LABEL,
    clause: (funder) => FUNDER_API[funder],
    hint: () => t`funder types are nih, fed, industry and other`,
    words(funder) {
      const payer = short(FUNDER_LABEL[funder]);
      return t`paid by ${payer}`;
    },
  }),
  docs: listFilter({
    labels: DOC_LABEL,
    clause: (doc) => `AREA[${DOC_API[doc]}]true`,
    hint: () => t`documents are protocol, sap and consent`,
    words(docs) {
      const documents = lower(DOC_LABEL, docs);
      return t`with ${documents}`;
    },
  }),
  ...DATE_FILTERS,
};

/** The filters' values, as a search holds them (search-types.ts): the catalogue is their one definition. */
export type FilterValues = { [K in keyof typeof FILTERS]?: (typeof FILTERS)[K] extends FilterDef<infer V> ? V : never };
export type FilterKey = keyof typeof FILTERS;

/** The catalogue as a list, for the loops that treat every filter alike. */
export const FILTER_LIST = (Object.keys(FILTERS) as FilterKey[]).map((key) => [key, FILTERS[key] as FilterDef<unknown>] as const);
