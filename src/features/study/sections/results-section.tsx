import type { SectionSpec } from "./section-spec";
import { ResultsBody } from "../results/results-body";
import { summarizeResults } from "../results/results-summary";

/**
 * Posted results: participant flow, baseline, outcome measures, adverse events, more information.
 * Only the overview is in the study chunk; the tables load on demand (see results/parts-loader.tsx).
 */
export const resultsSection: SectionSpec = {
  id: "results",
  title: "Results",
  has: (study) => summarizeResults(study.resultsSection).parts.length > 0,
  Component: ResultsBody,
};
