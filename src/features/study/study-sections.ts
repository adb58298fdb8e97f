import type { SectionSpec } from "./sections/section-spec";
import { summarySection } from "./sections/summary-section";
import { DEFERRED_BACK_MATTER, DEFERRED_PRESENCE, RESULTS_PRESENCE } from "./sections/section-presence";
import { deferredSpec } from "./sections/deferred-section";

// Reading order: what a patient needs first (what it is, what taking part means, who can join, where
// and whom to call), then what happens in the study, its results, who runs it, and the paperwork.
// The summary is in the first screen and comes with the page; the sections after it render as the
// reader nears them, from a later chunk (sections/deferred-section.tsx), each with its heading from the start.
export const STUDY_SECTIONS: readonly SectionSpec[] = [
  summarySection,
  ...[...DEFERRED_PRESENCE, RESULTS_PRESENCE, ...DEFERRED_BACK_MATTER].map(deferredSpec),
];
