// A study's sites seen from one place: the nearest, the nearest recruiting, how many lie within the radius.
// The registry returns every site of a matching study, unsorted and without distances (filter.geo only
// says that at least one is in range), so this is computed here, in one pass.
import type { Location } from "../../api/types";
import { distanceIn, isLatLon, type DistanceUnit, type LatLon } from "./distance";

export type SiteDistance = {
  location: Location;
  /** Position in the record's `locations`, to tie a list row and a map marker together. */
  index: number;
  /** In the unit asked for. */
  distance: number;
};

export type NearestSites = {
  /** The nearest site on the map, whatever its status. */
  nearest?: SiteDistance;
  /** The nearest site whose own status is RECRUITING (a recruiting study can have closed sites). */
  nearestRecruiting?: SiteDistance;
  /**
   * The nearest site whose record states no status (most sites, since the registry only has per-site
   * statuses for some studies). When it is closer than nearestRecruiting, say that its status is not stated.
   */
  nearestStatusUnstated?: SiteDistance;
  /** Sites with a usable geoPoint at most `radius` away (inclusive). */
  withinRadius: number;
  /** Sites with a usable geoPoint. */
  onMap: number;
  /** Sites without a usable geoPoint: listed, but "not on the map", and in no distance above. */
  notOnMap: number;
};

export function nearestSites(
  locations: readonly Location[] | undefined,
  origin: LatLon,
  radius: { value: number; unit: DistanceUnit },
): NearestSites {
  const out: NearestSites = { withinRadius: 0, onMap: 0, notOnMap: 0 };
  const measure = isLatLon(origin); // without an origin only the map counts are known
  // Strict `<` keeps the first of equally near sites, so results follow the record's order.
  const closer = (site: SiteDistance, best: SiteDistance | undefined) => !best || site.distance < best.distance;
  (locations ?? []).forEach((location, index) => {
    if (!isLatLon(location.geoPoint)) {
      out.notOnMap += 1;
      return;
    }
    out.onMap += 1;
    if (!measure) return;
    const site = { location, index, distance: distanceIn(origin, location.geoPoint, radius.unit) };
    if (site.distance <= radius.value) out.withinRadius += 1;
    if (closer(site, out.nearest)) out.nearest = site;
    if (location.status === "RECRUITING" && closer(site, out.nearestRecruiting)) out.nearestRecruiting = site;
    if (location.status === undefined && closer(site, out.nearestStatusUnstated)) out.nearestStatusUnstated = site;
  });
  return out;
}
