import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import type { Study } from "../../../api/types";
import { GlossaryTerm } from "../../../components/glossary/glossary-term";
import { findGlossaryKey } from "../../../components/glossary/glossary";
import { Markdown } from "../../../components/markdown/markdown";
import { formatAge, parseAge } from "../../../lib/ages";
import { phaseLabel, studyTypeExplanation, studyTypeLabel } from "../../../lib/registry-labels";
import {
  ALLOCATION,
  BIOSPEC_RETENTION,
  ENROLLMENT_TYPE,
  INTERVENTION_MODEL,
  MASKING,
  OBSERVATIONAL_MODEL,
  PHASE_EXPLAIN,
  PRIMARY_PURPOSE,
  TIME_PERSPECTIVE,
  explained,
  formatEnrollment,
  whoMaskedSentence,
  type Explained,
} from "../design-labels";
import type { SectionSpec } from "./section-spec";
import { FactList, type Fact } from "./fact-list";

type Row = Fact;
const text = (s: string | undefined) => s?.trim() || undefined;

/** The rows this record can fill, in reading order; a row is left out when the record says nothing. */
function designRows(study: Study): Row[] {
  const design = study.protocolSection?.designModule;
  if (!design) return [];
  const info = design.designInfo;
  const masking = info?.maskingInfo;
  const rows: (Row | undefined)[] = [];
  const type = design.studyType;
  // Glossary entries are named in English, as the registry's values are ("EXPANDED_ACCESS": "expanded access").
  const term = (value: string) => findGlossaryKey(value.replace(/_/g, " ").replace(/(\d)/, " $1"));
  if (type) rows.push(said(t`Study type`, { label: studyTypeLabel(type), explain: lowerFirst(studyTypeExplanation(type)), term: term(type) }));
  const phases = design.phases ?? [];
  const phase = phaseLabel(phases);
  if (phase) {
    const explain = PHASE_EXPLAIN();
    const lines = phases.map((p) => ({ label: phaseLabel([p]) ?? p, explain: explain[p], term: term(p) }));
    const body = lines.length === 1 ? <Said item={lines[0]!} /> : <><p>{phase}</p><Lines items={lines} /></>;
    rows.push({ term: <GlossaryTerm term="phase"><Trans>Phase</Trans></GlossaryTerm>, body });
  }
  rows.push(
    said(t`Main purpose`, explained(PRIMARY_PURPOSE, info?.primaryPurpose)),
    said(t`How groups are assigned`, explained(ALLOCATION, info?.allocation)),
    said(t`Intervention model`, explained(INTERVENTION_MODEL, info?.interventionModel), text(info?.interventionModelDescription)),
  );
  const mask = explained(MASKING, masking?.masking);
  const who = whoMaskedSentence(masking?.whoMasked);
  const maskNote = text(masking?.maskingDescription);
  if (mask || who || maskNote)
    rows.push({
      term: <GlossaryTerm term="masking"><Trans>Masking (blinding)</Trans></GlossaryTerm>,
      body: (
        <>
          {mask ? <Said item={mask} /> : <NotStated />}
          {who && <p>{who}</p>}
          {maskNote && <Markdown text={maskNote} />}
        </>
      ),
    });
  rows.push(
    said(t`Observational model`, explained(OBSERVATIONAL_MODEL, info?.observationalModel)),
    said(t`Time perspective`, explained(TIME_PERSPECTIVE, info?.timePerspective)),
  );
  // Only a "yes" is worth a row: "not a patient registry" tells a reader nothing.
  if (design.patientRegistry)
    rows.push(said(t`Patient registry`, { label: t`Yes`, explain: t`the study collects information about people with a condition over a long time.` }));
  const duration = text(design.targetDuration);
  const age = parseAge(duration);
  if (duration)
    rows.push(said(t`Follow-up time`, { label: age ? formatAge(age) : duration.toLowerCase(), explain: t`how long the study plans to follow each participant.` }));
  const bio = design.bioSpec;
  rows.push(said(t`Samples kept (blood, tissue…)`, explained(BIOSPEC_RETENTION, bio?.retention), text(bio?.description)));
  const access = design.expandedAccessTypes;
  const kinds = [
    access?.individual && t`individual patients`,
    access?.intermediate && t`a medium-sized group of patients`,
    access?.treatment && t`a large group, under a treatment protocol`,
  ].filter(Boolean);
  if (kinds.length) rows.push({ term: t`Expanded access for`, body: <p>{kinds.join("; ")}</p> });
  const enrollment = design.enrollmentInfo;
  if (enrollment) {
    const count = formatEnrollment(enrollment);
    const kind = explained(ENROLLMENT_TYPE, enrollment.type);
    rows.push({
      term: t`Number of participants`,
      body: count === t`Not stated` ? <NotStated /> : <p>{count}{kind && <span className="text-muted">: {kind.explain}</span>}</p>,
    });
  }
  return rows.filter((row): row is Row => !!row);
}

function said(term: string, item: Explained | undefined, note?: string): Row | undefined {
  if (!item && !note) return undefined;
  return { term, body: <>{item ? <Said item={item} /> : <NotStated />}{note && <Markdown text={note} />}</> };
}

const lowerFirst = (s: string | undefined) => (s ? s.charAt(0).toLowerCase() + s.slice(1) : "");

/**
 * "Randomized: a computer decides…": the label in full weight (a glossary term when the glossary
 * knows it) and the explanation muted. Shared with the arms section.
 */
export function Said({ item }: { item: Explained }) {
  return (
    <p>
      <span className="font-medium">{item.term ? <GlossaryTerm term={item.term}>{item.label}</GlossaryTerm> : item.label}</span>
      {item.explain && <span className="text-muted">: {item.explain}</span>}
    </p>
  );
}

function Lines({ items }: { items: Explained[] }) {
  return (
    <ul className="space-y-1">
      {items.map((item) => (
        <li key={item.label}><Said item={item} /></li>
      ))}
    </ul>
  );
}

const NotStated = () => <p className="text-muted"><Trans>Not stated</Trans></p>;

function DesignSection({ study }: { study: Study }) {
  return (
    <FactList facts={designRows(study)} />
  );
}

export const designSection: SectionSpec = {
  id: "design",
  get title() {
    return t`How the study is designed`;
  },
  has: (study) => designRows(study).length > 0,
  Component: DesignSection,
};
