import { useMemo, useRef, type ReactNode } from "react";
import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { buttonClass } from "../../../components/ui/button";
import { partKey, summarizeResults, type ResultPartId } from "./results-summary";
import { ResultDisclosure } from "./result-disclosure";
import { ResultPartView } from "./parts-loader";
import type { ResultsSection } from "./result-types";
import { usePreloadNear, useResultsExpansion } from "./use-results-expansion";

// This module is the entry of a lazy chunk (posted-results.tsx loads it when the results are wanted);
// the print preparation reaches the parts' tables through it.
export { preloadResultParts, resultPartsLoaded } from "./parts-loader";

/**
 * The results overview (its own lazy chunk), once the results have arrived: what the record reports, and
 * one disclosure per part. A part's tables are created only when it opens, from the lazy results chunk
 * (fetched ahead once the overview is near the viewport or on an interaction: see usePreloadNear);
 * printing opens them all.
 */
export function ResultsOverview({ results }: { results: ResultsSection }) {
  const summary = useMemo(() => summarizeResults(results), [results]);
  const keys = useMemo(() => summary.parts.map(partKey), [summary]);
  const { open, rendered, toggle, openAll, closeAll } = useResultsExpansion(keys);
  const ref = useRef<HTMLDivElement>(null);
  usePreloadNear(ref);
  if (summary.parts.length === 0)
    return (
      <p>
        <Trans>The registry's record holds no results to show for this study.</Trans>
      </p>
    );

  const disclosure = (part: ResultPartId, level: 3 | 4, title: ReactNode, line: ReactNode) => {
    const key = partKey(part);
    return (
      <ResultDisclosure level={level} title={title} summary={line} open={open.has(key)} ready={rendered.has(key)} onToggle={() => toggle(key)}>
        <ResultPartView part={part} results={results} />
      </ResultDisclosure>
    );
  };
  const titles = { flow: t`Participant flow`, baseline: t`Baseline characteristics`, adverse: t`Adverse events`, more: t`More information` };
  const simple = (kind: keyof typeof titles) => summary[kind] && disclosure({ kind }, 3, titles[kind], summary[kind]);

  return (
    <div ref={ref} className="space-y-4">
      <p className="max-w-prose print:hidden">
        <Trans>Open a part to see its tables.</Trans>
      </p>
      <div className="flex flex-wrap gap-2 print:hidden">
        <button type="button" className={buttonClass.secondary} onClick={openAll}>
          <Trans>Show all results</Trans>
        </button>
        <button type="button" className={buttonClass.secondary} onClick={closeAll}>
          <Trans>Hide all results</Trans>
        </button>
      </div>
      {simple("flow")}
      {simple("baseline")}
      {summary.outcomes.length > 0 && (
        <div className="space-y-2">
          <h3 className="text-xl font-bold">
            <Trans>Outcome measures</Trans>
          </h3>
          <p>{summary.outcomesLine}</p>
          {summary.hasPValues && (
            <p className="max-w-prose text-muted">
              <Trans>
                A p-value below 0.05 is usually called statistically significant: a difference that large would rarely
                happen by chance alone. It does not say how big or how important the difference is.
              </Trans>
            </p>
          )}
          <ol className="space-y-2">
            {summary.outcomes.map(({ index, type, title, timeFrame }) => (
              <li key={index}>
                {disclosure(
                  { kind: "outcome", index },
                  4,
                  <>
                    {type && <span className="font-normal text-muted">{type}:</span>} <span lang="en">{title}</span>
                  </>,
                  timeFrame && (
                    <Trans>
                      Time frame: <span lang="en">{timeFrame}</span>
                    </Trans>
                  ),
                )}
              </li>
            ))}
          </ol>
        </div>
      )}
      {simple("adverse")}
      {simple("more")}
    </div>
  );
}
