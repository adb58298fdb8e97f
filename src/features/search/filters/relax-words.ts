// "No studies found": for each filter of the catalogue, the suggestion that drops it, in plain words.
// Typed over the catalogue's keys, so a new filter cannot be added without its wording. Loaded only when a
// search finds nothing (no-results.tsx), never on a first visit.
import { t } from "@lingui/core/macro";
import { AGE_GROUP_LABEL, DOC_LABEL, FUNDER_LABEL, PHASE_LABEL, SEX_LABEL, TYPE_LABEL, type FilterKey, type FilterValues } from "./catalogue";
import { dateLabel, span, type DateKey } from "./date-ranges";
import { either } from "./filter-def";

type Relax = { [K in FilterKey]: (value: NonNullable<FilterValues[K]>) => string | undefined };

const lower = <K extends string>(labels: Record<K, string>, values: readonly K[]) => either(labels, values).toLowerCase();
const date = (key: DateKey) => (range: NonNullable<FilterValues[DateKey]>) => {
  const name = dateLabel(key).toLowerCase();
  const when = span(range);
  return t`Any ${name} date, not only ${when}`;
};

/** The suggestion's words for a filter that narrows the search; undefined when dropping it widens nothing. */
export const RELAX_WORDS: Relax = {
  status: (statuses) => (statuses.length > 0 ? t`Include studies of any status` : undefined),
  phase(phases) {
    const chosen = either(PHASE_LABEL, phases);
    return t`Any phase, not only ${chosen}`;
  },
  type(type) {
    const chosen = TYPE_LABEL[type];
    return t`Any study type, not only ${chosen}`;
  },
  age: (age) => t`Any age, not only ${age}`,
  agegroup(groups) {
    const chosen = lower(AGE_GROUP_LABEL, groups);
    return t`Any age group, not only ${chosen}`;
  },
  sex(sex) {
    const chosen = SEX_LABEL[sex];
    return t`Any sex, not only “${chosen}”`;
  },
  healthy: () => t`Also studies that don't take healthy volunteers`,
  results: () => t`Also studies without posted results`,
  funder(funder) {
    const chosen = FUNDER_LABEL[funder];
    return t`Any funder, not only ${chosen}`;
  },
  docs(docs) {
    const chosen = lower(DOC_LABEL, docs);
    return t`Also studies without a posted ${chosen}`;
  },
  startdate: date("startdate"),
  primarycompletion: date("primarycompletion"),
  completion: date("completion"),
  firstposted: date("firstposted"),
  resultsposted: date("resultsposted"),
  lastupdated: date("lastupdated"),
};

/** The default status (recruiting now or soon) is a filter too: dropping it finds finished studies. */
export const relaxDefaultStatus = () => t`Include studies of any status, also finished ones`;
