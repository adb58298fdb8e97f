import type { ReactNode } from "react";
import { plural, t } from "@lingui/core/macro";
import { Plural, Trans } from "@lingui/react/macro";
import type { components } from "../../../api/schema";
import type { Study } from "../../../api/types";
import { GlossaryTerm } from "../../../components/glossary/glossary-term";
import { Markdown } from "../../../components/markdown/markdown";
import { formatCount } from "../../../lib/format-count";
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
  const armCount = arms.length;
  const armsCount = formatCount(armCount);
  const interventionCount = interventions.length;
  const interventionsCount = formatCount(interventionCount);
  return (
    <>
      {arms.length > 0 && (
        <div className="space-y-3">
          <h3 id="arms-groups" className="text-xl font-semibold">
            <Trans>
              <Plural value={armCount} one="The study group" other={`The ${armsCount} study groups`} /> (
              <GlossaryTerm term="arm">
                <Plural value={armCount} one="arm" other="arms" />
              </GlossaryTerm>
              )
            </Trans>
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
            {plural(interventionCount, { one: "The intervention", other: `The ${interventionsCount} interventions` })}
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
  const label = text(arm.label);
  return (
    <li className="space-y-2 rounded-lg border border-line p-4">
      <h4 lang={label && "en"} className="font-semibold">
        {label ?? (
          <span className="text-muted">
            <Trans>Unnamed group</Trans>
          </span>
        )}
      </h4>
      <Kind item={explained(ARM_GROUP_TYPE, arm.type)} />
      {description && <Markdown text={description} />}
      {refs.length > 0 && (
        <div>
          <p className="font-medium">
            <Trans>What this group receives</Trans>
          </p>
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
function interventionName(ref: string, interventions: readonly Intervention[], armLabel: string | undefined): ReactNode {
  const match = findIntervention(ref, interventions, armLabel);
  const name = text(match?.name);
  const type = explained(INTERVENTION_TYPE, match?.type);
  return name && type ? (
    <>
      {type.label}: <span lang="en">{name}</span>
    </>
  ) : (
    <span lang="en">{ref}</span>
  );
}

function InterventionItem({ intervention }: { intervention: Intervention }) {
  const name = text(intervention.name);
  const description = text(intervention.description);
  const otherNames = clean(intervention.otherNames).filter((other) => other !== name);
  const arms = clean(intervention.armGroupLabels);
  return (
    <li className="space-y-2 rounded-lg border border-line p-4">
      <h4 lang={name && "en"} className="font-semibold">
        {name ?? (
          <span className="text-muted">
            <Trans>Unnamed intervention</Trans>
          </span>
        )}
      </h4>
      <Kind item={explained(INTERVENTION_TYPE, intervention.type)} />
      {description && <Markdown text={description} />}
      {otherNames.length > 0 && (
        <p>
          <span className="font-medium">{t`Also known as:`} </span>
          <span lang="en">{otherNames.join(", ")}</span>
        </p>
      )}
      {arms.length > 0 && (
        <p>
          <span className="font-medium">{t`Given to:`} </span>
          <span lang="en">{arms.join("; ")}</span>
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
  get title() {
    return t`Groups and treatments`;
  },
  has: (study) => {
    const { arms, interventions } = parts(study);
    return arms.length > 0 || interventions.length > 0;
  },
  Component: ArmsSection,
};
