// aggFilters=phase:2 3,status:rec,... — the website's facet codes. Keys inside one filter are
// OR-ed, filters are AND-ed. Like the real API, an unknown option key silently matches nothing
// (200 with 0 hits), while an unknown filter id is a 400.
import type { Corpus } from "./corpus.ts";
import { badRequest } from "./errors.ts";
import { splitList } from "./filters.ts";
import type { StudyPredicate } from "./filters.ts";
import type { StudyRecord } from "./study.ts";
import { valueAt, valuesAt } from "./study.ts";

type KeyTest = (study: StudyRecord) => boolean;

const PS = "protocolSection";
const strings = (study: StudyRecord, ...path: string[]): string[] => valuesAt(study, path).map(String);
const one = (study: StudyRecord, ...path: string[]): string => String(valueAt(study, path));

const phases = (s: StudyRecord) => strings(s, PS, "designModule", "phases");
const status = (s: StudyRecord) => one(s, PS, "statusModule", "overallStatus");
const studyType = (s: StudyRecord) => one(s, PS, "designModule", "studyType");
const sex = (s: StudyRecord) => one(s, PS, "eligibilityModule", "sex");
const stdAges = (s: StudyRecord) => strings(s, PS, "eligibilityModule", "stdAges");
const funder = (s: StudyRecord) => one(s, PS, "sponsorCollaboratorsModule", "leadSponsor", "class");

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

const lookup = (table: Record<string, string>, key: string): string | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;

/** filter id → (option key → test); undefined test = unknown key = matches nothing. */
const FILTERS: Record<string, (key: string) => KeyTest | undefined> = {
  phase: (key) => {
    const phase = lookup(PHASE_CODES, key.toLowerCase());
    return phase ? (s) => phases(s).includes(phase) : undefined;
  },
  status: (key) => {
    const value = lookup(STATUS_CODES, key);
    return value ? (s) => status(s) === value : undefined;
  },
  studyType: (key) => {
    const value = lookup(TYPE_CODES, key.toLowerCase());
    return value ? (s) => studyType(s) === value : undefined;
  },
  sex: (key) => {
    const wanted = key === "f" ? ["FEMALE", "ALL"] : key === "m" ? ["MALE", "ALL"] : key === "all" ? ["ALL"] : undefined;
    return wanted ? (s) => wanted.includes(sex(s)) : undefined;
  },
  healthy: (key) => (key === "y" ? (s) => valueAt(s, [PS, "eligibilityModule", "healthyVolunteers"]) === true : undefined),
  results: (key) =>
    key === "with" ? (s) => s.hasResults === true : key === "without" ? (s) => s.hasResults !== true : undefined,
  ages: (key) => {
    const age = lookup(AGE_CODES, key);
    return age ? (s) => stdAges(s).includes(age) : undefined;
  },
  funderType: (key) => {
    if (key === "other") return (s) => !["NIH", "FED", "INDUSTRY"].includes(funder(s));
    const value = lookup(FUNDER_CODES, key);
    return value ? (s) => funder(s) === value : undefined;
  },
};

export function aggFilter(corpus: Corpus, raw: string): StudyPredicate {
  const tests: KeyTest[][] = [];
  for (const item of splitList(raw)) {
    const colon = item.indexOf(":");
    const id = colon < 0 ? item : item.slice(0, colon);
    const build = Object.hasOwn(FILTERS, id) ? FILTERS[id] : undefined;
    if (colon < 0 || !build) throw badRequest(`Invalid value in parameter \`aggFilters\`: unknown filter \`${item}\``);
    const keys = item.slice(colon + 1).split(/\s+/).filter((k) => k !== "");
    tests.push(keys.map((k) => build(k) ?? (() => false)));
  }
  return (i) => {
    const study = corpus.studies[i];
    return study !== undefined && tests.every((anyOf) => anyOf.some((test) => test(study)));
  };
}
