// A result card's distance lines, from nearestSites (lib/geo). Distances are to a site's own
// coordinates; a site's own status decides "recruiting", since a recruiting study may have closed sites.
import type { Location } from "../../api/types";
import { formatDistance } from "../../lib/geo/distance";
import type { NearestSites, SiteDistance } from "../../lib/geo/nearest-site";
import { serializeRadius, type Radius } from "../../lib/geo/near";
import { formatCount } from "../../lib/format-count";

export type DistanceLines = { nearest?: string; recruiting?: string; within: string };

export function distanceLines(sites: NearestSites, radius: Radius): DistanceLines {
  const { nearest, nearestRecruiting, withinRadius, onMap, notOnMap } = sites;
  const within =
    withinRadius > 0
      ? `${formatCount(withinRadius)} ${withinRadius === 1 ? "site" : "sites"} within ${serializeRadius(radius, " ")}`
      : onMap === 0 && notOnMap > 0
        ? "The record gives no map position for its sites"
        : `No site within ${serializeRadius(radius, " ")}`;
  if (!nearest) return { within };
  const status = nearest.location.status;
  const statusNote = status === "RECRUITING" ? " (recruiting)" : status === undefined ? " (its status is not stated)" : "";
  const lines: DistanceLines = { nearest: `${describe(nearest, radius)}${statusNote}`, within };
  if (nearestRecruiting && nearestRecruiting.index !== nearest.index) lines.recruiting = describe(nearestRecruiting, radius);
  return lines;
}

/** "Boston, Massachusetts, 4 mi" */
function describe(site: SiteDistance, radius: Radius): string {
  return `${placeOf(site.location)}, ${formatDistance(site.distance, radius.unit)}`;
}

function placeOf(location: Location): string {
  const place = [location.city, location.state ?? location.country].map((part) => part?.trim()).filter(Boolean).join(", ");
  return place || "A site without a town";
}
