import type { ReactNode } from "react";
import { t, plural } from "@lingui/core/macro";
import { formatCount } from "../../../lib/format-count";
import type { MeasureAnalysis, MeasureGroup } from "./result-types";
import { text } from "./result-labels";
import { nonInferiorityLabel } from "./measure-labels";
import { Facts, Md, groupName } from "./result-bits";

/** The statistical analyses listed under an outcome measure's table. */
export function StatisticalAnalyses({ analyses, groups }: { analyses: readonly MeasureAnalysis[]; groups: readonly MeasureGroup[] }) {
  if (analyses.length === 0) return null;
  const titles = new Map(groups.map((g, i) => [g.id, text(g.title) ?? groupName(i + 1)]));
  const total = analyses.length;
  const count = formatCount(total);
  return (
    <div className="space-y-2">
      <h5 className="font-bold">{plural(total, { one: "Statistical analysis", other: `Statistical analyses (${count})` })}</h5>
      <ol className="space-y-3">
        {analyses.map((analysis, i) => (
          <li key={i} className="rounded border border-line p-3">
            <Analysis analysis={analysis} titles={titles} />
          </li>
        ))}
      </ol>
    </div>
  );
}

function Analysis({ analysis: a, titles }: { analysis: MeasureAnalysis; titles: ReadonlyMap<string | undefined, string> }) {
  const compared = (a.groupIds ?? []).map((id) => titles.get(id) ?? id);
  const estimate = text(a.paramValue) && `${text(a.paramType) ?? t`Estimate`}: ${text(a.paramValue)}`;
  const spread =
    text(a.dispersionValue) &&
    `${a.dispersionType === "STANDARD_ERROR_OF_MEAN" ? t`Standard error of the mean` : a.dispersionType === "STANDARD_DEVIATION" ? t`Standard deviation` : t`Spread`}: ${text(a.dispersionValue)}`;
  const ci = confidenceInterval(a);
  const withNote = (value: ReactNode, note: string | undefined) =>
    (value || text(note)) && (
      <>
        {value}
        <Md value={note} className="text-sm text-muted" />
      </>
    );
  return (
    <Facts
      items={[
        [t`Groups compared`, compared.length > 0 && compared.reduce((rest, last) => t`${rest} and ${last}`)],
        [t`About the comparison`, text(a.groupDescription) && <Md value={a.groupDescription} />],
        [t`Kind of test`, withNote(nonInferiorityLabel(a.nonInferiorityType), a.nonInferiorityComment)],
        [t`Non-inferiority tested`, a.testedNonInferiority === undefined ? undefined : a.testedNonInferiority ? t`Yes` : t`No`],
        [t`p-value`, withNote(text(a.pValue), a.pValueComment)],
        [t`Method`, withNote(text(a.statisticalMethod) && <span lang="en">{text(a.statisticalMethod)}</span>, a.statisticalComment)],
        [t`Estimate`, withNote(estimate || undefined, a.estimateComment)],
        [t`Spread of the estimate`, spread],
        [t`Confidence interval`, withNote(ci, [a.ciLowerLimitComment, a.ciUpperLimitComment].filter((c) => text(c)).join("\n\n"))],
        [t`Other analysis`, text(a.otherAnalysisDescription) && <Md value={a.otherAnalysisDescription} />],
      ]}
    />
  );
}

/** "95% confidence interval (2-sided): 0.81 to 1.14". */
function confidenceInterval(a: MeasureAnalysis): string | undefined {
  const lower = text(a.ciLowerLimit);
  const upper = text(a.ciUpperLimit);
  if (!lower && !upper) return undefined;
  const pct = text(a.ciPctValue);
  const low = lower ?? "NA";
  const high = upper ?? "NA";
  const range = t`${low} to ${high}`;
  const interval = pct ? t`${pct}% confidence interval` : t`Confidence interval`;
  const sides = a.ciNumSides === "ONE_SIDED" ? ` ${t`(1-sided)`}` : a.ciNumSides === "TWO_SIDED" ? ` ${t`(2-sided)`}` : "";
  return `${interval}${sides}: ${range}`;
}
