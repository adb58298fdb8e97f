import type { Near, Radius } from "../../lib/geo/near";
import type { FilterValues } from "./filters/catalogue";

/** "nearest" needs `near`: the registry cannot sort by distance, so the loaded results are sorted here. */
export type SearchSort = "relevance" | "updated" | "start" | "nearest";

/**
 * One search, normalised: the single source for the URL, the react-query key and the API request.
 * Absent fields mean "no filter"; `status` undefined means the default (recruiting and not yet recruiting),
 * an empty array means "any status". `sort` undefined means the default: relevance when any text field is
 * filled in, otherwise last updated (see effectiveSort in search-url.ts).
 */
export type Search = TextValues & FilterValues & {
  /** Only studies with a site within `radius` of this place (a point, a US ZIP or a place name). */
  near?: Near;
  /** Absent means DEFAULT_RADIUS (50 mi); ignored without `near`. */
  radius?: Radius;
  sort?: SearchSort;
};

export type TextValues = {
  cond?: string;
  intr?: string;
  locn?: string;
  term?: string;
  spons?: string;
  id?: string;
};


