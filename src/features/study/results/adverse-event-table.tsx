import { t, plural } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { startTransition, useEffect, useState } from "react";
import type { AdverseEvent, EventGroup } from "./result-types";
import { formatCount } from "../../../lib/format-count";
import { text } from "./result-labels";
import { formatAffected } from "./measure-labels";
import { CAPTION, ROW_HEADER, GroupHeaderRow, Md, NotReported, ScrollTable } from "./result-bits";
import { usePrinting } from "../use-print-expand";
import { endSentence } from "../../../lib/sentence";

/** `named`: the record names it (registry words), else the name is ours ("Organ system not stated"). */
type OrganSystem = { name: string; named: boolean; events: AdverseEvent[] };

// Big tables (NCT02513394: 1,688 terms) are built a slice at a time, each slice a separate low-priority
// render and commit, so the page keeps answering while they fill in. Printing renders all rows at once.
const ROWS_PER_STEP = 300;

function useProgressiveCount(total: number): number {
  const printing = usePrinting();
  const [limit, setLimit] = useState(ROWS_PER_STEP);
  useEffect(() => {
    if (limit >= total) return;
    const timer = setTimeout(() => startTransition(() => setLimit((n) => n + ROWS_PER_STEP)), 0);
    return () => clearTimeout(timer);
  }, [limit, total]);
  return printing ? total : Math.min(limit, total);
}

/** Event terms grouped by organ system (in the record's order), one row group per system. */
export function AdverseEventTable({ title, events, groups }: { title: string; events: readonly AdverseEvent[]; groups: readonly EventGroup[] }) {
  const shown = useProgressiveCount(events.length);
  const systems = groupByOrganSystem(events.slice(0, shown));
  const vocabularies = [...new Set(events.map((e) => text(e.sourceVocabulary)).filter(Boolean))];
  const cols = groups.length + 1;
  const termTotal = events.length;
  const termCount = formatCount(termTotal);
  const systemCount = new Set(events.map(organSystemOf)).size;
  const systemText = formatCount(systemCount);
  const terms = plural(termTotal, { one: `${termCount} term`, other: `${termCount} terms` });
  const systemsText = plural(systemCount, { one: `${systemText} organ system`, other: `${systemText} organ systems` });
  const shownCount = formatCount(shown);
  const vocabulary = endSentence(vocabularies.join("; "));
  return (
    <>
      <ScrollTable label={title}>
        <caption className={`${CAPTION} font-semibold`}>
          <Trans>
            {title}: {terms} in {systemsText}
          </Trans>
        </caption>
        <thead>
          <GroupHeaderRow groups={groups} corner={t`Organ system and event`} />
        </thead>
        {systems.map((system) => (
          <tbody key={system.name}>
            <tr>
              <th scope="rowgroup" colSpan={cols} className="bg-surface">
                <span lang={system.named ? "en" : undefined} className="sticky left-3">
                  {system.name}
                </span>
              </th>
            </tr>
            {system.events.map((event, i) => (
              <EventRow key={i} event={event} groups={groups} />
            ))}
          </tbody>
        ))}
      </ScrollTable>
      {shown < events.length && (
        <p className="text-muted">
          <Trans>
            Showing {shownCount} of {termCount} terms…
          </Trans>
        </p>
      )}
      {vocabularies.length > 0 && (
        <p className="text-sm text-muted">
          <Trans>
            Terms as named by: <span lang="en">{vocabulary}</span>
          </Trans>
        </p>
      )}
    </>
  );
}

function EventRow({ event, groups }: { event: AdverseEvent; groups: readonly EventGroup[] }) {
  const byGroup = new Map((event.stats ?? []).map((s) => [s.groupId, s]));
  return (
    <tr>
      <th scope="row" className={`${ROW_HEADER} pl-6!`}>
        {text(event.term) ? <span lang="en">{text(event.term)}</span> : t`Term not stated`}
        {event.assessmentType === "NON_SYSTEMATIC_ASSESSMENT" && (
          <span className="text-muted">
            {" "}
            <Trans>(reported when noticed, not looked for systematically)</Trans>
          </span>
        )}
        <Md value={event.notes} className="text-xs text-muted" />
      </th>
      {groups.map((group, i) => {
        const s = group.id === undefined ? undefined : byGroup.get(group.id);
        const cell = formatAffected(s?.numAffected, s?.numAtRisk);
        const n = s?.numEvents;
        const count = n === undefined ? "" : formatCount(n);
        const events = n === undefined ? undefined : plural(n, { one: `${count} event`, other: `${count} events` });
        // One text node per cell (line break by CSS): these tables reach 2,000 rows.
        return (
          <td key={group.id ?? i} className="whitespace-pre-line">
            {cell ? [cell, events].filter(Boolean).join("\n") : <NotReported />}
          </td>
        );
      })}
    </tr>
  );
}

function groupByOrganSystem(events: readonly AdverseEvent[]): OrganSystem[] {
  const systems = new Map<string, OrganSystem>();
  for (const event of events) {
    const name = organSystemOf(event);
    let system = systems.get(name);
    if (!system) systems.set(name, (system = { name, named: text(event.organSystem) !== undefined, events: [] }));
    system.events.push(event);
  }
  return [...systems.values()];
}

function organSystemOf(event: AdverseEvent): string {
  return text(event.organSystem) ?? t`Organ system not stated`;
}
