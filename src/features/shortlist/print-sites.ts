import type { Location } from "../../api/types";
import { distanceIn, isLatLon, type DistanceUnit, type LatLon } from "../../lib/geo/distance";

export type PickedSite = { location: Location; distance?: number };

/**
 * The sites worth printing: with a place, the `count` nearest (haversine; sites without a position last,
 * in record order); without one, recruiting sites first, then the others, in the record's order.
 */
export function pickSites(
  locations: readonly Location[] | undefined,
  near: LatLon | undefined,
  count: number,
  unit: DistanceUnit = "mi",
): PickedSite[] {
  const sites = locations ?? [];
  if (near && isLatLon(near)) {
    return sites
      .map((location, index) => ({
        location,
        index,
        distance: isLatLon(location.geoPoint) ? distanceIn(near, location.geoPoint, unit) : undefined,
      }))
      .sort((a, b) => (a.distance ?? Infinity) - (b.distance ?? Infinity) || a.index - b.index)
      .slice(0, count)
      .map(({ location, distance }) => ({ location, distance }));
  }
  const recruiting = sites.filter((site) => site.status === "RECRUITING");
  const others = sites.filter((site) => site.status !== "RECRUITING");
  return [...recruiting, ...others].slice(0, count).map((location) => ({ location }));
}
