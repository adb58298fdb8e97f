import type { Study } from "../../api/types";
import type { components } from "../../api/schema";
import type { GlossaryKey } from "../../components/glossary/glossary";
import { formatAge, parseAge } from "../../lib/ages";

// "What taking part involves", derived from the record alone. Each fact carries the registry values it
// rests on and one plain sentence; a fact the record cannot support is left out rather than guessed.

type Schemas = components["schemas"];
type ArmGroupType = Schemas["ArmGroupType"];

export type ParticipationFact = { label: string; term?: GlossaryKey; text: string } & (
  | { kind: "observational" }
  | { kind: "expanded-access"; types: ("individual" | "intermediate" | "treatment")[] }
  | { kind: "randomized"; randomized: boolean }
  | { kind: "groups"; count?: number; model?: Schemas["InterventionalAssignment"] }
  | { kind: "placebo"; comparator: "placebo" | "sham"; arms: number; totalArms: number; chance?: { in: number; of: number } }
  | { kind: "masking"; masking: Schemas["DesignMasking"]; whoMasked: Schemas["WhoMasked"][] }
  | { kind: "duration"; source: "target-duration" | "primary-outcome"; duration: string }
  | { kind: "time-perspective"; perspective: Schemas["DesignTimePerspective"] }
  | { kind: "expanded-access-also"; nctId?: string }
);

const TEXT = {
  observational: "You will not be given a treatment by the study. Researchers observe and record what happens to the people taking part.",
  expandedAccess: "This is not a clinical trial: it is a way to get a treatment that is not yet approved, usually through your own doctor.",
  randomized: "Yes. Chance decides which group you join; neither you nor your doctor chooses.",
  notRandomized: "No. Groups are not assigned by chance.",
  openLabel: "None. Everyone knows which treatment you get (open label).",
  alsoExpandedAccess: "The treatment may also be available through expanded access.",
};

export function deriveParticipation(study: Study): ParticipationFact[] {
  const protocol = study.protocolSection;
  const design = protocol?.designModule;
  const info = design?.designInfo;
  const arms = protocol?.armsInterventionsModule?.armGroups ?? [];
  const facts: ParticipationFact[] = [];
  const add = (fact: ParticipationFact | undefined) => fact && facts.push(fact);

  if (design?.studyType === "OBSERVATIONAL") {
    add({ kind: "observational", label: "Treatment", term: "observational", text: TEXT.observational });
  }
  if (design?.studyType === "EXPANDED_ACCESS") add(expandedAccess(design.expandedAccessTypes));
  if (info?.allocation === "RANDOMIZED" || info?.allocation === "NON_RANDOMIZED") {
    const randomized = info.allocation === "RANDOMIZED";
    const text = randomized ? TEXT.randomized : TEXT.notRandomized;
    add({ kind: "randomized", randomized, label: "Randomized", term: "randomized", text });
  }
  add(groups(arms.length, info?.interventionModel, design?.studyType === "OBSERVATIONAL"));
  add(placebo(arms.map((arm) => arm.type), info?.allocation === "RANDOMIZED" && info.interventionModel === "PARALLEL"));
  add(masking(info?.maskingInfo));
  add(duration(design?.targetDuration, protocol?.outcomesModule?.primaryOutcomes?.map((o) => o.timeFrame)));
  add(timePerspective(info?.timePerspective));
  const access = protocol?.statusModule?.expandedAccessInfo;
  if (access?.hasExpandedAccess && design?.studyType !== "EXPANDED_ACCESS") {
    const label = "If you cannot join";
    add({ kind: "expanded-access-also", nctId: access.nctId, label, term: "expanded access", text: TEXT.alsoExpandedAccess });
  }
  return facts;
}

function expandedAccess(types: Schemas["ExpandedAccessTypes"] | undefined): ParticipationFact {
  const list = (["individual", "intermediate", "treatment"] as const).filter((t) => types?.[t]);
  const who = { individual: "one patient at a time", intermediate: "small groups of patients", treatment: "large groups of patients" };
  const forWhom = list.length ? ` It is offered to ${joinWords(list.map((t) => who[t]), "and")}.` : "";
  const text = `${TEXT.expandedAccess}${forWhom}`;
  return { kind: "expanded-access", types: [...list], label: "Expanded access", term: "expanded access", text };
}

const MODEL_TEXT: Record<Model, string> = {
  SINGLE_GROUP: "Everyone gets the same treatment.",
  PARALLEL: "Each person stays in one group for the whole study.",
  CROSSOVER: "Everyone gets the treatments one after the other, switching groups during the study (crossover).",
  FACTORIAL: "Groups get different combinations of the treatments being tested.",
  SEQUENTIAL: "Groups take part one after the other.",
};

type Model = Schemas["InterventionalAssignment"];

function groups(count: number, model: Model | undefined, observational: boolean): ParticipationFact | undefined {
  if (count === 0 && !model) return undefined;
  const counted = count > 0 ? `${count} ${count === 1 ? "group" : "groups"}.` : "";
  // When the model contradicts the arm count ("single group" with 4 arms in NCT04207047, "parallel" with
  // 1 arm in NCT00405041) only the count is said.
  const fits = model === "SINGLE_GROUP" ? count <= 1 : count !== 1;
  const modelText = model && fits ? MODEL_TEXT[model] : "";
  const text = [counted, modelText].filter(Boolean).join(" ");
  if (!text) return undefined;
  const term: GlossaryKey = observational ? "cohort" : model === "CROSSOVER" ? "crossover" : "arm";
  return { kind: "groups", label: "Groups", term, text, ...(count > 0 && { count }), ...(model && { model }) };
}

function placebo(types: (ArmGroupType | undefined)[], chanceIsKnown: boolean): ParticipationFact | undefined {
  const placebos = types.filter((t) => t === "PLACEBO_COMPARATOR").length;
  const shams = types.filter((t) => t === "SHAM_COMPARATOR").length;
  const arms = placebos + shams;
  if (arms === 0) return undefined;
  const comparator = placebos >= shams ? "placebo" : "sham";
  const both = placebos > 0 && shams > 0;
  const what = both ? "a placebo or sham" : comparator === "placebo" ? "a placebo (a dummy treatment)" : "a sham (a fake procedure)";
  const total = types.length;
  const share =
    arms < total ? `${arms} of the ${total} groups ${arms === 1 ? "gets" : "get"}`
    : total === 1 ? "The study's only group gets"
    : "Every group gets";
  // Chance only when a random draw puts each person in one group: about (placebo groups) in (groups).
  const chance = chanceIsKnown && arms < total ? reduce(arms, total) : undefined;
  const chanceText = chance ? ` If you join, your chance of getting it is about ${chance.in} in ${chance.of}.` : "";
  return {
    kind: "placebo",
    comparator,
    arms,
    totalArms: total,
    ...(chance && { chance }),
    label: both ? "Placebo or sham" : comparator === "placebo" ? "Placebo" : "Sham",
    term: comparator,
    text: `Possible. ${share} ${what}.${chanceText}`,
  };
}

function reduce(a: number, b: number): { in: number; of: number } {
  const gcd = (x: number, y: number): number => (y === 0 ? x : gcd(y, x % y));
  const d = gcd(a, b);
  return { in: a / d, of: b / d };
}

type Other = Exclude<Schemas["WhoMasked"], "PARTICIPANT">;
const WHO: Record<Other, string> = {
  CARE_PROVIDER: "your care providers",
  INVESTIGATOR: "the researchers",
  OUTCOMES_ASSESSOR: "the people who measure the results",
};

function masking(block: Schemas["MaskingBlock"] | undefined): ParticipationFact | undefined {
  const level = block?.masking;
  if (!level) return undefined;
  const whoMasked = [...new Set(block.whoMasked ?? [])];
  const fact = { kind: "masking" as const, masking: level, whoMasked, label: "Masking" };
  if (level === "NONE") return { ...fact, term: "open label", text: TEXT.openLabel };
  const others = whoMasked.filter((w): w is Other => w !== "PARTICIPANT").map((w) => WHO[w]);
  let text: string;
  if (whoMasked.includes("PARTICIPANT")) {
    const either = others.length ? ` ${capitalise(joinWords(others, "and"))} will not know either.` : "";
    text = `You will not know which group you are in.${either}`;
  } else if (others.length) {
    text = `You will know which group you are in, but ${joinWords(others, "and")} will not.`;
  } else {
    text = "Some of the people involved will not know who gets which treatment.";
  }
  return { ...fact, term: "masking", text };
}

// The registry's own template phrase: "Through study completion, an average of 1 year".
const STUDY_COMPLETION = /study completion,?\s+an average of\s+(\d+(?:\.\d+)?)\s*(day|week|month|year)s?\.?\s*$/i;

function duration(targetDuration: string | undefined, timeFrames: (string | undefined)[] = []): ParticipationFact | undefined {
  const target = parseAge(targetDuration);
  if (target) {
    const text = `Each person is expected to be followed for ${formatAge(target)}.`;
    return { kind: "duration", source: "target-duration", duration: formatAge(target), label: "How long", text };
  }
  // Outcome time frames usually say when something is measured, not how long taking part lasts; only
  // the "through study completion" phrase states a length, and only if the outcomes using it agree.
  const stated = new Set<string>();
  for (const frame of timeFrames) {
    const match = frame && STUDY_COMPLETION.exec(frame.trim());
    const length = match ? parseAge(`${match[1]} ${match[2]}`) : undefined;
    if (length) stated.add(formatAge(length));
  }
  if (stated.size !== 1) return undefined;
  const [length = ""] = stated;
  const text = `About ${length} on average, until the study is completed.`;
  return { kind: "duration", source: "primary-outcome", duration: length, label: "How long", text };
}

function timePerspective(perspective: Schemas["DesignTimePerspective"] | undefined): ParticipationFact | undefined {
  const text = {
    PROSPECTIVE: "Information is collected from now on, as time goes by.",
    RETROSPECTIVE: "The study looks back at information that was collected in the past.",
    CROSS_SECTIONAL: "Information is collected once, at one point in time.",
  };
  if (!perspective || perspective === "OTHER") return undefined;
  return { kind: "time-perspective", perspective, label: "When information is collected", text: text[perspective] };
}

function joinWords(words: string[], conjunction: string): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} ${conjunction} ${words.at(-1)}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
