// How the registry spells each filter of the catalogue: its website's `aggFilters` keys and named
// parameters, and the classic site's /ct2/results names and codes. Typed as a Record over the catalogue's
// keys, so a new filter cannot be added without saying how (or that) the registry spells it. Loaded only
// with registry-link.ts, never on a first visit.
//
// The classic codes are those of the rfhb/ctrdata R package's translation of classic links to the
// current website (R/util_functions.R, ctgovClassicToCurrent(), https://github.com/rfhb/ctrdata): recrs
// letters, phase numbers counted from 0 with 4 for Early Phase 1, age=0|1|2, fund digits, hlth=Y, the
// u_prot/u_sap/u_icf documents, and the dates strd/prcd/sfpd/rfpd/lupd with _s/_e as MM/DD/YYYY.
import { t } from "@lingui/core/macro";
import type { Status, StudyType } from "../../../api/types";
import { ignored, note, readFilter, show, type Draft, type Handler } from "../read-search-params";
import { FILTERS, type FilterKey, type AgeGroup, type DocKey, type FunderType, type PhaseKey, type SexFilter } from "./catalogue";
import { isoDay, type DateKey } from "./date-ranges";
import type { FilterDef } from "./filter-def";

/** An aggFilters part (`phase:2 3`): its keys, lower case; `bad` notes one it can't keep. */
export type AggFilter = (keys: string[], draft: Draft, bad: (keys: string, reason?: string) => void) => void;

export type Spelling = {
  /** `aggFilters=<id>:<keys>` on the registry website (id lower case). */
  agg?: [id: string, read: AggFilter];
  /** The website's own parameters for it (names lower case). */
  website?: Record<string, Handler>;
  /** The classic site's /ct2/results parameters (names lower case). */
  classic?: Record<string, Handler>;
};

const ours = (key: FilterKey): Handler => readFilter(key, FILTERS[key] as FilterDef<unknown>);
const filters = (draft: Draft) => draft.filters;
/** A note's reason, looked up when the note is written (in the language active then). */
type Reason = () => string;

/** Maps each key, noting the unknown ones; returns the distinct values found. */
function mapKeys<T>(keys: Iterable<string>, table: Record<string, T>, bad: (key: string) => void): T[] {
  const found: T[] = [];
  for (const key of keys) {
    const value = Object.hasOwn(table, key) ? table[key] : undefined;
    if (value === undefined) bad(key);
    else if (!found.includes(value)) found.push(value);
  }
  return found;
}

type ListKey = "status" | "phase" | "agegroup" | "docs";
type Item<K extends ListKey> = NonNullable<Draft["filters"][K]> extends (infer T)[] ? T : never;

/** Adds values to a list filter (a link may name it twice). */
const append =
  <K extends ListKey>(key: K) =>
  (draft: Draft, values: Item<K>[]) => {
    const before = (filters(draft)[key] ?? []) as Item<K>[];
    if (values.length > 0) filters(draft)[key] = [...before, ...values] as Draft["filters"][K];
  };

/** Several values of a list filter (phase:2 3). */
const list =
  <K extends ListKey>(key: K, table: Record<string, Item<K>>): AggFilter =>
  (keys, draft, bad) =>
    append(key)(draft, mapKeys(keys, table, bad));

/** Our field holds one value: several keys (sex:f m) can't be kept, and are noted instead. */
const single =
  <K extends "sex" | "funder">(key: K, table: Record<string, NonNullable<Draft["filters"][K]>>, reason: Reason): AggFilter =>
  (keys, draft, bad) => {
    const found = mapKeys(keys, table, bad);
    if (found.length > 1) bad(keys.join(" "), reason());
    else if (found[0] !== undefined) filters(draft)[key] = found[0];
  };

/** A yes-only filter (healthy:y, results:with); `reasons` explains keys we know but can't keep. */
const yes =
  (key: "healthy" | "results", word: string, reasons: Record<string, Reason> = {}): AggFilter =>
  (keys, draft, bad) => {
    for (const k of keys) {
      if (k === word) filters(draft)[key] = true;
      else bad(k, Object.hasOwn(reasons, k) ? reasons[k]?.() : undefined);
    }
  };

/** A classic parameter of single letters or digits (recrs=ab, phase=01, age=12), each a code. */
const codes =
  <T>(table: Record<string, T>, add: (draft: Draft, values: T[], value: string, name: string) => void, reason?: Reason): Handler =>
  (value, draft, name) =>
    add(draft, mapKeys(value.toLowerCase().replace(/[\s,|]/g, ""), table, (code) => note(draft, ignored(name, code, reason?.()))), value, name);

/** A classic yes flag (hlth=Y, rslt=With, u_prot=Y); anything else but "no" is noted. */
const classicYes =
  (word: string, set: (draft: Draft) => void, hint: Reason): Handler =>
  (value, draft, name) => {
    const key = value.trim().toLowerCase();
    if (key === word) set(draft);
    else if (key !== "" && key !== "n") note(draft, ignored(name, value, hint()));
  };

const AGG_STATUS: Record<string, Status> = {
  rec: "RECRUITING",
  not: "NOT_YET_RECRUITING",
  act: "ACTIVE_NOT_RECRUITING",
  com: "COMPLETED",
  ter: "TERMINATED",
  enr: "ENROLLING_BY_INVITATION",
  sus: "SUSPENDED",
  wit: "WITHDRAWN",
  unk: "UNKNOWN",
};
// recrs letters, as the classic form used them (recrs=ab is "recruiting and not yet recruiting").
const CLASSIC_STATUS: Record<string, Status> = {
  a: "RECRUITING",
  b: "NOT_YET_RECRUITING",
  c: "AVAILABLE",
  d: "ACTIVE_NOT_RECRUITING",
  e: "COMPLETED",
  f: "ENROLLING_BY_INVITATION",
  g: "SUSPENDED",
  h: "TERMINATED",
  i: "WITHDRAWN",
  j: "NO_LONGER_AVAILABLE",
  k: "TEMPORARILY_NOT_AVAILABLE",
  l: "APPROVED_FOR_MARKETING",
  m: "UNKNOWN",
};
// 0 is Early Phase 1 on the website; it has no key for "not applicable" that we know of.
const AGG_PHASE: Record<string, PhaseKey> = { "0": "early", "1": "1", "2": "2", "3": "3", "4": "4" };
const CLASSIC_PHASE: Record<string, PhaseKey> = { "4": "early", "0": "1", "1": "2", "2": "3", "3": "4" };
const AGE_GROUPS: Record<string, AgeGroup> = { child: "child", adult: "adult", older: "older" };
const CLASSIC_AGE: Record<string, AgeGroup> = { "0": "child", "1": "adult", "2": "older" };
const FUNDERS: Record<string, FunderType> = { nih: "nih", fed: "fed", industry: "industry", other: "other" };
const CLASSIC_FUNDER: Record<string, FunderType> = { "0": "nih", "1": "fed", "2": "industry", "3": "other" };
const DOCS: Record<string, DocKey> = { prot: "protocol", sap: "sap", icf: "consent" };
const TYPE_CODES: Record<string, StudyType> = { int: "INTERVENTIONAL", obs: "OBSERVATIONAL", exp: "EXPANDED_ACCESS" };
const SEXES: Record<string, SexFilter> = { f: "FEMALE", m: "MALE" };

/** The note for a sub-type (or the classic PReg) read as its whole study type. */
function widened(param: string, type: StudyType): string {
  if (type === "INTERVENTIONAL") return t`${param} was widened to all interventional studies`;
  if (type === "OBSERVATIONAL") return t`${param} was widened to all observational studies`;
  return t`${param} was widened to all expanded access studies`;
}

/** studyType:int — sub-types (exp_indiv, obs_patreg) widen to their study type, the only level we filter on. */
const readAggStudyType: AggFilter = (keys, draft, bad) => {
  const types = mapKeys(keys, Object.fromEntries(keys.map((k) => [k, TYPE_CODES[k.split("_")[0] ?? ""]])), bad);
  const subTypes = keys.filter((key) => key.includes("_") && TYPE_CODES[key.split("_")[0] ?? ""]);
  if (types.length > 1) bad(keys.join(" "), t`choose one study type here`);
  else if (types[0]) {
    filters(draft).type = types[0];
    if (subTypes.length > 0) note(draft, widened(`aggFilters=studyType:${show(subTypes.join(" "))}`, types[0]));
  }
};

/** type=Intr (Obsr, Expn); PReg (patient registries) widens to all observational studies. */
const readClassicType: Handler = (value, draft, name) => {
  const code = value.trim().toLowerCase();
  const type = { intr: "INTERVENTIONAL", obsr: "OBSERVATIONAL", expn: "EXPANDED_ACCESS", preg: "OBSERVATIONAL" }[code] as StudyType | undefined;
  if (type) filters(draft).type = type;
  else ours("type")(value, draft, name);
  if (code === "preg") note(draft, widened(`${show(name)}=${show(value)}`, "OBSERVATIONAL"));
};

/** fund=2 (fund=02: several); our funder filter holds one type. */
const readClassicFunder = codes(CLASSIC_FUNDER, (draft, types, value, name) => {
  if (types.length > 1) note(draft, ignored(name, value, t`choose one funder type here`));
  else if (types[0]) filters(draft).funder = types[0];
});

/** One end of a classic date range, MM/DD/YYYY; a range whose ends are the wrong way round is dropped. */
const classicDate =
  (key: DateKey, end: "from" | "to"): Handler =>
  (value, draft, name) => {
    if (value.trim() === "") return;
    const parts = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(value);
    const day = parts && isoDay(`${parts[3]}-${parts[1]?.padStart(2, "0")}-${parts[2]?.padStart(2, "0")}`);
    if (!day) return note(draft, ignored(name, value, t`dates were MM/DD/YYYY`));
    const range = { ...filters(draft)[key], [end]: day };
    if (range.from && range.to && range.from > range.to) return note(draft, ignored(name, value, t`the range ends before it starts`));
    filters(draft)[key] = range;
  };

const dates = (key: DateKey, website: string, classic?: string): Spelling => ({
  website: { [website]: ours(key) },
  ...(classic && { classic: { [`${classic}_s`]: classicDate(key, "from"), [`${classic}_e`]: classicDate(key, "to") } }),
});

const onlyWithResults = () => t`only studies with results can be chosen here`;

export const SPELLINGS: Record<FilterKey, Spelling> = {
  status: { agg: ["status", list("status", AGG_STATUS)], classic: { recrs: codes(CLASSIC_STATUS, append("status")) } },
  phase: {
    agg: ["phase", list("phase", AGG_PHASE)],
    // phase=0&phase=1, or phase=01 as classic RSS links wrote it
    classic: { phase: codes(CLASSIC_PHASE, append("phase"), () => t`the old registry site's phases were 0 to 4`) },
  },
  type: { agg: ["studytype", readAggStudyType], classic: { type: readClassicType } },
  age: { website: { agerange: (value, draft, name) => value.trim() && note(draft, ignored(name, value, t`enter one age in years instead`)) }, classic: { age_v: ours("age") } },
  agegroup: {
    agg: ["ages", list("agegroup", AGE_GROUPS)],
    classic: { age: codes(CLASSIC_AGE, append("agegroup"), () => t`the old registry site's age groups were 0 (child), 1 (adult) and 2 (older adult)`) },
  },
  sex: { agg: ["sex", single("sex", SEXES, () => t`choose one sex here, or none for everyone`)], classic: { gndr: ours("sex") } },
  healthy: { agg: ["healthy", yes("healthy", "y")], classic: { hlth: classicYes("y", (d) => (filters(d).healthy = true), () => t`use hlth=Y for studies that accept healthy volunteers`) } },
  results: {
    agg: ["results", yes("results", "with", { without: onlyWithResults })],
    classic: { rslt: classicYes("with", (d) => (filters(d).results = true), onlyWithResults) },
  },
  funder: { agg: ["fundertype", single("funder", FUNDERS, () => t`choose one funder type here`)], classic: { fund: readClassicFunder } },
  docs: {
    agg: ["docs", list("docs", DOCS)],
    classic: Object.fromEntries(
      Object.entries(DOCS).map(([code, doc]) => [`u_${code}`, classicYes("y", (d) => append("docs")(d, [doc]), () => t`use u_${code}=Y`)]),
    ),
  },
  startdate: dates("startdate", "start", "strd"),
  primarycompletion: dates("primarycompletion", "primcomp", "prcd"),
  // The classic site had no study completion date parameter.
  completion: dates("completion", "studycomp"),
  firstposted: dates("firstposted", "firstpost", "sfpd"),
  resultsposted: dates("resultsposted", "resfirstpost", "rfpd"),
  lastupdated: dates("lastupdated", "lastupdpost", "lupd"),
};
