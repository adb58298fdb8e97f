import type { MeasureAnalysis, MeasureGroup } from "./result-types";
import { text } from "./result-labels";
import { nonInferiorityLabel } from "./measure-labels";
import { Facts, Md } from "./result-bits";

/** The statistical analyses listed under an outcome measure's table. */
export function StatisticalAnalyses({ analyses, groups }: { analyses: readonly MeasureAnalysis[]; groups: readonly MeasureGroup[] }) {
  if (analyses.length === 0) return null;
  const titles = new Map(groups.map((g, i) => [g.id, text(g.title) ?? `Group ${i + 1}`]));
  return (
    <div className="space-y-2">
      <h5 className="font-bold">{analyses.length === 1 ? "Statistical analysis" : `Statistical analyses (${analyses.length})`}</h5>
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
  const estimate = text(a.paramValue) && `${text(a.paramType) ?? "Estimate"}: ${text(a.paramValue)}`;
  const spread =
    text(a.dispersionValue) &&
    `${a.dispersionType === "STANDARD_ERROR_OF_MEAN" ? "Standard error of the mean" : a.dispersionType === "STANDARD_DEVIATION" ? "Standard deviation" : "Spread"}: ${text(a.dispersionValue)}`;
  const ci = confidenceInterval(a);
  const withNote = (value: string | undefined, note: string | undefined) =>
    (value || text(note)) && (
      <>
        {value}
        <Md value={note} className="text-sm text-muted" />
      </>
    );
  return (
    <Facts
      items={[
        ["Groups compared", compared.length > 0 && compared.join(" and ")],
        ["About the comparison", text(a.groupDescription) && <Md value={a.groupDescription} />],
        ["Kind of test", withNote(nonInferiorityLabel(a.nonInferiorityType), a.nonInferiorityComment)],
        ["Non-inferiority tested", a.testedNonInferiority === undefined ? undefined : a.testedNonInferiority ? "Yes" : "No"],
        ["p-value", withNote(text(a.pValue), a.pValueComment)],
        ["Method", withNote(text(a.statisticalMethod), a.statisticalComment)],
        ["Estimate", withNote(estimate || undefined, a.estimateComment)],
        ["Spread of the estimate", spread],
        ["Confidence interval", withNote(ci, [a.ciLowerLimitComment, a.ciUpperLimitComment].filter((c) => text(c)).join("\n\n"))],
        ["Other analysis", text(a.otherAnalysisDescription) && <Md value={a.otherAnalysisDescription} />],
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
  const sides = a.ciNumSides === "ONE_SIDED" ? " (1-sided)" : a.ciNumSides === "TWO_SIDED" ? " (2-sided)" : "";
  return `${pct ? `${pct}% confidence interval` : "Confidence interval"}${sides}: ${lower ?? "NA"} to ${upper ?? "NA"}`;
}
