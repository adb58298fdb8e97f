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
          ["Who was included", text(baseline.populationDescription) && <Md value={baseline.populationDescription} />],
          ["Units analyzed", text(baseline.typeUnitsAnalyzed)],
        ]}
      />
      <GroupDescriptions groups={groups} />
      {measures.map((measure, i) => {
        const title = text(measure.title) ?? `Measure ${i + 1}`;
        const kind = measureKindLabel(measure.paramType, measure.dispersionType);
        const unit = text(measure.unitOfMeasure);
        return (
          <div key={i} className="space-y-2">
            <MeasureTable
              caption={
                <>
                  <span className="block font-semibold">{title}</span>
                  {(kind || unit) && (
                    <span className="block text-muted">{[kind, unit && `Unit: ${unit}`].filter(Boolean).join(". ")}</span>
                  )}
                </>
              }
              label={`Baseline measure ${i + 1}: ${title}`}
              groups={groups}
              denoms={measure.denoms?.length ? measure.denoms : (baseline.denoms ?? [])}
              classes={measure.classes ?? []}
              rowLabel={unit ?? "Result"}
            />
            <Facts
              items={[
                ["About this measure", text(measure.description) && <Md value={measure.description} />],
                ["Who was analyzed", text(measure.populationDescription) && <Md value={measure.populationDescription} />],
              ]}
            />
          </div>
        );
      })}
    </>
  );
}
