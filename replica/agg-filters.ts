// aggFilters=phase:2 3,status:rec,... — the website's facet codes. Keys inside one filter are
// OR-ed, filters are AND-ed. Like the real API, an unknown option key silently matches nothing
// (200 with 0 hits), while an unknown filter id is a 400. Which record field each filter reads comes
// from the saved field metadata (by piece name), never from a path written here.
import type { Corpus } from "./corpus.ts";
import { badRequest } from "./errors.ts";
import { splitList } from "./filters.ts";
import type { StudyPredicate } from "./filters.ts";
import type { FieldCatalog } from "./metadata.ts";
import { fieldPath } from "./metadata.ts";
import type { StudyRecord } from "./study.ts";
import { valueAt, valuesAt } from "./study.ts";

type KeyTest = (study: StudyRecord) => boolean;
type Read = (study: StudyRecord) => string[];

// The website's option keys (api-facts.md, "aggFilters option keys") → the API's enum values.
const STATUS_CODES: Record<string, string> = {
  rec: "RECRUITING", not: "NOT_YET_RECRUITING", act: "ACTIVE_NOT_RECRUITING", com: "COMPLETED",
  ter: "TERMINATED", enr: "ENROLLING_BY_INVITATION", sus: "SUSPENDED", wit: "WITHDRAWN", unk: "UNKNOWN",
  ava: "AVAILABLE", nla: "NO_LONGER_AVAILABLE", tna: "TEMPORARILY_NOT_AVAILABLE", afm: "APPROVED_FOR_MARKETING",
  whd: "WITHHELD",
};
const PHASE_CODES: Record<string, string> = {
  "0": "EARLY_PHASE1", "1": "PHASE1", "2": "PHASE2", "3": "PHASE3", "4": "PHASE4", na: "NA",
};
const TYPE_CODES: Record<string, string> = {
  int: "INTERVENTIONAL", obs: "OBSERVATIONAL", exp: "EXPANDED_ACCESS",
  interventional: "INTERVENTIONAL", observational: "OBSERVATIONAL", expanded_access: "EXPANDED_ACCESS",
};
const AGE_CODES: Record<string, string> = { child: "CHILD", adult: "ADULT", older: "OLDER_ADULT" };
const FUNDER_CODES: Record<string, string> = { nih: "NIH", fed: "FED", industry: "INDUSTRY" };
const SEX_CODES: Record<string, readonly string[]> = { f: ["FEMALE", "ALL"], m: ["MALE", "ALL"], all: ["ALL"] };

const lookup = <T>(table: Record<string, T>, key: string): T | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;

/** A test that some value of the field is one of `wanted`; undefined (no such key) matches nothing. */
const anyOf = (read: Read, wanted: readonly string[] | string | undefined): KeyTest | undefined => {
  if (wanted === undefined) return undefined;
  const set = new Set(typeof wanted === "string" ? [wanted] : wanted);
  return (s) => read(s).some((value) => set.has(value));
};

type FilterBuilder = (key: string) => KeyTest | undefined;

/** filter id → (option key → test), each reading its field by piece name. */
function buildFilters(catalog: FieldCatalog): Record<string, FilterBuilder> {
  const reader = (piece: string): Read => {
    const path = fieldPath(catalog, piece);
    return (s) => valuesAt(s, path).map(String);
  };
  const phases = reader("Phase");
  const status = reader("OverallStatus");
  const studyType = reader("StudyType");
  const sex = reader("Sex");
  const stdAges = reader("StdAge");
  const funder = reader("LeadSponsorClass");
  const healthyPath = fieldPath(catalog, "HealthyVolunteers");
  return {
    phase: (key) => anyOf(phases, lookup(PHASE_CODES, key.toLowerCase())),
    status: (key) => anyOf(status, lookup(STATUS_CODES, key)),
    studyType: (key) => anyOf(studyType, lookup(TYPE_CODES, key.toLowerCase())),
    sex: (key) => anyOf(sex, lookup(SEX_CODES, key)),
    healthy: (key) => (key === "y" ? (s) => valueAt(s, healthyPath) === true : undefined),
    results: (key) =>
      key === "with" ? (s) => s.hasResults === true : key === "without" ? (s) => s.hasResults !== true : undefined,
    ages: (key) => anyOf(stdAges, lookup(AGE_CODES, key)),
    funderType: (key) => {
      if (key !== "other") return anyOf(funder, lookup(FUNDER_CODES, key));
      const named = new Set(Object.values(FUNDER_CODES));
      return (s) => !funder(s).some((value) => named.has(value));
    },
  };
}

export function aggFilter(corpus: Corpus, catalog: FieldCatalog, raw: string): StudyPredicate {
  const filters = buildFilters(catalog);
  const tests: KeyTest[][] = [];
  for (const item of splitList(raw)) {
    const colon = item.indexOf(":");
    const id = colon < 0 ? item : item.slice(0, colon);
    const build = lookup(filters, id);
    if (colon < 0 || !build) throw badRequest(`Invalid value in parameter \`aggFilters\`: unknown filter \`${item}\``);
    const keys = item.slice(colon + 1).split(/\s+/).filter((k) => k !== "");
    tests.push(keys.map((k) => build(k) ?? (() => false)));
  }
  return (i) => {
    const study = corpus.studies[i];
    return study !== undefined && tests.every((anyOfKeys) => anyOfKeys.some((test) => test(study)));
  };
}
