import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import type { ReactNode } from "react";
import type { Denom, MeasureClass, MeasureGroup, Measurement } from "./result-types";
import { text } from "./result-labels";
import { formatMeasurement, showsNA } from "./measure-labels";
import { CAPTION, ROW_HEADER, GroupHeaderRow, Md, NotReported, ScrollTable } from "./result-bits";

type Props = {
  caption: ReactNode;
  /** Unique name for the scrollable region around the table. */
  label: string;
  groups: readonly MeasureGroup[];
  denoms: readonly Denom[];
  classes: readonly MeasureClass[];
  /** The unit of measure: the header of an untitled row (else "Result"). */
  unit: string | undefined;
};

/**
 * A baseline or outcome measure as a table: groups as columns, the numbers analysed first, then one
 * row per category. A titled class with several categories becomes a row group with its own header.
 */
export function MeasureTable({ caption, label, groups, denoms, classes, unit }: Props) {
  const cols = groups.length + 1;
  const hasNA = classes.some((c) => c.categories?.some((cat) => cat.measurements?.some(showsNA)));
  return (
    <>
      <ScrollTable label={label}>
        <caption className={CAPTION}>{caption}</caption>
        <thead>
          <GroupHeaderRow groups={groups} />
        </thead>
        <tbody>
          <DenomRows denoms={denoms} groups={groups} />
        </tbody>
        {classes.map((cls, ci) => {
          const categories = cls.categories ?? [];
          const classTitle = text(cls.title);
          const single = categories.length <= 1 && !text(categories[0]?.title);
          const classDenoms = sameDenoms(cls.denoms, denoms) ? [] : (cls.denoms ?? []);
          return (
            <tbody key={ci}>
              {classTitle && !single && (
                <tr>
                  <th scope="rowgroup" colSpan={cols} className="bg-surface">
                    <span lang="en" className="sticky left-3">
                      {classTitle}
                    </span>
                  </th>
                </tr>
              )}
              <DenomRows denoms={classDenoms} groups={groups} />
              {categories.map((category, i) => (
                <ValueRow
                  key={i}
                  header={(single ? classTitle : text(category.title)) ?? unit}
                  indent={Boolean(classTitle && !single)}
                  groups={groups}
                  measurements={category.measurements ?? []}
                />
              ))}
            </tbody>
          );
        })}
      </ScrollTable>
      {hasNA && (
        <p className="text-sm text-muted">
          <Trans>NA: not available. The study team's reason is shown with the value.</Trans>
        </p>
      )}
    </>
  );
}

/** A row of values; `header` is the record's words, or missing ("Result"). */
function ValueRow({ header, indent, groups, measurements }: { header: string | undefined; indent: boolean; groups: readonly MeasureGroup[]; measurements: readonly Measurement[] }) {
  const byGroup = new Map(measurements.map((m) => [m.groupId, m]));
  return (
    <tr>
      <th scope="row" lang={header && "en"} className={`${ROW_HEADER} ${indent ? "pl-6!" : ""}`}>
        {header ?? t`Result`}
      </th>
      {groups.map((group, i) => {
        const m = group.id === undefined ? undefined : byGroup.get(group.id);
        return (
          <td key={group.id ?? i}>
            {formatMeasurement(m) ?? <NotReported />}
            <Md value={m?.comment} className="text-xs text-muted" />
          </td>
        );
      })}
    </tr>
  );
}

function DenomRows({ denoms, groups }: { denoms: readonly Denom[]; groups: readonly MeasureGroup[] }) {
  return denoms.map((denom, i) => {
    const byGroup = new Map((denom.counts ?? []).map((c) => [c.groupId, text(c.value)]));
    const units = text(denom.units);
    return (
      <tr key={i}>
        <th scope="row" className={ROW_HEADER}>
          {units && units !== "Participants" ? (
            <Trans>
              Number analyzed (<span lang="en">{units}</span>)
            </Trans>
          ) : (
            <Trans>Number analyzed (Participants)</Trans>
          )}
        </th>
        {groups.map((group, gi) => (
          <td key={group.id ?? gi}>{(group.id !== undefined && byGroup.get(group.id)) || <NotReported />}</td>
        ))}
      </tr>
    );
  });
}

/** Class-level denominators usually repeat the measure's; show them only when they say something new. */
function sameDenoms(a: readonly Denom[] | undefined, b: readonly Denom[]): boolean {
  if (!a || a.length === 0) return true;
  const key = (denoms: readonly Denom[]) =>
    JSON.stringify(denoms.map((d) => [text(d.units), (d.counts ?? []).map((c) => [c.groupId, text(c.value)])]));
  return key(a) === key(b);
}
