import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import type { FlowPeriod, FlowStats, MeasureGroup, ParticipantFlowModule } from "./result-types";
import { text } from "./result-labels";
import { milestoneLabel } from "./measure-labels";
import { CAPTION, ROW_HEADER, Facts, GroupDescriptions, GroupHeaderRow, Md, NotReported, ScrollTable } from "./result-bits";

/** How many people started, completed and left each period, per group, and why they left. */
export function ParticipantFlow({ module: flow }: { module: ParticipantFlowModule }) {
  const groups = flow.groups ?? [];
  const periods = flow.periods ?? [];
  const units = text(flow.typeUnitsAnalyzed);
  return (
    <>
      <Facts
        items={[
          [t`Recruitment`, text(flow.recruitmentDetails) && <Md value={flow.recruitmentDetails} />],
          [t`Before assignment to groups`, text(flow.preAssignmentDetails) && <Md value={flow.preAssignmentDetails} />],
          [t`Units analyzed`, units && <span lang="en">{units}</span>],
        ]}
      />
      <GroupDescriptions groups={groups} />
      {units && (
        <p className="text-sm text-muted">
          <Trans>
            Numbers are participants; the number of <span lang="en">{units}</span> is in brackets.
          </Trans>
        </p>
      )}
      {periods.map((period, i) => (
        <Period key={i} period={period} number={i + 1} many={periods.length > 1} groups={groups} />
      ))}
    </>
  );
}

function Period({ period, number, many, groups }: { period: FlowPeriod; number: number; many: boolean; groups: readonly MeasureGroup[] }) {
  const named = text(period.title);
  const title = named ?? t`Period ${number}`;
  // The period's title in the record's words, or ours.
  const heading = <span lang={named && "en"}>{title}</span>;
  const milestones = period.milestones ?? [];
  const drops = period.dropWithdraws ?? [];
  return (
    <div className="space-y-3">
      {many && <h4 className="text-lg font-semibold">{heading}</h4>}
      {milestones.length > 0 && (
        <ScrollTable label={t`Participant flow, period ${number}: ${title}`}>
          <caption className={`${CAPTION} font-semibold`}>
            <Trans>Participants at each step: {heading}</Trans>
          </caption>
          <thead>
            <GroupHeaderRow groups={groups} />
          </thead>
          <tbody>
            {milestones.map((milestone, i) => (
              <FlowRow
                key={i}
                header={milestoneLabel(milestone.type)}
                lang={milestoneLabel(milestone.type) === text(milestone.type) ? "en" : undefined}
                comment={milestone.comment}
                stats={milestone.achievements}
                groups={groups}
              />
            ))}
          </tbody>
        </ScrollTable>
      )}
      {drops.length > 0 && (
        <ScrollTable label={t`Reasons for leaving, period ${number}: ${title}`}>
          <caption className={`${CAPTION} font-semibold`}>
            <Trans>Why participants did not complete: {heading}</Trans>
          </caption>
          <thead>
            <GroupHeaderRow groups={groups} />
          </thead>
          <tbody>
            {drops.map((drop, i) => (
              <FlowRow
                key={i}
                header={text(drop.type) ?? t`Reason not stated`}
                lang={text(drop.type) && "en"}
                comment={drop.comment}
                stats={drop.reasons}
                groups={groups}
              />
            ))}
          </tbody>
        </ScrollTable>
      )}
    </div>
  );
}

function FlowRow({
  header,
  lang,
  comment,
  stats,
  groups,
}: {
  header: string;
  /** "en" when the header is the record's words. */
  lang?: string;
  comment?: string;
  stats?: readonly FlowStats[];
  groups: readonly MeasureGroup[];
}) {
  const byGroup = new Map((stats ?? []).map((s) => [s.groupId, s]));
  return (
    <tr>
      <th scope="row" lang={lang} className={ROW_HEADER}>
        {header}
        <Md value={comment} className="text-xs text-muted" />
      </th>
      {groups.map((group, i) => {
        const s = group.id === undefined ? undefined : byGroup.get(group.id);
        const subjects = text(s?.numSubjects);
        const units = text(s?.numUnits);
        return (
          <td key={group.id ?? i}>
            {subjects ?? <NotReported />}
            {units && ` (${units})`}
            <Md value={s?.comment} className="text-xs text-muted" />
          </td>
        );
      })}
    </tr>
  );
}
