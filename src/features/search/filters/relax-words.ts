// "No studies found": for each filter of the catalogue, the suggestion that drops it, in plain words.
// Typed over the catalogue's keys, so a new filter cannot be added without its wording. Loaded only when a
// search finds nothing (no-results.tsx), never on a first visit.
import { AGE_GROUP_LABEL, DOC_LABEL, FUNDER_LABEL, PHASE_LABEL, SEX_LABEL, TYPE_LABEL, type FilterKey, type FilterValues } from "./catalogue";
import { dateLabel, span, type DateKey } from "./date-ranges";
import { either } from "./filter-def";

type Relax = { [K in FilterKey]: (value: NonNullable<FilterValues[K]>) => string | undefined };

const lower = <K extends string>(labels: Record<K, string>, values: readonly K[]) => either(labels, values).toLowerCase();
const date = (key: DateKey) => (range: NonNullable<FilterValues[DateKey]>) => `Any ${dateLabel(key).toLowerCase()} date, not only ${span(range)}`;

/** The suggestion's words for a filter that narrows the search; undefined when dropping it widens nothing. */
export const RELAX_WORDS: Relax = {
  status: (statuses) => (statuses.length > 0 ? "Include studies of any status" : undefined),
  phase: (phases) => `Any phase, not only ${either(PHASE_LABEL, phases)}`,
  type: (type) => `Any study type, not only ${TYPE_LABEL[type]}`,
  age: (age) => `Any age, not only ${age}`,
  agegroup: (groups) => `Any age group, not only ${lower(AGE_GROUP_LABEL, groups)}`,
  sex: (sex) => `Any sex, not only “${SEX_LABEL[sex]}”`,
  healthy: () => "Also studies that don't take healthy volunteers",
  results: () => "Also studies without posted results",
  funder: (funder) => `Any funder, not only ${FUNDER_LABEL[funder]}`,
  docs: (docs) => `Also studies without a posted ${lower(DOC_LABEL, docs)}`,
  startdate: date("startdate"),
  primarycompletion: date("primarycompletion"),
  completion: date("completion"),
  firstposted: date("firstposted"),
  resultsposted: date("resultsposted"),
  lastupdated: date("lastupdated"),
};

/** The default status (recruiting now or soon) is a filter too: dropping it finds finished studies. */
export const RELAX_DEFAULT_STATUS = "Include studies of any status, also finished ones";
