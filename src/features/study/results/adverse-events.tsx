import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import type { AdverseEventsModule, EventGroup } from "./result-types";
import { text } from "./result-labels";
import { formatAffected } from "./measure-labels";
import { CAPTION, ROW_HEADER, Facts, GroupDescriptions, GroupHeaderRow, Md, NotReported, ScrollTable } from "./result-bits";
import { AdverseEventTable } from "./adverse-event-table";

/** Harms: totals per group (deaths, serious, other), then every reported event term by organ system. */
export function AdverseEvents({ module: ae }: { module: AdverseEventsModule }) {
  const groups = ae.eventGroups ?? [];
  const serious = ae.seriousEvents ?? [];
  const other = ae.otherEvents ?? [];
  return (
    <>
      <Facts
        items={[
          [t`Time frame`, text(ae.timeFrame) && <span lang="en">{text(ae.timeFrame)}</span>],
          [t`How they were collected`, text(ae.description) && <Md value={ae.description} />],
          [t`Which other events are listed`, thresholdText(ae.frequencyThreshold)],
          [t`Deaths`, text(ae.allCauseMortalityComment) && <Md value={ae.allCauseMortalityComment} />],
        ]}
      />
      <GroupDescriptions groups={groups} />
      <p className="text-sm text-muted">
        <Trans>
          Each cell reads: participants affected, of the participants at risk in that group, with the percentage; then the
          number of events, when reported.
        </Trans>
      </p>
      {groups.length > 0 && <Totals groups={groups} />}
      <h4 className="text-lg font-semibold">
        <Trans>Serious adverse events</Trans>
      </h4>
      {serious.length > 0 ? (
        <AdverseEventTable title={t`Serious adverse events`} events={serious} groups={groups} />
      ) : (
        <p>
          <Trans>No serious adverse event terms were listed.</Trans>
        </p>
      )}
      <h4 className="text-lg font-semibold">
        <Trans>Other adverse events</Trans>
      </h4>
      {other.length > 0 ? (
        <AdverseEventTable title={t`Other (not serious) adverse events`} events={other} groups={groups} />
      ) : (
        <p>
          <Trans>No other adverse event terms were listed.</Trans>
        </p>
      )}
    </>
  );
}

function Totals({ groups }: { groups: readonly EventGroup[] }) {
  const totals = [
    [t`Deaths (all causes)`, "deathsNumAffected", "deathsNumAtRisk"],
    [t`Serious adverse events`, "seriousNumAffected", "seriousNumAtRisk"],
    [t`Other (not serious) adverse events`, "otherNumAffected", "otherNumAtRisk"],
  ] as const;
  const rows = totals.filter(([, affected, atRisk]) => groups.some((g) => g[affected] !== undefined || g[atRisk] !== undefined));
  if (rows.length === 0) return null;
  return (
    <ScrollTable label={t`Adverse events: totals per group`}>
      <caption className={`${CAPTION} font-semibold`}>
        <Trans>Participants affected, per group</Trans>
      </caption>
      <thead>
        <GroupHeaderRow groups={groups} />
      </thead>
      <tbody>
        {rows.map(([label, affected, atRisk]) => (
          <tr key={label}>
            <th scope="row" className={ROW_HEADER}>
              {label}
            </th>
            {groups.map((g, i) => (
              <td key={g.id ?? i}>{formatAffected(g[affected], g[atRisk]) ?? <NotReported />}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

/** The registry's threshold is a percentage: other events are listed when more frequent than it. */
function thresholdText(value: string | undefined): string | undefined {
  const raw = text(value);
  if (!raw) return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n)) return t`Frequency threshold: ${raw}`;
  if (n === 0) return t`All other (not serious) adverse events are listed (frequency threshold 0%).`;
  return t`Other (not serious) adverse events are listed when more than ${raw}% of participants in a group had them.`;
}

