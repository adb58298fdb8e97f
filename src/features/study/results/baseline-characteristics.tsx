import { t } from "@lingui/core/macro";
import type { BaselineCharacteristicsModule } from "./result-types";
import { text } from "./result-labels";
import { measureKindLabel } from "./measure-labels";
import { Facts, GroupDescriptions, Md } from "./result-bits";
import { MeasureTable } from "./measure-table";

/** Who took part at the start (age, sex, …): one table per measure, groups as columns. */
export function BaselineCharacteristics({ module: baseline }: { module: BaselineCharacteristicsModule }) {
  const groups = baseline.groups ?? [];
  const measures = baseline.measures ?? [];
  return (
    <>
      <Facts
        items={[
          [t`Who was included`, text(baseline.populationDescription) && <Md value={baseline.populationDescription} />],
          [t`Units analyzed`, text(baseline.typeUnitsAnalyzed) && <span lang="en">{text(baseline.typeUnitsAnalyzed)}</span>],
        ]}
      />
      <GroupDescriptions groups={groups} />
      {measures.map((measure, i) => {
        const number = i + 1;
        const named = text(measure.title);
        const title = named ?? t`Measure ${number}`;
        const kind = measureKindLabel(measure.paramType, measure.dispersionType);
        const unit = text(measure.unitOfMeasure);
        return (
          <div key={i} className="space-y-2">
            <MeasureTable
              caption={
                <>
                  <span lang={named && "en"} className="block font-semibold">
                    {title}
                  </span>
                  {(kind || unit) && (
                    <span className="block text-muted">{[kind, unit && t`Unit: ${unit}`].filter(Boolean).join(". ")}</span>
                  )}
                </>
              }
              label={t`Baseline measure ${number}: ${title}`}
              groups={groups}
              denoms={measure.denoms?.length ? measure.denoms : (baseline.denoms ?? [])}
              classes={measure.classes ?? []}
              unit={unit}
            />
            <Facts
              items={[
                [t`About this measure`, text(measure.description) && <Md value={measure.description} />],
                [t`Who was analyzed`, text(measure.populationDescription) && <Md value={measure.populationDescription} />],
              ]}
            />
          </div>
        );
      })}
    </>
  );
}
