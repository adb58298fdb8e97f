import type { components } from "../../api/schema";
import { formatCount } from "../../lib/format-count";

// Study-design vocabulary in plain words. Each value has a short label and `explain`, the rest of one
// plain sentence that reads after a colon: "Randomized: a computer decides by chance which group you join."
type S = components["schemas"];
export type Explained = { label: string; explain: string };
type Table<K extends string> = Readonly<Record<K, Explained>>;
const x = (label: string, explain: string): Explained => ({ label, explain });

// Labels for phases come from registry-labels (phaseLabel); these are the sentences that explain them.
export const PHASE_EXPLAIN: Readonly<Record<S["Phase"], string>> = {
  EARLY_PHASE1: "a very small first test in people, with tiny doses, before phase 1.",
  PHASE1: "the first tests in a small group of people, mainly to check safety and find the right dose.",
  PHASE2: "tests in a larger group, to see whether the treatment works and to check its safety further.",
  PHASE3: "large tests that compare the treatment with standard care or a placebo, often the last step before approval.",
  PHASE4: "tests after the treatment is approved, to learn more about its long-term benefits and risks.",
  NA: "phases describe drug trials; this study (for example of a device or a behaviour) has none.",
};

export const ALLOCATION: Table<S["DesignAllocation"]> = {
  RANDOMIZED: x("Randomized", "a computer decides by chance which group you join."),
  NON_RANDOMIZED: x("Not randomized", "the study team decides which group you join in another way, for example by when you join; it is not left to chance."),
  NA: x("Not applicable", "there is only one group, so nobody is assigned to a group."),
};

export const INTERVENTION_MODEL: Table<S["InterventionalAssignment"]> = {
  SINGLE_GROUP: x("Single group", "everyone in the study gets the same intervention."),
  PARALLEL: x("Parallel groups", "each group gets a different intervention at the same time, and you stay in one group for the whole study."),
  CROSSOVER: x("Crossover", "you get one intervention and then switch to another, so you try more than one during the study."),
  FACTORIAL: x("Factorial", "two or more interventions are tested at once in different combinations, so you may get one, several or none of them."),
  SEQUENTIAL: x("Sequential", "groups join one after another (often at higher doses), and each group's results guide the next."),
};

export const MASKING: Table<S["DesignMasking"]> = {
  NONE: x("Open label", "everyone, including you and the study team, knows which intervention you get."),
  SINGLE: x("Single-blind", "one party in the study does not know which group you are in."),
  DOUBLE: x("Double-blind", "two parties in the study do not know which group you are in."),
  TRIPLE: x("Triple-blind", "three parties in the study do not know which group you are in."),
  QUADRUPLE: x("Quadruple-blind", "four parties in the study do not know which group you are in."),
};

// Who is masked, as the subject of "… won't know which group you are in". Order = the sentence's order.
const WHO: Readonly<Record<S["WhoMasked"], string>> = {
  PARTICIPANT: "you",
  CARE_PROVIDER: "the doctors and nurses treating you",
  INVESTIGATOR: "the researchers running the study",
  OUTCOMES_ASSESSOR: "the people who measure the results",
};

/** ["PARTICIPANT","INVESTIGATOR"] → "You and the researchers running the study won't know which group you are in." */
export function whoMaskedSentence(who: readonly S["WhoMasked"][] | undefined): string | undefined {
  const parts = (Object.keys(WHO) as S["WhoMasked"][]).filter((key) => who?.includes(key)).map((key) => WHO[key]);
  if (parts.length === 0) return undefined;
  const list = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)!}`;
  return `${list.charAt(0).toUpperCase()}${list.slice(1)} won't know which group you are in.`;
}

export const PRIMARY_PURPOSE: Table<S["PrimaryPurpose"]> = {
  TREATMENT: x("Treatment", "to test ways to treat a disease or condition."),
  PREVENTION: x("Prevention", "to test ways to stop a disease or condition from starting or coming back."),
  DIAGNOSTIC: x("Diagnosis", "to test ways to find out whether someone has a disease or condition."),
  ECT: x("Education, counselling or training", "to test ways of teaching, counselling or training people."),
  SUPPORTIVE_CARE: x("Supportive care", "to make people more comfortable, for example by easing symptoms or side effects."),
  SCREENING: x("Screening", "to test ways to find a disease early, in people who have no symptoms yet."),
  HEALTH_SERVICES_RESEARCH: x("Health services research", "to study how health care is organised, delivered or paid for."),
  BASIC_SCIENCE: x("Basic science", "to learn how the body or a disease works, not to test a treatment."),
  DEVICE_FEASIBILITY: x("Device feasibility", "a small early test of whether a new device works well enough to study further."),
  OTHER: x("Other", "a purpose outside the registry's standard list."),
};

export const OBSERVATIONAL_MODEL: Table<S["ObservationalModel"]> = {
  COHORT: x("Cohort", "a group of people who share something, such as a condition or a treatment, is followed over time."),
  CASE_CONTROL: x("Case-control", "people who have a condition are compared with similar people who do not."),
  CASE_ONLY: x("Case only", "only people who have the condition are studied, with no comparison group."),
  CASE_CROSSOVER: x("Case-crossover", "each person is compared with themselves: the time just before an event against other times."),
  ECOLOGIC_OR_COMMUNITY: x("Ecologic or community", "whole communities or populations are studied rather than individual people."),
  FAMILY_BASED: x("Family-based", "families are studied, often to learn how a condition runs in families."),
  DEFINED_POPULATION: x("Defined population", "everyone in a defined group, such as a region or a health plan, is studied."),
  NATURAL_HISTORY: x("Natural history", "researchers follow how a condition develops over time, without testing a treatment."),
  OTHER: x("Other", "a design outside the registry's standard list."),
};

export const TIME_PERSPECTIVE: Table<S["DesignTimePerspective"]> = {
  RETROSPECTIVE: x("Retrospective", "looks back at information already recorded, such as medical records."),
  PROSPECTIVE: x("Prospective", "follows people forward in time and records what happens."),
  CROSS_SECTIONAL: x("Cross-sectional", "looks at people once, at a single point in time."),
  OTHER: x("Other", "a time frame outside the registry's standard list."),
};

export const SAMPLING_METHOD: Table<S["SamplingMethod"]> = {
  PROBABILITY_SAMPLE: x("Probability sample", "participants are picked at random from the group being studied."),
  NON_PROBABILITY_SAMPLE: x("Non-probability sample", "participants are chosen another way, for example from patients at the study clinics."),
};

export const BIOSPEC_RETENTION: Table<S["BioSpecRetention"]> = {
  NONE_RETAINED: x("No samples kept", "samples such as blood or tissue are not stored after testing."),
  SAMPLES_WITH_DNA: x("Samples with DNA kept", "samples such as blood or tissue are stored, and they contain DNA."),
  SAMPLES_WITHOUT_DNA: x("Samples without DNA kept", "samples are stored, but they contain no DNA (for example blood serum or urine)."),
};

export const ARM_GROUP_TYPE: Table<S["ArmGroupType"]> = {
  EXPERIMENTAL: x("Experimental", "this group gets the intervention being tested."),
  ACTIVE_COMPARATOR: x("Active comparator", "this group gets an existing treatment, to compare with the one being tested."),
  PLACEBO_COMPARATOR: x("Placebo comparator", "this group gets a placebo: a dummy that looks like the real treatment but has no active ingredient."),
  SHAM_COMPARATOR: x("Sham comparator", "this group gets a sham: a fake procedure or device that looks like the real one but leaves out the part being tested."),
  NO_INTERVENTION: x("No intervention", "this group gets no study intervention, for comparison."),
  OTHER: x("Other", "a group that does not fit the registry's standard kinds."),
};

export const INTERVENTION_TYPE: Table<S["InterventionType"]> = {
  DRUG: x("Drug", "a medicine (this includes placebo pills)."),
  DEVICE: x("Device", "a medical device, such as an implant, a monitor or an app."),
  BIOLOGICAL: x("Biological", "a medicine made from living things, such as a vaccine, an antibody or a blood product."),
  PROCEDURE: x("Procedure", "surgery or another hands-on medical procedure."),
  RADIATION: x("Radiation", "treatment that uses radiation, such as radiotherapy."),
  BEHAVIORAL: x("Behavioral", "a change in what people do, such as exercise, diet, therapy or education."),
  GENETIC: x("Genetic", "a treatment or test that works with genes."),
  DIETARY_SUPPLEMENT: x("Dietary supplement", "a vitamin, mineral, herb or other supplement."),
  COMBINATION_PRODUCT: x("Combination product", "a product that combines a drug, device or biological, such as a pre-filled injection pen."),
  DIAGNOSTIC_TEST: x("Diagnostic test", "a test that finds or rules out a disease."),
  OTHER: x("Other", "an intervention that does not fit the registry's standard kinds."),
};

export const ENROLLMENT_TYPE: Table<S["EnrollmentType"]> = {
  ACTUAL: x("Actual", "the number of people who took part."),
  ESTIMATED: x("Anticipated", "the number of people the study team expects to take part; it may change."),
};

/** Table lookup that tolerates a missing value: explained(MASKING, undefined) → undefined. */
export function explained<K extends string>(table: Table<K>, value: K | undefined): Explained | undefined {
  return value !== undefined && Object.hasOwn(table, value) ? table[value] : undefined;
}

/** "Randomized: a computer decides by chance which group you join." */
export function sentence(item: Explained): string {
  return `${item.label}: ${item.explain}`;
}

/** The registry's "unknown" enrollment count. */
export const ENROLLMENT_SENTINEL = 99999999;

/**
 * 1234 ACTUAL → "1,234 participants (actual)"; ESTIMATED → "(anticipated)". The sentinel, missing,
 * non-finite or negative counts read "Not stated", as does 0 unless it is an actual count (an
 * anticipated 0 is a placeholder, an actual 0 means nobody joined).
 */
export function formatEnrollment(info: S["EnrollmentInfo"] | undefined): string {
  const n = info?.count;
  if (n === undefined || !Number.isFinite(n) || n < 0 || n === ENROLLMENT_SENTINEL) return "Not stated";
  if (n === 0 && info?.type !== "ACTUAL") return "Not stated";
  const kind = explained(ENROLLMENT_TYPE, info?.type);
  return `${formatCount(n)} ${n === 1 ? "participant" : "participants"}${kind ? ` (${kind.label.toLowerCase()})` : ""}`;
}

// Arm groups name their interventions as "Type: Name" ("Drug: Palbociclib", "Dietary Supplement: X").
type Intervention = S["Intervention"];
const norm = (s: string | undefined) => (s ?? "").trim().replace(/\s+/g, " ").toLowerCase();

/**
 * The intervention an arm's "Type: Name" refers to: same type and name, then the name alone. Records may
 * list one name twice (NCT01589588: an active and a placebo "Carnét oxygen demand valve"); then the one
 * given to `armLabel` wins.
 */
export function findIntervention(ref: string, interventions: readonly Intervention[], armLabel?: string): Intervention | undefined {
  const colon = ref.indexOf(":");
  const type = colon < 0 ? "" : norm(ref.slice(0, colon));
  const name = norm(colon < 0 ? ref : ref.slice(colon + 1));
  const byName = interventions.filter((i) => norm(i.name) === name);
  const typed = byName.filter((i) => norm(explained(INTERVENTION_TYPE, i.type)?.label) === type);
  const candidates = typed.length > 0 ? typed : byName;
  const arm = norm(armLabel);
  return candidates.find((i) => arm && i.armGroupLabels?.some((label) => norm(label) === arm)) ?? candidates[0];
}
