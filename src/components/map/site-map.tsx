import "leaflet/dist/leaflet.css";
import "react-leaflet-cluster/dist/assets/MarkerCluster.css";
import "./site-map.css";
import L from "leaflet";
import type {} from "leaflet.markercluster";
import iconRetinaUrl from "leaflet/dist/images/marker-icon-2x.png";
import iconUrl from "leaflet/dist/images/marker-icon.png";
import shadowUrl from "leaflet/dist/images/marker-shadow.png";
import { memo, useEffect, useMemo, useRef, useState } from "react";
import { MapContainer, Marker, Popup, TileLayer } from "react-leaflet";
import MarkerClusterGroup from "react-leaflet-cluster";
import { TILE_ATTRIBUTION, TILE_URL } from "./map-config";
import type { MapMarker } from "./map-types";

// Vite hashes the marker images; without this Leaflet looks for them next to its CSS and gets 404s.
L.Icon.Default.mergeOptions({ iconUrl, iconRetinaUrl, shadowUrl });

/**
 * Markers on an OpenStreetMap background, clustered when there are many. Loaded as its own chunk
 * (see lazy-site-map.tsx): Leaflet is ~50 kB gzip and most pages have no map.
 * `selectedId` opens that marker's popup (zooming into its cluster); choosing a marker reports it.
 */
export default function SiteMap({
  markers,
  label,
  selectedId,
  onSelect,
}: {
  markers: readonly MapMarker[];
  label: string;
  selectedId?: string;
  onSelect?: (id: string) => void;
}) {
  const [tiles, setTiles] = useState<"loading" | "ok" | "failed">("loading");
  const bounds = useMemo(() => boundsOf(markers), [markers]);
  const cluster = useRef<L.MarkerClusterGroup>(null);
  // One map of marker instances for the component's life (state, not a ref: it is read while rendering).
  const [refs] = useState(() => new Map<string, L.Marker>());

  useEffect(() => {
    const marker = selectedId === undefined ? undefined : refs.get(selectedId);
    if (!marker) return;
    if (cluster.current) cluster.current.zoomToShowLayer(marker, () => marker.openPopup());
    else marker.openPopup();
  }, [selectedId, refs]);

  return (
    <div className="space-y-1" role="region" aria-label={label}>
      <MapContainer
        bounds={bounds}
        boundsOptions={{ padding: [24, 24], maxZoom: 12 }}
        scrollWheelZoom={false}
        className="h-80 w-full rounded-lg border border-line sm:h-96"
      >
        <TileLayer
          url={TILE_URL}
          attribution={TILE_ATTRIBUTION}
          eventHandlers={{
            tileload: () => setTiles("ok"),
            tileerror: () => setTiles((now) => (now === "ok" ? now : "failed")),
          }}
        />
        <MarkerClusterGroup ref={cluster} chunkedLoading iconCreateFunction={clusterIcon} showCoverageOnHover={false}>
          <Markers markers={markers} refs={refs} onSelect={onSelect} />
        </MarkerClusterGroup>
      </MapContainer>
      {tiles === "failed" && (
        <p role="status" className="text-sm text-muted">
          The map background could not be loaded (offline or blocked). The sites are still marked, and all are listed
          below.
        </p>
      )}
    </div>
  );
}

// Memoised so that opening a popup (a re-render of the map) does not rebuild hundreds of markers.
const Markers = memo(function Markers({
  markers,
  refs,
  onSelect,
}: {
  markers: readonly MapMarker[];
  refs: Map<string, L.Marker>;
  onSelect?: (id: string) => void;
}) {
  return markers.map((m) => (
    <Marker
      key={m.id}
      position={[m.lat, m.lon]}
      title={m.name}
      alt={m.name}
      ref={(marker) => {
        if (marker) refs.set(m.id, marker);
        else refs.delete(m.id);
      }}
      eventHandlers={{ click: () => onSelect?.(m.id) }}
    >
      <Popup>{m.popup}</Popup>
    </Marker>
  ));
});

function boundsOf(markers: readonly MapMarker[]): L.LatLngBoundsExpression {
  if (markers.length === 0) return [[-50, -140], [65, 160]];
  return L.latLngBounds(markers.map((m) => [m.lat, m.lon] as [number, number]));
}

/** A cluster with its count, named for screen readers (Leaflet makes each marker a focusable button). */
function clusterIcon(group: L.MarkerCluster): L.DivIcon {
  const count = group.getChildCount();
  const size = count < 10 ? 36 : count < 100 ? 42 : 48;
  return L.divIcon({
    html: `<span aria-hidden="true">${count}</span><span class="site-cluster-name">${count} sites here: zoom in</span>`,
    className: "site-cluster",
    iconSize: L.point(size, size),
  });
}
