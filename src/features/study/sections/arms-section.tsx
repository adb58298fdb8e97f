import type { components } from "../../../api/schema";
import type { Study } from "../../../api/types";
import { GlossaryTerm } from "../../../components/glossary/glossary-term";
import { Markdown } from "../../../components/markdown/markdown";
import { ARM_GROUP_TYPE, INTERVENTION_TYPE, explained, findIntervention, type Explained } from "../design-labels";
import { Said } from "./design-section";
import type { SectionSpec } from "./section-spec";

type ArmGroup = components["schemas"]["ArmGroup"];
type Intervention = components["schemas"]["Intervention"];

const clean = (items: readonly string[] | undefined) => (items ?? []).map((s) => s.trim()).filter(Boolean);
const text = (s: string | undefined) => s?.trim() || undefined;

function parts(study: Study) {
  const module = study.protocolSection?.armsInterventionsModule;
  return { arms: module?.armGroups ?? [], interventions: module?.interventions ?? [] };
}

/** Arm groups, then the interventions; either list may be missing (old records often have no arms). */
function ArmsSection({ study }: { study: Study }) {
  const { arms, interventions } = parts(study);
  return (
    <>
      {arms.length > 0 && (
        <div className="space-y-3">
          <h3 id="arms-groups" className="text-xl font-semibold">
            {arms.length === 1 ? "The study group" : `The ${arms.length} study groups`} (
            <GlossaryTerm term="arm">{arms.length === 1 ? "arm" : "arms"}</GlossaryTerm>)
          </h3>
          <ul aria-labelledby="arms-groups" className="space-y-3">
            {arms.map((arm, i) => (
              <ArmItem key={i} arm={arm} interventions={interventions} />
            ))}
          </ul>
        </div>
      )}
      {interventions.length > 0 && (
        <div className="space-y-3">
          <h3 id="arms-interventions" className="text-xl font-semibold">
            {interventions.length === 1 ? "The intervention" : `The ${interventions.length} interventions`}
          </h3>
          <ul aria-labelledby="arms-interventions" className="space-y-3">
            {interventions.map((intervention, i) => (
              <InterventionItem key={i} intervention={intervention} />
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

function ArmItem({ arm, interventions }: { arm: ArmGroup; interventions: readonly Intervention[] }) {
  const description = text(arm.description);
  const refs = clean(arm.interventionNames);
  return (
    <li className="space-y-2 rounded-lg border border-line p-4">
      <h4 className="font-semibold">{text(arm.label) ?? <span className="text-muted">Unnamed group</span>}</h4>
      <Kind item={explained(ARM_GROUP_TYPE, arm.type)} />
      {description && <Markdown text={description} />}
      {refs.length > 0 && (
        <div>
          <p className="font-medium">What this group receives</p>
          <ul className="list-disc pl-6">
            {refs.map((ref, i) => (
              <li key={i}>{interventionName(ref, interventions, arm.label)}</li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}

/** "Drug: Palbociclib" → "Drug: Palbociclib" in our words when it matches an intervention; else as written. */
function interventionName(ref: string, interventions: readonly Intervention[], armLabel: string | undefined): string {
  const match = findIntervention(ref, interventions, armLabel);
  const name = text(match?.name);
  const type = explained(INTERVENTION_TYPE, match?.type);
  return name && type ? `${type.label}: ${name}` : ref;
}

function InterventionItem({ intervention }: { intervention: Intervention }) {
  const name = text(intervention.name);
  const description = text(intervention.description);
  const otherNames = clean(intervention.otherNames).filter((other) => other !== name);
  const arms = clean(intervention.armGroupLabels);
  return (
    <li className="space-y-2 rounded-lg border border-line p-4">
      <h4 className="font-semibold">{name ?? <span className="text-muted">Unnamed intervention</span>}</h4>
      <Kind item={explained(INTERVENTION_TYPE, intervention.type)} />
      {description && <Markdown text={description} />}
      {otherNames.length > 0 && (
        <p>
          <span className="font-medium">Also known as: </span>
          {otherNames.join(", ")}
        </p>
      )}
      {arms.length > 0 && (
        <p>
          <span className="font-medium">Given to: </span>
          {arms.join("; ")}
        </p>
      )}
    </li>
  );
}

function Kind({ item }: { item: Explained | undefined }) {
  return item ? <Said item={item} /> : null;
}

export const armsSection: SectionSpec = {
  id: "arms",
  title: "Groups and treatments",
  has: (study) => {
    const { arms, interventions } = parts(study);
    return arms.length > 0 || interventions.length > 0;
  },
  Component: ArmsSection,
};
