import type { SectionSpec } from "./section-spec";
import { PostedResults } from "../results/posted-results";
import { summarizeResults } from "../results/results-summary";

/**
 * Posted results: participant flow, baseline, outcome measures, adverse events, more information.
 * The page's record comes without them (hasResults says they exist); they are requested when opened
 * (see results/posted-results.tsx), and their tables load on demand (see results/parts-loader.tsx).
 */
export const resultsSection: SectionSpec = {
  id: "results",
  title: "Results",
  has: (study) => study.hasResults === true || summarizeResults(study.resultsSection).parts.length > 0,
  Component: PostedResults,
};
