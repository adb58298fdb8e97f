// A result card's distance lines, from nearestSites (lib/geo). Distances are to a site's own
// coordinates; a site's own status decides "recruiting", since a recruiting study may have closed sites.
import { t, plural } from "@lingui/core/macro";
import type { Location } from "../../api/types";
import { formatDistance } from "../../lib/geo/distance";
import type { NearestSites, SiteDistance } from "../../lib/geo/nearest-site";
import { serializeRadius, type Radius } from "../../lib/geo/near";
import { formatCount } from "../../lib/format-count";

export type DistanceLines = { nearest?: string; recruiting?: string; within: string };

export function distanceLines(sites: NearestSites, radius: Radius): DistanceLines {
  const { nearest, nearestRecruiting, withinRadius, onMap, notOnMap } = sites;
  const count = formatCount(withinRadius);
  const distance = serializeRadius(radius, " ");
  const within =
    withinRadius > 0
      ? plural(withinRadius, { one: `${count} site within ${distance}`, other: `${count} sites within ${distance}` })
      : onMap === 0 && notOnMap > 0
        ? t`The record gives no map position for its sites`
        : t`No site within ${distance}`;
  if (!nearest) return { within };
  const status = nearest.location.status;
  const site = describe(nearest, radius);
  const lines: DistanceLines = {
    nearest: status === "RECRUITING" ? t`${site} (recruiting)` : status === undefined ? t`${site} (its status is not stated)` : site,
    within,
  };
  if (nearestRecruiting && nearestRecruiting.index !== nearest.index) lines.recruiting = describe(nearestRecruiting, radius);
  return lines;
}

/** "Boston, Massachusetts, 4 mi" */
function describe(site: SiteDistance, radius: Radius): string {
  return `${placeOf(site.location)}, ${formatDistance(site.distance, radius.unit)}`;
}

function placeOf(location: Location): string {
  const place = [location.city, location.state ?? location.country].map((part) => part?.trim()).filter(Boolean).join(", ");
  return place || t`A site without a town`;
}
