import { distanceIn, formatDistance, type DistanceUnit, type LatLon } from "../../../lib/geo/distance";
import type { Site } from "./sites";

export type SitesByDistance = {
  /** Nearest first; sites the map cannot place keep the record's order at the end. */
  ordered: Site[];
  /** "4 mi" for each placed site, by its record index. */
  distanceOf: (index: number) => string | undefined;
};

export function sitesByDistance(sites: readonly Site[], origin: LatLon, unit: DistanceUnit): SitesByDistance {
  const away = new Map<number, number>();
  for (const site of sites) if (site.geo) away.set(site.index, distanceIn(origin, site.geo, unit));
  const far = (site: Site) => away.get(site.index) ?? Number.POSITIVE_INFINITY;
  // Array sort is stable, so equally near sites (one hospital, several entries) keep the record's order.
  const ordered = [...sites].sort((a, b) => far(a) - far(b));
  return {
    ordered,
    distanceOf: (index) => {
      const distance = away.get(index);
      return distance === undefined ? undefined : formatDistance(distance, unit);
    },
  };
}
