import type { Status, StudyType } from "../../api/types";
import type { Near, Radius } from "../../lib/geo/near";

/** Phase filter values as they appear in our URLs: digits, plus "early" (Early Phase 1) and "na". */
export type PhaseKey = "early" | "1" | "2" | "3" | "4" | "na";
export type SexFilter = "FEMALE" | "MALE";
export type FunderType = "nih" | "fed" | "industry" | "other";
/** "nearest" needs `near`: the registry cannot sort by distance, so the loaded results are sorted here. */
export type SearchSort = "relevance" | "updated" | "start" | "nearest";

/**
 * One search, normalised: the single source for the URL, the react-query key and the API request.
 * Absent fields mean "no filter"; `status` undefined means the default (recruiting and not yet recruiting),
 * an empty array means "any status". `sort` undefined means the default: relevance when any text field is
 * filled in, otherwise last updated (see effectiveSort in search-url.ts).
 */
export type Search = {
  cond?: string;
  intr?: string;
  locn?: string;
  term?: string;
  spons?: string;
  id?: string;
  status?: Status[];
  phase?: PhaseKey[];
  type?: StudyType;
  age?: number;
  sex?: SexFilter;
  healthy?: true;
  results?: true;
  funder?: FunderType;
  /** Only studies with a site within `radius` of this place (a point, a US ZIP or a place name). */
  near?: Near;
  /** Absent means DEFAULT_RADIUS (50 mi); ignored without `near`. */
  radius?: Radius;
  sort?: SearchSort;
};
