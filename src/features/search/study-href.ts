import { isLatLon, type LatLon } from "../../lib/geo/distance";
import { nearFromPoint, serializeNear } from "../../lib/geo/near";

/**
 * A result's study link. In a search near a place it carries the point the search found (a ZIP or a
 * town already looked up) as `?near=lat,lon`, rounded as in the search, so the study page can list the
 * nearest sites first without looking the place up again.
 */
export function studyHref(nctId: string, origin?: LatLon): string {
  const query = origin && isLatLon(origin) ? `?near=${serializeNear(nearFromPoint(origin))}` : "";
  return `/study/${nctId}${query}`;
}
