import type { ResultsSection } from "./result-types";
import { text } from "./result-labels";

/**
 * Whether summarizeResults(results).parts would be non-empty (results-summary.ts), without building the
 * summary: the study page decides whether it has a Results section at load, and results-summary.ts
 * loads later, with the results overview. has-result-parts.test.ts checks they agree.
 */
export function hasResultParts(results: ResultsSection | undefined): boolean {
  if (!results) return false;
  const flow = results.participantFlowModule;
  const baseline = results.baselineCharacteristicsModule;
  const ae = results.adverseEventsModule;
  const more = results.moreInfoModule;
  const agreement = more?.certainAgreement;
  const contact = more?.pointOfContact;
  return Boolean(
    (flow && (flow.groups?.length || flow.periods?.length)) ||
      (baseline && (baseline.measures?.length || baseline.groups?.length)) ||
      (results.outcomeMeasuresModule?.outcomeMeasures?.length ?? 0) > 0 ||
      (ae && (ae.eventGroups?.length || ae.seriousEvents?.length || ae.otherEvents?.length || text(ae.description) || text(ae.timeFrame))) ||
      text(more?.limitationsAndCaveats?.description) ||
      (agreement &&
        (agreement.piSponsorEmployee !== undefined ||
          agreement.restrictiveAgreement !== undefined ||
          agreement.restrictionType ||
          text(agreement.otherDetails))) ||
      (contact && [contact.title, contact.organization, contact.email, contact.phone].some(text)),
  );
}
