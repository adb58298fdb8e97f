import { t, plural } from "@lingui/core/macro";
import type { AdverseEventsModule, MoreInfoModule, OutcomeMeasure, OutcomeMeasureType, ResultsSection } from "./result-types";
import { formatCount } from "../../../lib/format-count";
import { OUTCOME_TYPES, outcomeMeasureName, outcomeTypeLabel, text } from "./result-labels";

// What the results section holds, counted without rendering it: drives the overview and the
// disclosures (main chunk), so it stays cheap even for a 1.5 MB record.

/** One openable part of the results; `key` identifies its disclosure. */
export type ResultPartId =
  | { kind: "flow" | "baseline" | "adverse" | "more" }
  | { kind: "outcome"; index: number };

export function partKey(part: ResultPartId): string {
  return part.kind === "outcome" ? `outcome-${part.index}` : part.kind;
}

export type OutcomeSummary = { index: number; title: string; type: string | undefined; timeFrame: string | undefined };

export type ResultsSummary = {
  flow?: string;
  baseline?: string;
  outcomes: OutcomeSummary[];
  /** "5 outcome measures: 1 primary, 4 secondary." */
  outcomesLine?: string;
  /** At least one statistical analysis reports a p-value (for the one-off plain-language hint). */
  hasPValues: boolean;
  adverse?: string;
  more?: string;
  /** Every part, in page order. */
  parts: ResultPartId[];
};

export function summarizeResults(results: ResultsSection | undefined): ResultsSummary {
  const flow = results?.participantFlowModule;
  const baseline = results?.baselineCharacteristicsModule;
  const measures = results?.outcomeMeasuresModule?.outcomeMeasures ?? [];
  const adverse = results?.adverseEventsModule;
  const more = results?.moreInfoModule;

  const flowLine =
    flow && (flow.groups?.length || flow.periods?.length)
      ? `${groupCount(flow.groups?.length ?? 0)}, ${periodCount(flow.periods?.length ?? 0)}`
      : undefined;
  const baselineLine =
    baseline && (baseline.measures?.length || baseline.groups?.length)
      ? `${measureCount(baseline.measures?.length ?? 0)}, ${groupCount(baseline.groups?.length ?? 0)}`
      : undefined;
  const outcomes = measures.map((m, index) => ({
    index,
    title: text(m.title) ?? outcomeMeasureName(index + 1),
    type: outcomeTypeLabel(m.type),
    timeFrame: text(m.timeFrame),
  }));
  const adverseLine = adverseSummary(adverse);
  const moreLine = moreSummary(more);

  const parts: ResultPartId[] = [];
  if (flowLine) parts.push({ kind: "flow" });
  if (baselineLine) parts.push({ kind: "baseline" });
  outcomes.forEach(({ index }) => parts.push({ kind: "outcome", index }));
  if (adverseLine) parts.push({ kind: "adverse" });
  if (moreLine) parts.push({ kind: "more" });

  return {
    flow: flowLine,
    baseline: baselineLine,
    outcomes,
    outcomesLine: outcomesLine(measures),
    hasPValues: measures.some((m) => m.analyses?.some((a) => text(a.pValue))),
    adverse: adverseLine,
    more: moreLine,
    parts,
  };
}

const groupCount = (n: number) => {
  const count = formatCount(n);
  return plural(n, { one: `${count} group`, other: `${count} groups` });
};
const periodCount = (n: number) => {
  const count = formatCount(n);
  return plural(n, { one: `${count} period`, other: `${count} periods` });
};
const measureCount = (n: number) => {
  const count = formatCount(n);
  return plural(n, { one: `${count} measure`, other: `${count} measures` });
};

/** "3 secondary": a count of one type of outcome measure. */
function typeCount(type: OutcomeMeasureType, n: number): string {
  const count = formatCount(n);
  switch (type) {
    case "PRIMARY":
      return plural(n, { one: `${count} primary`, other: `${count} primary` });
    case "SECONDARY":
      return plural(n, { one: `${count} secondary`, other: `${count} secondary` });
    case "OTHER_PRE_SPECIFIED":
      return plural(n, { one: `${count} other pre-specified`, other: `${count} other pre-specified` });
    case "POST_HOC":
      return plural(n, { one: `${count} post-hoc`, other: `${count} post-hoc` });
  }
}

function outcomesLine(measures: OutcomeMeasure[]): string | undefined {
  if (measures.length === 0) return undefined;
  const byType = OUTCOME_TYPES.map((type) => {
    const n = measures.filter((m) => m.type === type).length;
    return n ? typeCount(type, n) : undefined;
  }).filter(Boolean);
  const total = measures.length;
  const count = formatCount(total);
  const all = plural(total, { one: `${count} outcome measure`, other: `${count} outcome measures` });
  return `${all}${byType.length ? `: ${byType.join(", ")}` : ""}.`;
}

function adverseSummary(ae: AdverseEventsModule | undefined): string | undefined {
  if (!ae) return undefined;
  const groups = ae.eventGroups?.length ?? 0;
  const serious = ae.seriousEvents?.length ?? 0;
  const other = ae.otherEvents?.length ?? 0;
  if (!groups && !serious && !other && !text(ae.description) && !text(ae.timeFrame)) return undefined;
  const seriousCount = formatCount(serious);
  const otherCount = formatCount(other);
  const seriousTerms = plural(serious, { one: `${seriousCount} serious event term`, other: `${seriousCount} serious event terms` });
  const otherTerms = plural(other, { one: `${otherCount} other event term`, other: `${otherCount} other event terms` });
  const groupTerms = groupCount(groups);
  return t`${seriousTerms} and ${otherTerms}, ${groupTerms}`;
}

function moreSummary(more: MoreInfoModule | undefined): string | undefined {
  if (!more) return undefined;
  const contact = more.pointOfContact;
  const items = [
    text(more.limitationsAndCaveats?.description) && t`limitations and caveats`,
    more.certainAgreement &&
      (more.certainAgreement.piSponsorEmployee !== undefined ||
        more.certainAgreement.restrictiveAgreement !== undefined ||
        more.certainAgreement.restrictionType ||
        text(more.certainAgreement.otherDetails)) &&
      t`agreements between sponsor and investigators`,
    contact && [contact.title, contact.organization, contact.email, contact.phone].some(text) && t`whom to contact about the results`,
  ].filter((item): item is string => Boolean(item));
  if (items.length === 0) return undefined;
  const line = items.join(", ");
  return line.charAt(0).toUpperCase() + line.slice(1);
}
