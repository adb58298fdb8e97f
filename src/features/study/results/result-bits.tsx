import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import type { ReactNode } from "react";
import { Markdown } from "../../../components/markdown/markdown";
import type { MeasureGroup } from "./result-types";
import { text } from "./result-labels";

// Small building blocks shared by the results parts (lazy chunk).

/** A registry markup field as CommonMark, or nothing when it is empty. */
export function Md({ value, className }: { value: string | undefined; className?: string }) {
  const content = text(value);
  return content ? <Markdown text={content} className={className} /> : null;
}

/** A definition list of the facts that are present; rows without a value are left out. */
export function Facts({ items }: { items: ReadonlyArray<readonly [string, ReactNode]> }) {
  const present = items.filter(([, value]) => value !== undefined && value !== null && value !== false && value !== "");
  if (present.length === 0) return null;
  return (
    <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[minmax(8rem,auto)_1fr]">
      {present.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-semibold">{term}</dt>
          <dd className="min-w-0">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A group the record leaves untitled: "Group 2". */
export const groupName = (number: number) => t`Group ${number}`;

/** Caption and row headers stay in view while a wide table scrolls sideways (phones). */
export const CAPTION = "sticky left-0 max-w-[calc(100vw-3rem)] px-3 py-2 text-left";
export const ROW_HEADER = "sticky left-0 min-w-36 bg-white font-normal";

/**
 * Wide tables scroll sideways inside a focusable, labelled region, so keyboard users can scroll them
 * (axe: scrollable-region-focusable) and the page itself never scrolls sideways.
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="max-w-full overflow-x-auto rounded border border-line print:overflow-visible">
      <table className="min-w-full border-collapse text-left text-sm [&_td]:border-t [&_td]:border-line [&_td]:px-3 [&_td]:py-1.5 [&_td]:align-top [&_th]:border-t [&_th]:border-line [&_th]:px-3 [&_th]:py-1.5 [&_th]:align-top">
        {children}
      </table>
    </div>
  );
}

/** Column headers: one per group, in the record's order. The empty first cell sits above the row headers. */
export function GroupHeaderRow({ groups, corner }: { groups: readonly MeasureGroup[]; corner?: string }) {
  return (
    <tr className="bg-surface">
      {corner ? <th scope="col">{corner}</th> : <td />}
      {groups.map((group, i) => {
        const title = text(group.title);
        return (
          <th key={group.id ?? i} scope="col" lang={title && "en"} className="min-w-32 font-semibold">
            {title ?? groupName(i + 1)}
          </th>
        );
      })}
    </tr>
  );
}

/** The groups' titles with their descriptions (markup), shown once per part or measure. */
export function GroupDescriptions({ groups }: { groups: readonly MeasureGroup[] }) {
  const described = groups.filter((group) => text(group.description));
  if (described.length === 0) return null;
  return (
    <div className="text-sm">
      <p className="font-semibold">
        <Trans>About the groups</Trans>
      </p>
      <dl className="space-y-1">
        {described.map((group, i) => (
          <div key={group.id ?? i}>
            <dt lang={text(group.title) && "en"} className="font-semibold">
              {text(group.title) ?? groupName(i + 1)}
            </dt>
            <dd>
              <Md value={group.description} />
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

export function NotReported() {
  return (
    <span className="text-muted">
      <Trans>Not reported</Trans>
    </span>
  );
}
