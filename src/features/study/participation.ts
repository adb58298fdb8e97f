import { t, plural } from "@lingui/core/macro";
import type { Study } from "../../api/types";
import type { components } from "../../api/schema";
import type { GlossaryKey } from "../../components/glossary/glossary";
import { formatAge, parseAge } from "../../lib/ages";
import { formatCount } from "../../lib/format-count";
import { capitalise, joinAnd } from "./design-labels";

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

export function deriveParticipation(study: Study): ParticipationFact[] {
  const protocol = study.protocolSection;
  const design = protocol?.designModule;
  const info = design?.designInfo;
  const arms = protocol?.armsInterventionsModule?.armGroups ?? [];
  const facts: ParticipationFact[] = [];
  const add = (fact: ParticipationFact | undefined) => fact && facts.push(fact);

  if (design?.studyType === "OBSERVATIONAL") {
    const text = t`You will not be given a treatment by the study. Researchers observe and record what happens to the people taking part.`;
    add({ kind: "observational", label: t`Treatment`, term: "observational", text });
  }
  if (design?.studyType === "EXPANDED_ACCESS") add(expandedAccess(design.expandedAccessTypes));
  if (info?.allocation === "RANDOMIZED" || info?.allocation === "NON_RANDOMIZED") {
    const randomized = info.allocation === "RANDOMIZED";
    const text = randomized ? t`Yes. Chance decides which group you join; neither you nor your doctor chooses.` : t`No. Groups are not assigned by chance.`;
    add({ kind: "randomized", randomized, label: t`Randomized`, term: "randomized", text });
  }
  add(groups(arms.length, info?.interventionModel, design?.studyType === "OBSERVATIONAL"));
  add(placebo(arms.map((arm) => arm.type), info?.allocation === "RANDOMIZED" && info.interventionModel === "PARALLEL"));
  add(masking(info?.maskingInfo));
  add(duration(design?.targetDuration, protocol?.outcomesModule?.primaryOutcomes?.map((o) => o.timeFrame)));
  add(timePerspective(info?.timePerspective));
  const access = protocol?.statusModule?.expandedAccessInfo;
  if (access?.hasExpandedAccess && design?.studyType !== "EXPANDED_ACCESS") {
    const text = t`The treatment may also be available through expanded access.`;
    add({ kind: "expanded-access-also", nctId: access.nctId, label: t`If you cannot join`, term: "expanded access", text });
  }
  return facts;
}

function expandedAccess(types: Schemas["ExpandedAccessTypes"] | undefined): ParticipationFact {
  const list = (["individual", "intermediate", "treatment"] as const).filter((type) => types?.[type]);
  const who = { individual: t`one patient at a time`, intermediate: t`small groups of patients`, treatment: t`large groups of patients` };
  const whom = joinAnd(list.map((type) => who[type]));
  const text = t`This is not a clinical trial: it is a way to get a treatment that is not yet approved, usually through your own doctor.`;
  const forWhom = list.length ? ` ${t`It is offered to ${whom}.`}` : "";
  return { kind: "expanded-access", types: [...list], label: t`Expanded access`, term: "expanded access", text: `${text}${forWhom}` };
}

type Model = Schemas["InterventionalAssignment"];

function groups(count: number, model: Model | undefined, observational: boolean): ParticipationFact | undefined {
  if (count === 0 && !model) return undefined;
  const n = formatCount(count);
  const counted = count > 0 ? plural(count, { one: `${n} group.`, other: `${n} groups.` }) : "";
  // When the model contradicts the arm count ("single group" with 4 arms in NCT04207047, "parallel" with
  // 1 arm in NCT00405041) only the count is said.
  const fits = model === "SINGLE_GROUP" ? count <= 1 : count !== 1;
  const modelText =
    model && fits
      ? {
          SINGLE_GROUP: t`Everyone gets the same treatment.`,
          PARALLEL: t`Each person stays in one group for the whole study.`,
          CROSSOVER: t`Everyone gets the treatments one after the other, switching groups during the study (crossover).`,
          FACTORIAL: t`Groups get different combinations of the treatments being tested.`,
          SEQUENTIAL: t`Groups take part one after the other.`,
        }[model]
      : "";
  const text = [counted, modelText].filter(Boolean).join(" ");
  if (!text) return undefined;
  const term: GlossaryKey = observational ? "cohort" : model === "CROSSOVER" ? "crossover" : "arm";
  return { kind: "groups", label: t`Groups`, term, text, ...(count > 0 && { count }), ...(model && { model }) };
}

function placebo(types: (ArmGroupType | undefined)[], chanceIsKnown: boolean): ParticipationFact | undefined {
  const placebos = types.filter((t) => t === "PLACEBO_COMPARATOR").length;
  const shams = types.filter((t) => t === "SHAM_COMPARATOR").length;
  const arms = placebos + shams;
  if (arms === 0) return undefined;
  const comparator = placebos >= shams ? "placebo" : "sham";
  const both = placebos > 0 && shams > 0;
  const what = both ? t`a placebo or sham` : comparator === "placebo" ? t`a placebo (a dummy treatment)` : t`a sham (a fake procedure)`;
  const total = types.length;
  const share =
    arms < total ? plural(arms, { one: `${arms} of the ${total} groups gets`, other: `${arms} of the ${total} groups get` })
    : total === 1 ? t`The study's only group gets`
    : t`Every group gets`;
  // Chance only when a random draw puts each person in one group: about (placebo groups) in (groups).
  const chance = chanceIsKnown && arms < total ? reduce(arms, total) : undefined;
  const chanceIn = chance?.in ?? 0;
  const chanceOf = chance?.of ?? 0;
  const chanceText = chance ? ` ${t`If you join, your chance of getting it is about ${chanceIn} in ${chanceOf}.`}` : "";
  return {
    kind: "placebo",
    comparator,
    arms,
    totalArms: total,
    ...(chance && { chance }),
    label: both ? t`Placebo or sham` : comparator === "placebo" ? t`Placebo` : t`Sham`,
    term: comparator,
    text: `${t`Possible. ${share} ${what}.`}${chanceText}`,
  };
}

function reduce(a: number, b: number): { in: number; of: number } {
  const gcd = (x: number, y: number): number => (y === 0 ? x : gcd(y, x % y));
  const d = gcd(a, b);
  return { in: a / d, of: b / d };
}

type Other = Exclude<Schemas["WhoMasked"], "PARTICIPANT">;

function masking(block: Schemas["MaskingBlock"] | undefined): ParticipationFact | undefined {
  const level = block?.masking;
  if (!level) return undefined;
  const whoMasked = [...new Set(block.whoMasked ?? [])];
  const fact = { kind: "masking" as const, masking: level, whoMasked, label: t`Masking` };
  if (level === "NONE") return { ...fact, term: "open label", text: t`None. Everyone knows which treatment you get (open label).` };
  const words: Record<Other, string> = {
    CARE_PROVIDER: t`your care providers`,
    INVESTIGATOR: t`the researchers`,
    OUTCOMES_ASSESSOR: t`the people who measure the results`,
  };
  const others = whoMasked.filter((w): w is Other => w !== "PARTICIPANT").map((w) => words[w]);
  const count = others.length;
  const who = joinAnd(others);
  let text: string;
  if (whoMasked.includes("PARTICIPANT")) {
    const either = count ? ` ${capitalise(plural(count, { one: `${who} will not know either.`, other: `${who} will not know either.` }))}` : "";
    text = `${t`You will not know which group you are in.`}${either}`;
  } else if (count) {
    text = plural(count, { one: `You will know which group you are in, but ${who} will not.`, other: `You will know which group you are in, but ${who} will not.` });
  } else {
    text = t`Some of the people involved will not know who gets which treatment.`;
  }
  return { ...fact, term: "masking", text };
}

// The registry's own template phrase: "Through study completion, an average of 1 year".
const STUDY_COMPLETION = /study completion,?\s+an average of\s+(\d+(?:\.\d+)?)\s*(day|week|month|year)s?\.?\s*$/i;

function duration(targetDuration: string | undefined, timeFrames: (string | undefined)[] = []): ParticipationFact | undefined {
  const target = parseAge(targetDuration);
  if (target) {
    const length = formatAge(target);
    const text = t`Each person is expected to be followed for ${length}.`;
    return { kind: "duration", source: "target-duration", duration: length, label: t`How long`, text };
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
  const text = t`About ${length} on average, until the study is completed.`;
  return { kind: "duration", source: "primary-outcome", duration: length, label: t`How long`, text };
}

function timePerspective(perspective: Schemas["DesignTimePerspective"] | undefined): ParticipationFact | undefined {
  if (!perspective || perspective === "OTHER") return undefined;
  const text = {
    PROSPECTIVE: t`Information is collected from now on, as time goes by.`,
    RETROSPECTIVE: t`The study looks back at information that was collected in the past.`,
    CROSS_SECTIONAL: t`Information is collected once, at one point in time.`,
  }[perspective];
  return { kind: "time-perspective", perspective, label: t`When information is collected`, text };
}
