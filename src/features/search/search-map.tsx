import { useMemo } from "react";
import { Link } from "../../components/app-link";
import type { Study } from "../../api/types";
import { LazySiteMap } from "../../components/map/lazy-site-map";
import type { MapMarker } from "../../components/map/map-types";
import { isLatLon } from "../../lib/geo/distance";
import { statusLabel } from "../../lib/registry-labels";
import { cardTitle } from "./card-summary";
import { formatCount } from "../../lib/format-count";

/** Every site of the loaded studies on one clustered map; each marker leads to its study. */
export function SearchMap({ studies }: { studies: readonly Study[] }) {
  const markers = useMemo(() => studies.flatMap(studyMarkers), [studies]);
  const studiesOnMap = new Set(markers.map((m) => m.id.split(":")[0])).size;
  return (
    <div className="mb-4 space-y-2">
      <p className="text-muted">
        {formatCount(markers.length)} {markers.length === 1 ? "site" : "sites"} of {formatCount(studiesOnMap)}{" "}
        {studiesOnMap === 1 ? "study" : "studies"} loaded so far. Loading more results adds their sites. Every study is also in the list below.
      </p>
      <LazySiteMap markers={markers} label="Map of the sites of the loaded studies" />
    </div>
  );
}

function studyMarkers(study: Study): MapMarker[] {
  const p = study.protocolSection;
  const nctId = p?.identificationModule?.nctId;
  if (!nctId) return [];
  const { title } = cardTitle(p?.identificationModule);
  return (p?.contactsLocationsModule?.locations ?? []).flatMap((site, i) => {
    const point = site.geoPoint;
    if (!isLatLon(point)) return [];
    const place = [site.city, site.state, site.country].filter(Boolean).join(", ");
    return [
      {
        id: `${nctId}:${i}`,
        lat: point.lat,
        lon: point.lon,
        name: `${title}: ${place || "site"}`,
        popup: (
          <div className="space-y-1 text-sm">
            <Link to={`/study/${nctId}`} className="font-semibold">
              {title}
            </Link>
            <p>{place}</p>
            <p>{site.status ? `Site status: ${statusLabel(site.status)}` : "Site status not stated"}</p>
          </div>
        ),
      },
    ];
  });
}
