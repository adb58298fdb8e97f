import type { OutcomeMeasure } from "./result-types";
import { formatDate, outcomeTypeLabel, text } from "./result-labels";
import { measureKindLabel } from "./measure-labels";
import { Facts, GroupDescriptions, Md } from "./result-bits";
import { MeasureTable } from "./measure-table";
import { StatisticalAnalyses } from "./statistical-analyses";

/** One outcome measure: what was measured, when and in whom, the table, and the statistical analyses. */
export function OutcomeMeasureView({ measure, number }: { measure: OutcomeMeasure; number: number }) {
  const title = text(measure.title) ?? `Outcome measure ${number}`;
  const type = outcomeTypeLabel(measure.type);
  const kind = measureKindLabel(measure.paramType, measure.dispersionType);
  const unit = text(measure.unitOfMeasure);
  const groups = measure.groups ?? [];
  const denoms = measure.denoms ?? [];
  const classes = measure.classes ?? [];
  const notPosted = measure.reportingStatus === "NOT_POSTED";
  const noneAnalyzed = classes.length === 0 && denoms.every((d) => d.counts?.every((c) => text(c.value) === "0"));
  return (
    <>
      <Md value={measure.description} />
      <Facts
        items={[
          ["Who was analyzed", text(measure.populationDescription) && <Md value={measure.populationDescription} />],
          ["Reported as", kind],
          ["Unit of measure", unit],
          ["Units analyzed", text(measure.typeUnitsAnalyzed)],
        ]}
      />
      {notPosted ? (
        <p className="rounded border-l-4 border-warn-line bg-warn-bg p-3 text-warn-ink">
          The study team has not posted results for this measure yet.
          {formatDate(measure.anticipatedPostingDate) && ` They expect to post them by ${formatDate(measure.anticipatedPostingDate)}.`}
        </p>
      ) : groups.length === 0 ? (
        <p className="text-muted">No results by group were reported for this measure.</p>
      ) : (
        <>
          <MeasureTable
            caption={
              <>
                <span className="block font-semibold">{title}</span>
                <span className="block text-muted">
                  {[type && `${type} outcome measure`, kind, unit && `Unit: ${unit}`].filter(Boolean).join(". ")}
                </span>
              </>
            }
            label={`Outcome measure ${number}: ${title}`}
            groups={groups}
            denoms={denoms}
            classes={classes}
            rowLabel={unit ?? "Result"}
          />
          {noneAnalyzed && <p className="text-muted">No participants were analyzed for this measure.</p>}
          <GroupDescriptions groups={groups} />
        </>
      )}
      <StatisticalAnalyses analyses={measure.analyses ?? []} groups={groups} />
    </>
  );
}
