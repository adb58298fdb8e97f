import type { AdverseEventsModule, MoreInfoModule, OutcomeMeasure, ResultsSection } from "./result-types";
import { plural } from "../../../lib/format-count";
import { OUTCOME_TYPES, outcomeTypeLabel, text } from "./result-labels";

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
      ? `${plural(flow.groups?.length ?? 0, "group")}, ${plural(flow.periods?.length ?? 0, "period")}`
      : undefined;
  const baselineLine =
    baseline && (baseline.measures?.length || baseline.groups?.length)
      ? `${plural(baseline.measures?.length ?? 0, "measure")}, ${plural(baseline.groups?.length ?? 0, "group")}`
      : undefined;
  const outcomes = measures.map((m, index) => ({
    index,
    title: text(m.title) ?? `Outcome measure ${index + 1}`,
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

function outcomesLine(measures: OutcomeMeasure[]): string | undefined {
  if (measures.length === 0) return undefined;
  const byType = OUTCOME_TYPES.map((type) => {
    const n = measures.filter((m) => m.type === type).length;
    return n ? `${n} ${outcomeTypeLabel(type)?.toLowerCase()}` : undefined;
  }).filter(Boolean);
  return `${plural(measures.length, "outcome measure")}${byType.length ? `: ${byType.join(", ")}` : ""}.`;
}

function adverseSummary(ae: AdverseEventsModule | undefined): string | undefined {
  if (!ae) return undefined;
  const groups = ae.eventGroups?.length ?? 0;
  const serious = ae.seriousEvents?.length ?? 0;
  const other = ae.otherEvents?.length ?? 0;
  if (!groups && !serious && !other && !text(ae.description) && !text(ae.timeFrame)) return undefined;
  return `${plural(serious, "serious event term")} and ${plural(other, "other event term")}, ${plural(groups, "group")}`;
}

function moreSummary(more: MoreInfoModule | undefined): string | undefined {
  if (!more) return undefined;
  const contact = more.pointOfContact;
  const items = [
    text(more.limitationsAndCaveats?.description) && "limitations and caveats",
    more.certainAgreement &&
      (more.certainAgreement.piSponsorEmployee !== undefined ||
        more.certainAgreement.restrictiveAgreement !== undefined ||
        more.certainAgreement.restrictionType ||
        text(more.certainAgreement.otherDetails)) &&
      "agreements between sponsor and investigators",
    contact && [contact.title, contact.organization, contact.email, contact.phone].some(text) && "whom to contact about the results",
  ].filter((item): item is string => Boolean(item));
  if (items.length === 0) return undefined;
  const line = items.join(", ");
  return line.charAt(0).toUpperCase() + line.slice(1);
}
