import type { ReactNode } from "react";
import type { Study } from "../../api/types";
import type { LatLon } from "../../lib/geo/distance";
import type { DistanceLines } from "./card-distance";

/** What the results list takes, plain (result-list.tsx) or virtualised for long lists (virtual-result-list.tsx). */
export type ResultListProps = {
  studies: Study[];
  total: number;
  cacheKey: string;
  renderActions?: (study: Study) => ReactNode;
  nearby?: (nctId: string) => DistanceLines | undefined;
  /** In a search near a place: its point, for the study links. */
  origin?: LatLon;
};

export const nctIdOf = (study: Study) => study.protocolSection?.identificationModule?.nctId ?? "";
