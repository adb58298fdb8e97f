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
        <Callout tone="info" title="Results submitted, not yet public">
          <p>
            {party ? `The party responsible for the study (${party})` : "The party responsible for the study"} has sent
            results to ClinicalTrials.gov, but they are not shown yet. The registry's staff check results for quality before
            posting them. {latestStep(unpostedEvents)}
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
        <Callout tone="warn" title="Reporting violation">
          <p>The registry notes that this study did not follow the law on reporting results (FDAAA 801).</p>
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
      return "The latest submission is waiting for that review.";
    case "RESET":
      return "The reviewers sent the latest submission back to the study team for corrections.";
    case "UNRELEASE":
      return "The study team withdrew the latest submission.";
    default:
      return "";
  }
}

function EventDate({ date, unknown }: { date?: string; unknown?: boolean }) {
  const formatted = formatDate(date);
  if (formatted) return <time dateTime={date}>{formatted}</time>;
  return <span className="text-muted">{unknown ? "Date unknown" : "Date not stated"}</span>;
}

function Violation({ event }: { event: ViolationEvent }) {
  const dates = [
    ["issued", event.issuedDate],
    ["released", event.releaseDate],
    ["posted on ClinicalTrials.gov", event.postedDate],
  ] as const;
  const shown = dates.filter(([, date]) => formatDate(date));
  return (
    <li>
      <p className="font-semibold">{violationEventLabel(event.type)}.</p>
      {text(event.description) && <p>{text(event.description)}</p>}
      {shown.length > 0 && (
        <p className="text-sm">
          {shown.map(([what, date], i) => (
            <span key={what}>
              {i === 0 ? "Notice " : ", "}
              {what} <time dateTime={date}>{formatDate(date)}</time>
            </span>
          ))}
          .
        </p>
      )}
    </li>
  );
}
