import type { ReactNode } from "react";
import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import type { Study } from "../../../api/types";
import type { components } from "../../../api/schema";
import { GlossaryTerm } from "../../../components/glossary/glossary-term";
import { tidyListMarkers } from "../../../components/markdown/list-markers";
import { Markdown } from "../../../components/markdown/markdown";
import { formatAgeRange } from "../../../lib/ages";
import { hasText, splitCriteria, type CriteriaBlock } from "../eligibility-criteria";
import type { SectionSpec } from "./section-spec";

type Schemas = components["schemas"];
const text = (s: string | undefined) => s?.trim() || undefined;

function Eligibility({ study }: { study: Study }) {
  const e = study.protocolSection?.eligibilityModule;
  if (!e) return null;
  const SEX: Record<Schemas["Sex"], string> = { ALL: t`All sexes`, FEMALE: t`Female only`, MALE: t`Male only` };
  const AGE_GROUP: Record<Schemas["StandardAge"], string> = {
    CHILD: t`children (up to 17)`,
    ADULT: t`adults (18 to 64)`,
    OLDER_ADULT: t`older adults (65 and over)`,
  };
  const SAMPLING: Record<Schemas["SamplingMethod"], string> = {
    PROBABILITY_SAMPLE: t`Probability sample: people are picked at random from a defined population.`,
    NON_PROBABILITY_SAMPLE: t`Non-probability sample: people are not picked at random (for example, patients seen at the study clinics).`,
  };
  const genderNote = text(e.genderDescription);
  const population = text(e.studyPopulation);
  const ageGroups = [...new Set(e.stdAges ?? [])].map((age) => AGE_GROUP[age]).join(", ");
  return (
    <>
      <dl className="grid max-w-prose gap-x-6 gap-y-3 sm:grid-cols-[auto_1fr]">
        {(e.sex || e.genderBased || genderNote) && (
          <Row term={t`Sex`}>
            {e.sex ? <p>{SEX[e.sex]}</p> : <p className="text-muted"><Trans>Not stated</Trans></p>}
            {e.genderBased && <p><Trans>Eligibility is based on gender, meaning how a person identifies.</Trans></p>}
            {genderNote && <Markdown text={genderNote} />}
          </Row>
        )}
        <Row term={t`Age`}>
          <p>{formatAgeRange(e.minimumAge, e.maximumAge)}</p>
          {ageGroups && <p className="text-muted"><Trans>Age groups: {ageGroups}</Trans></p>}
        </Row>
        {e.healthyVolunteers !== undefined && (
          <Row term={<GlossaryTerm term="healthy volunteer"><Trans>Accepts healthy volunteers</Trans></GlossaryTerm>}>
            <p>{e.healthyVolunteers ? t`Yes` : t`No`}</p>
          </Row>
        )}
        {population && (
          <Row term={t`Study population`}>
            <Markdown text={population} />
          </Row>
        )}
        {e.samplingMethod && (
          <Row term={t`How people are chosen`}>
            <p>{SAMPLING[e.samplingMethod]}</p>
          </Row>
        )}
      </dl>
      <Criteria markdown={text(e.eligibilityCriteria)} />
    </>
  );
}

function Row({ term, children }: { term: ReactNode; children: ReactNode }) {
  return (
    <>
      <dt className="font-semibold">{term}</dt>
      <dd className="space-y-1">{children}</dd>
    </>
  );
}

const H3 = "text-lg font-semibold";

/** Inclusion and exclusion criteria as two lists; text that cannot be split safely is shown whole. */
function Criteria({ markdown: raw }: { markdown: string | undefined }) {
  if (!raw) return null;
  // Bullets that CommonMark misses ("• text", "\- text", "* 2\. text") become real list items first.
  const markdown = tidyListMarkers(raw);
  const parts = splitCriteria(markdown);
  if (!parts) {
    return (
      <>
        <h3 className={H3}><Trans>Criteria</Trans></h3>
        <Markdown text={markdown} className="max-w-prose" />
      </>
    );
  }
  const inclusion = parts.inclusion.filter(hasText);
  const exclusion = parts.exclusion.filter(hasText);
  return (
    <>
      {parts.intro.filter(hasText).map((block, i) => (
        // Text before the first heading (often an unlabelled list) still gets a heading of its own.
        <Block key={`intro-${i}`} block={block} headingLevel={3} fallback={t`Criteria`} />
      ))}
      {inclusion.length > 0 && (
        <>
          <h3 className={H3}><Trans>You may be able to join if…</Trans></h3>
          <p className="text-muted">
            <Trans>These are the study’s <GlossaryTerm term="inclusion criteria">inclusion criteria</GlossaryTerm>.</Trans>
          </p>
          {inclusion.map((block, i) => (
            <Block key={`in-${i}`} block={block} headingLevel={4} />
          ))}
        </>
      )}
      {exclusion.length > 0 && (
        <>
          <h3 className={H3}><Trans>You cannot join if…</Trans></h3>
          <p className="text-muted">
            <Trans>These are the study’s <GlossaryTerm term="exclusion criteria">exclusion criteria</GlossaryTerm>.</Trans>
          </p>
          {exclusion.map((block, i) => (
            <Block key={`ex-${i}`} block={block} headingLevel={4} />
          ))}
        </>
      )}
      {parts.more.filter(hasText).map((block, i) => (
        <Block key={`more-${i}`} block={block} headingLevel={3} />
      ))}
    </>
  );
}

/**
 * One part of the criteria; its own heading (the record's words) is kept when it says more than
 * "Inclusion criteria", else `fallback` (ours) heads it, if given.
 */
function Block({ block, headingLevel, fallback }: { block: CriteriaBlock; headingLevel: 3 | 4; fallback?: string }) {
  const Heading = `h${headingLevel}` as const;
  const label = block.label ?? fallback;
  return (
    <>
      {label && (
        <Heading lang={block.label ? "en" : undefined} className={headingLevel === 3 ? H3 : "font-semibold"}>
          {label}
        </Heading>
      )}
      <Markdown text={block.text} className="max-w-prose" />
    </>
  );
}

const hasEligibility = (study: Study) => {
  const e = study.protocolSection?.eligibilityModule;
  return Boolean(
    e &&
      (text(e.eligibilityCriteria) || e.sex || e.genderBased !== undefined || text(e.genderDescription) || text(e.minimumAge) ||
        text(e.maximumAge) || e.healthyVolunteers !== undefined || e.stdAges?.length || text(e.studyPopulation) || e.samplingMethod),
  );
};

export const eligibilitySection: SectionSpec = {
  id: "eligibility",
  get title() {
    return t`Who can join`;
  },
  has: hasEligibility,
  Component: Eligibility,
};
