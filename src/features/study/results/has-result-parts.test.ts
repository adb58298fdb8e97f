import { expect, test } from "vitest";
import { corpus, requireCorpus } from "../../../testing/server";
import { hasResultParts } from "./has-result-parts";
import type { ResultsSection } from "./result-types";
import { summarizeResults } from "./results-summary";

// The study page decides whether it has a Results section with hasResultParts (loaded with the page);
// the overview (a later chunk) counts the parts with summarizeResults. They must agree.
requireCorpus();
const hasParts = (results: ResultsSection | undefined) => summarizeResults(results).parts.length > 0;

test("agrees with summarizeResults on every record of the corpus", () => {
  expect(corpus.studies.some((study) => hasParts(study.resultsSection))).toBe(true);
  for (const study of corpus.studies) {
    expect(hasResultParts(study.resultsSection), study.protocolSection?.identificationModule?.nctId).toBe(hasParts(study.resultsSection));
  }
});

test("agrees with summarizeResults on empty parts, blank text and each part alone", () => {
  const cases: (ResultsSection | undefined)[] = [
    undefined,
    {},
    { participantFlowModule: {} },
    { participantFlowModule: { groups: [], periods: [] } },
    { participantFlowModule: { periods: [{}] } },
    { baselineCharacteristicsModule: { measures: [] } },
    { baselineCharacteristicsModule: { groups: [{}] } },
    { outcomeMeasuresModule: {} },
    { outcomeMeasuresModule: { outcomeMeasures: [] } },
    { outcomeMeasuresModule: { outcomeMeasures: [{}] } },
    { adverseEventsModule: {} },
    { adverseEventsModule: { description: " ", timeFrame: "" } },
    { adverseEventsModule: { timeFrame: "1 year" } },
    { adverseEventsModule: { otherEvents: [{}] } },
    { moreInfoModule: {} },
    { moreInfoModule: { pointOfContact: { email: " " } } },
    { moreInfoModule: { pointOfContact: { phone: "555" } } },
    { moreInfoModule: { certainAgreement: {} } },
    { moreInfoModule: { certainAgreement: { piSponsorEmployee: false } } },
    { moreInfoModule: { certainAgreement: { otherDetails: "  " } } },
    { moreInfoModule: { limitationsAndCaveats: { description: "Small sample." } } },
  ];
  for (const results of cases) expect(hasResultParts(results), JSON.stringify(results)).toBe(hasParts(results));
});
