import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import type { Study } from "../../../api/types";
import { Callout } from "../../../components/ui/callout";
import type { UnpostedEvent, ViolationEvent } from "../results/result-types";
import { formatDate, text, unpostedEventLabel, violationEventLabel } from "../results/result-labels";

/**
 * The registry's notes about a study's results (annotationSection): results submitted but not yet
 * public, and FDA reporting violations. Renders nothing when the record has neither.
 */
export function AnnotationNote({ study }: { study: Study }) {
  const annotations = study.annotationSection?.annotationModule;
  const unposted = annotations?.unpostedAnnotation;
  const unpostedEvents = unposted?.unpostedEvents ?? [];
  const violations = annotations?.violationAnnotation?.violationEvents ?? [];
  if (unpostedEvents.length === 0 && violations.length === 0) return null;
  const party = text(unposted?.unpostedResponsibleParty);
  return (
    <div className="space-y-3">
      {unpostedEvents.length > 0 && (
        <Callout tone="info" title={t`Results submitted, not yet public`}>
          <p>
            {party ? (
              <Trans>
                The party responsible for the study (<span lang="en">{party}</span>) has sent results to ClinicalTrials.gov,
                but they are not shown yet. The registry&apos;s staff check results for quality before posting them.
              </Trans>
            ) : (
              <Trans>
                The party responsible for the study has sent results to ClinicalTrials.gov, but they are not shown yet. The
                registry&apos;s staff check results for quality before posting them.
              </Trans>
            )}{" "}
            {latestStep(unpostedEvents)}
          </p>
          <ul className="list-disc space-y-1 pl-5">
            {unpostedEvents.map((event, i) => (
              <li key={i}>
                <EventDate date={event.date} unknown={event.dateUnknown} />: {unpostedEventLabel(event.type)}
              </li>
            ))}
          </ul>
        </Callout>
      )}
      {violations.length > 0 && (
        <Callout tone="warn" title={t`Reporting violation`}>
          <p>
            <Trans>The registry notes that this study did not follow the law on reporting results (FDAAA 801).</Trans>
          </p>
          <ul className="space-y-2">
            {violations.map((event, i) => (
              <Violation key={i} event={event} />
            ))}
          </ul>
        </Callout>
      )}
    </div>
  );
}

/** One sentence on where the latest submission stands, from the last event. */
function latestStep(events: readonly UnpostedEvent[]): string {
  switch (events.at(-1)?.type) {
    case "RELEASE":
      return t`The latest submission is waiting for that review.`;
    case "RESET":
      return t`The reviewers sent the latest submission back to the study team for corrections.`;
    case "UNRELEASE":
      return t`The study team withdrew the latest submission.`;
    default:
      return "";
  }
}

function EventDate({ date, unknown }: { date?: string; unknown?: boolean }) {
  const formatted = formatDate(date);
  if (formatted) return <time dateTime={date}>{formatted}</time>;
  return <span className="text-muted">{unknown ? t`Date unknown` : t`Date not stated`}</span>;
}

function Violation({ event }: { event: ViolationEvent }) {
  // "Notice issued March 4, 2021, released …, posted on ClinicalTrials.gov …."
  const dates = [
    [t`issued`, event.issuedDate],
    [t`released`, event.releaseDate],
    [t`posted on ClinicalTrials.gov`, event.postedDate],
  ] as const;
  const description = text(event.description);
  const shown = dates.filter(([, date]) => formatDate(date));
  return (
    <li>
      <p className="font-semibold">{violationEventLabel(event.type)}.</p>
      {description && <p lang="en">{description}</p>}
      {shown.length > 0 && (
        <p className="text-sm">
          {shown.map(([what, date], i) => (
            <span key={what}>
              {i === 0 ? `${t`Notice`} ` : ", "}
              {what} <time dateTime={date}>{formatDate(date)}</time>
            </span>
          ))}
          .
        </p>
      )}
    </li>
  );
}
