import { useMemo } from "react";
import { t, plural } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
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
  const siteCount = markers.length;
  const count = formatCount(siteCount);
  const studyCount = formatCount(studiesOnMap);
  const studiesText = plural(studiesOnMap, { one: `${studyCount} study`, other: `${studyCount} studies` });
  return (
    <div className="mb-4 space-y-2">
      <p className="text-muted">
        {plural(siteCount, { one: `${count} site of ${studiesText} loaded so far.`, other: `${count} sites of ${studiesText} loaded so far.` })}{" "}
        <Trans>Loading more results adds their sites. Every study is also in the list below.</Trans>
      </p>
      <LazySiteMap markers={markers} label={t`Map of the sites of the loaded studies`} />
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
    const status = site.status && statusLabel(site.status);
    return [
      {
        id: `${nctId}:${i}`,
        lat: point.lat,
        lon: point.lon,
        name: `${title}: ${place || t`site`}`,
        popup: (
          <div className="space-y-1 text-sm">
            <Link to={`/study/${nctId}`} lang="en" className="font-semibold">
              {title}
            </Link>
            <p lang="en">{place}</p>
            <p>{status ? t`Site status: ${status}` : t`Site status not stated`}</p>
          </div>
        ),
      },
    ];
  });
}
