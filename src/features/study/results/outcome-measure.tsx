import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import type { OutcomeMeasure } from "./result-types";
import { formatDate, outcomeMeasureName, outcomeTypeLabel, text } from "./result-labels";
import { measureKindLabel } from "./measure-labels";
import { Facts, GroupDescriptions, Md } from "./result-bits";
import { MeasureTable } from "./measure-table";
import { StatisticalAnalyses } from "./statistical-analyses";

/** One outcome measure: what was measured, when and in whom, the table, and the statistical analyses. */
export function OutcomeMeasureView({ measure, number }: { measure: OutcomeMeasure; number: number }) {
  const named = text(measure.title);
  const title = named ?? outcomeMeasureName(number);
  const type = outcomeTypeLabel(measure.type);
  const kind = measureKindLabel(measure.paramType, measure.dispersionType);
  const unit = text(measure.unitOfMeasure);
  const groups = measure.groups ?? [];
  const denoms = measure.denoms ?? [];
  const classes = measure.classes ?? [];
  const notPosted = measure.reportingStatus === "NOT_POSTED";
  const expected = formatDate(measure.anticipatedPostingDate);
  const noneAnalyzed = classes.length === 0 && denoms.every((d) => d.counts?.every((c) => text(c.value) === "0"));
  return (
    <>
      <Md value={measure.description} />
      <Facts
        items={[
          [t`Who was analyzed`, text(measure.populationDescription) && <Md value={measure.populationDescription} />],
          [t`Reported as`, kind],
          [t`Unit of measure`, unit && <span lang="en">{unit}</span>],
          [t`Units analyzed`, text(measure.typeUnitsAnalyzed) && <span lang="en">{text(measure.typeUnitsAnalyzed)}</span>],
        ]}
      />
      {notPosted ? (
        <p className="rounded border-l-4 border-warn-line bg-warn-bg p-3 text-warn-ink">
          <Trans>The study team has not posted results for this measure yet.</Trans>
          {expected && (
            <>
              {" "}
              <Trans>They expect to post them by {expected}.</Trans>
            </>
          )}
        </p>
      ) : groups.length === 0 ? (
        <p className="text-muted">
          <Trans>No results by group were reported for this measure.</Trans>
        </p>
      ) : (
        <>
          <MeasureTable
            caption={
              <>
                <span lang={named && "en"} className="block font-semibold">
                  {title}
                </span>
                <span className="block text-muted">
                  {[type && t`${type} outcome measure`, kind, unit && t`Unit: ${unit}`].filter(Boolean).join(". ")}
                </span>
              </>
            }
            label={t`Outcome measure ${number}: ${title}`}
            groups={groups}
            denoms={denoms}
            classes={classes}
            unit={unit}
          />
          {noneAnalyzed && (
            <p className="text-muted">
              <Trans>No participants were analyzed for this measure.</Trans>
            </p>
          )}
          <GroupDescriptions groups={groups} />
        </>
      )}
      <StatisticalAnalyses analyses={measure.analyses ?? []} groups={groups} />
    </>
  );
}
