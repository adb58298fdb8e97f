import { t } from "@lingui/core/macro";
import type { SectionSpec } from "./section-spec";
import { PostedResults } from "../results/posted-results";
import { hasResultParts } from "../results/has-result-parts";

/**
 * Posted results: participant flow, baseline, outcome measures, adverse events, more information.
 * The page's record comes without them (hasResults says they exist); they are requested when opened
 * (see results/posted-results.tsx) with the overview's code, and their tables load on demand (see
 * results/parts-loader.tsx).
 */
export const resultsSection: SectionSpec = {
  id: "results",
  get title() {
    return t({ message: "Results", context: "study section" });
  },
  has: (study) => study.hasResults === true || hasResultParts(study.resultsSection),
  Component: PostedResults,
};
