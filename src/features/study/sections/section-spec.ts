import type { ComponentType } from "react";
import type { Study } from "../../../api/types";

/**
 * One section of the study page. `study-sections.ts` lists them in reading order; the page renders
 * each one whose `has` is true, and the table of contents is built from the same list, so an anchor
 * exists exactly when its section does.
 */
export type SectionSpec = {
  /** Stable anchor (a public interface: deep links use it), e.g. "eligibility". */
  id: string;
  /** The section's h2, in plain words, e.g. "Who can join". */
  title: string;
  /** Does this record have anything for this section? */
  has: (study: Study) => boolean;
  Component: ComponentType<{ study: Study }>;
};
