import { t, plural } from "@lingui/core/macro";
import type { components } from "../../api/schema";
import type { GlossaryKey } from "../../components/glossary/glossary";
import { formatCount } from "../../lib/format-count";

// Study-design vocabulary in plain words. Each value has a short label and `explain`, the rest of one
// plain sentence that reads after a colon: "Randomized: a computer decides by chance which group you join."
// `term` is the glossary entry the label links to. Each table is a function: its words are looked up in
// the language active when it is read.
type S = components["schemas"];
export type Explained = { label: string; explain: string; term?: GlossaryKey };
type Table<K extends string> = () => Readonly<Record<K, Explained>>;
const x = (label: string, explain: string, term?: GlossaryKey): Explained => ({ label, explain, term });

// Labels for phases come from registry-labels (phaseLabel); these are the sentences that explain them.
export const PHASE_EXPLAIN = (): Readonly<Record<S["Phase"], string>> => ({
  EARLY_PHASE1: t`a very small first test in people, with tiny doses, before phase 1.`,
  PHASE1: t`the first tests in a small group of people, mainly to check safety and find the right dose.`,
  PHASE2: t`tests in a larger group, to see whether the treatment works and to check its safety further.`,
  PHASE3: t`large tests that compare the treatment with standard care or a placebo, often the last step before approval.`,
  PHASE4: t`tests after the treatment is approved, to learn more about its long-term benefits and risks.`,
  NA: t`phases describe drug trials; this study (for example of a device or a behaviour) has none.`,
});

export const ALLOCATION: Table<S["DesignAllocation"]> = () => ({
  RANDOMIZED: x(t`Randomized`, t`a computer decides by chance which group you join.`, "randomized"),
  NON_RANDOMIZED: x(t`Not randomized`, t`the study team decides which group you join in another way, for example by when you join; it is not left to chance.`),
  NA: x(t`Not applicable`, t`there is only one group, so nobody is assigned to a group.`),
});

export const INTERVENTION_MODEL: Table<S["InterventionalAssignment"]> = () => ({
  SINGLE_GROUP: x(t`Single group`, t`everyone in the study gets the same intervention.`),
  PARALLEL: x(t`Parallel groups`, t`each group gets a different intervention at the same time, and you stay in one group for the whole study.`),
  CROSSOVER: x(t`Crossover`, t`you get one intervention and then switch to another, so you try more than one during the study.`, "crossover"),
  FACTORIAL: x(t`Factorial`, t`two or more interventions are tested at once in different combinations, so you may get one, several or none of them.`),
  SEQUENTIAL: x(t`Sequential`, t`groups join one after another (often at higher doses), and each group's results guide the next.`),
});

export const MASKING: Table<S["DesignMasking"]> = () => ({
  NONE: x(t`Open label`, t`everyone, including you and the study team, knows which intervention you get.`, "open label"),
  SINGLE: x(t`Single-blind`, t`one party in the study does not know which group you are in.`, "single-blind"),
  DOUBLE: x(t`Double-blind`, t`two parties in the study do not know which group you are in.`, "double-blind"),
  TRIPLE: x(t`Triple-blind`, t`three parties in the study do not know which group you are in.`),
  QUADRUPLE: x(t`Quadruple-blind`, t`four parties in the study do not know which group you are in.`),
});

/** ["PARTICIPANT","INVESTIGATOR"] → "You and the researchers running the study won't know which group you are in." */
export function whoMaskedSentence(who: readonly S["WhoMasked"][] | undefined): string | undefined {
  // Who is masked, as the subject of "… won't know which group you are in". Order = the sentence's order.
  const words: Record<S["WhoMasked"], string> = {
    PARTICIPANT: t`you`,
    CARE_PROVIDER: t`the doctors and nurses treating you`,
    INVESTIGATOR: t`the researchers running the study`,
    OUTCOMES_ASSESSOR: t`the people who measure the results`,
  };
  const parts = (Object.keys(words) as S["WhoMasked"][]).filter((key) => who?.includes(key)).map((key) => words[key]);
  if (parts.length === 0) return undefined;
  const list = joinAnd(parts);
  const count = parts.length;
  return capitalise(plural(count, { one: `${list} won't know which group you are in.`, other: `${list} won't know which group you are in.` }));
}

/** ["a", "b", "c"] → "a, b and c". */
export function joinAnd(words: readonly string[]): string {
  if (words.length <= 1) return words.join("");
  const rest = words.slice(0, -1).join(", ");
  const last = words.at(-1) ?? "";
  return t`${rest} and ${last}`;
}

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const PRIMARY_PURPOSE: Table<S["PrimaryPurpose"]> = () => ({
  TREATMENT: x(t`Treatment`, t`to test ways to treat a disease or condition.`),
  PREVENTION: x(t`Prevention`, t`to test ways to stop a disease or condition from starting or coming back.`),
  DIAGNOSTIC: x(t`Diagnosis`, t`to test ways to find out whether someone has a disease or condition.`),
  ECT: x(t`Education, counselling or training`, t`to test ways of teaching, counselling or training people.`),
  SUPPORTIVE_CARE: x(t`Supportive care`, t`to make people more comfortable, for example by easing symptoms or side effects.`),
  SCREENING: x(t`Screening`, t`to test ways to find a disease early, in people who have no symptoms yet.`),
  HEALTH_SERVICES_RESEARCH: x(t`Health services research`, t`to study how health care is organised, delivered or paid for.`),
  BASIC_SCIENCE: x(t`Basic science`, t`to learn how the body or a disease works, not to test a treatment.`),
  DEVICE_FEASIBILITY: x(t`Device feasibility`, t`a small early test of whether a new device works well enough to study further.`),
  OTHER: x(t`Other`, t`a purpose outside the registry's standard list.`),
});

export const OBSERVATIONAL_MODEL: Table<S["ObservationalModel"]> = () => ({
  COHORT: x(t`Cohort`, t`a group of people who share something, such as a condition or a treatment, is followed over time.`, "cohort"),
  CASE_CONTROL: x(t`Case-control`, t`people who have a condition are compared with similar people who do not.`),
  CASE_ONLY: x(t`Case only`, t`only people who have the condition are studied, with no comparison group.`),
  CASE_CROSSOVER: x(t`Case-crossover`, t`each person is compared with themselves: the time just before an event against other times.`),
  ECOLOGIC_OR_COMMUNITY: x(t`Ecologic or community`, t`whole communities or populations are studied rather than individual people.`),
  FAMILY_BASED: x(t`Family-based`, t`families are studied, often to learn how a condition runs in families.`),
  DEFINED_POPULATION: x(t`Defined population`, t`everyone in a defined group, such as a region or a health plan, is studied.`),
  NATURAL_HISTORY: x(t`Natural history`, t`researchers follow how a condition develops over time, without testing a treatment.`),
  OTHER: x(t`Other`, t`a design outside the registry's standard list.`),
});

export const TIME_PERSPECTIVE: Table<S["DesignTimePerspective"]> = () => ({
  RETROSPECTIVE: x(t`Retrospective`, t`looks back at information already recorded, such as medical records.`),
  PROSPECTIVE: x(t`Prospective`, t`follows people forward in time and records what happens.`),
  CROSS_SECTIONAL: x(t`Cross-sectional`, t`looks at people once, at a single point in time.`),
  OTHER: x(t`Other`, t`a time frame outside the registry's standard list.`),
});

export const SAMPLING_METHOD: Table<S["SamplingMethod"]> = () => ({
  PROBABILITY_SAMPLE: x(t`Probability sample`, t`participants are picked at random from the group being studied.`),
  NON_PROBABILITY_SAMPLE: x(t`Non-probability sample`, t`participants are chosen another way, for example from patients at the study clinics.`),
});

export const BIOSPEC_RETENTION: Table<S["BioSpecRetention"]> = () => ({
  NONE_RETAINED: x(t`No samples kept`, t`samples such as blood or tissue are not stored after testing.`),
  SAMPLES_WITH_DNA: x(t`Samples with DNA kept`, t`samples such as blood or tissue are stored, and they contain DNA.`),
  SAMPLES_WITHOUT_DNA: x(t`Samples without DNA kept`, t`samples are stored, but they contain no DNA (for example blood serum or urine).`),
});

export const ARM_GROUP_TYPE: Table<S["ArmGroupType"]> = () => ({
  EXPERIMENTAL: x(t`Experimental`, t`this group gets the intervention being tested.`),
  ACTIVE_COMPARATOR: x(t`Active comparator`, t`this group gets an existing treatment, to compare with the one being tested.`, "active comparator"),
  PLACEBO_COMPARATOR: x(t`Placebo comparator`, t`this group gets a placebo: a dummy that looks like the real treatment but has no active ingredient.`, "placebo"),
  SHAM_COMPARATOR: x(t`Sham comparator`, t`this group gets a sham: a fake procedure or device that looks like the real one but leaves out the part being tested.`, "sham"),
  NO_INTERVENTION: x(t`No intervention`, t`this group gets no study intervention, for comparison.`),
  OTHER: x(t`Other`, t`a group that does not fit the registry's standard kinds.`),
});

export const INTERVENTION_TYPE: Table<S["InterventionType"]> = () => ({
  DRUG: x(t`Drug`, t`a medicine (this includes placebo pills).`),
  DEVICE: x(t`Device`, t`a medical device, such as an implant, a monitor or an app.`),
  BIOLOGICAL: x(t`Biological`, t`a medicine made from living things, such as a vaccine, an antibody or a blood product.`),
  PROCEDURE: x(t`Procedure`, t`surgery or another hands-on medical procedure.`),
  RADIATION: x(t`Radiation`, t`treatment that uses radiation, such as radiotherapy.`),
  BEHAVIORAL: x(t`Behavioral`, t`a change in what people do, such as exercise, diet, therapy or education.`),
  GENETIC: x(t`Genetic`, t`a treatment or test that works with genes.`),
  DIETARY_SUPPLEMENT: x(t`Dietary supplement`, t`a vitamin, mineral, herb or other supplement.`),
  COMBINATION_PRODUCT: x(t`Combination product`, t`a product that combines a drug, device or biological, such as a pre-filled injection pen.`),
  DIAGNOSTIC_TEST: x(t`Diagnostic test`, t`a test that finds or rules out a disease.`),
  OTHER: x(t`Other`, t`an intervention that does not fit the registry's standard kinds.`),
});

export const ENROLLMENT_TYPE: Table<S["EnrollmentType"]> = () => ({
  ACTUAL: x(t`Actual`, t`the number of people who took part.`),
  ESTIMATED: x(t`Anticipated`, t`the number of people the study team expects to take part; it may change.`),
});

/** Table lookup that tolerates a missing value: explained(MASKING, undefined) → undefined. */
export function explained<K extends string>(table: Table<K>, value: K | undefined): Explained | undefined {
  const words = table();
  return value !== undefined && Object.hasOwn(words, value) ? words[value] : undefined;
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
  if (n === undefined || !Number.isFinite(n) || n < 0 || n === ENROLLMENT_SENTINEL || (n === 0 && info?.type !== "ACTUAL")) return t`Not stated`;
  const count = formatCount(n);
  return info?.type === "ACTUAL"
    ? plural(n, { one: `${count} participant (actual)`, other: `${count} participants (actual)` })
    : info?.type === "ESTIMATED"
      ? plural(n, { one: `${count} participant (anticipated)`, other: `${count} participants (anticipated)` })
      : plural(n, { one: `${count} participant`, other: `${count} participants` });
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
  // The registry writes the type in English whatever our language: "DIETARY_SUPPLEMENT" as "Dietary Supplement".
  const typed = byName.filter((i) => norm(i.type?.replace(/_/g, " ")) === type);
  const candidates = typed.length > 0 ? typed : byName;
  const arm = norm(armLabel);
  return candidates.find((i) => arm && i.armGroupLabels?.some((label) => norm(label) === arm)) ?? candidates[0];
}
