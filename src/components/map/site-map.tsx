import "leaflet/dist/leaflet.css";
import "react-leaflet-cluster/dist/assets/MarkerCluster.css";
import "./site-map.css";
import { plural, t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import L from "leaflet";
import type {} from "leaflet.markercluster";
import iconRetinaUrl from "leaflet/dist/images/marker-icon-2x.png";
import iconUrl from "leaflet/dist/images/marker-icon.png";
import shadowUrl from "leaflet/dist/images/marker-shadow.png";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { MapContainer, TileLayer, ZoomControl } from "react-leaflet";
import MarkerClusterGroup from "react-leaflet-cluster";
import { formatCount } from "../../lib/format-count";
import { TILE_ATTRIBUTION, TILE_URL } from "./map-config";
import { MapStages } from "./map-stages";
import type { MapMarker } from "./map-types";
import { useMarkerLayers } from "./use-marker-layers";
import { NextTask } from "./next-task";

// Vite hashes the marker images; without this Leaflet looks for them next to its CSS and gets 404s.
L.Icon.Default.mergeOptions({ iconUrl, iconRetinaUrl, shadowUrl });

/**
 * Markers on an OpenStreetMap background, clustered when there are many. Loaded as its own chunk
 * (see lazy-site-map.tsx): Leaflet is ~50 kB gzip and most pages have no map.
 * `selectedId` opens that marker's popup (zooming into its cluster); choosing a marker reports it.
 * Markers are plain Leaflet objects added in short slices (use-marker-layers.ts), not one React
 * component each: hundreds of them would block the page for a few hundred milliseconds. For the same
 * reason the map, its tiles and each slice of markers are set up in separate tasks.
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
  // Only the first markers set the view: later ones (more search results) keep the reader's view.
  const [bounds] = useState(() => boundsOf(markers));
  const [group, setGroup] = useState<L.MarkerClusterGroup | null>(null);
  // The open popup's content node: only the open marker's popup is ever rendered (through a portal).
  const [holder] = useState(() => document.createElement("div"));
  const { layers, openId, done } = useMarkerLayers(group, markers, holder, onSelect);
  const open = openId === undefined ? undefined : markers.find((m) => m.id === openId);

  // Leaflet laid the popup out before React filled it: measure and pan again once the content is in.
  useLayoutEffect(() => {
    if (openId !== undefined) layers.get(openId)?.getPopup()?.update();
  }, [open, openId, layers]);

  // Open the selected marker's popup once that marker is on the map (it may still be loading).
  const shown = useRef<string>(undefined);
  useEffect(() => {
    if (selectedId === undefined) shown.current = undefined;
    const marker = selectedId === undefined ? undefined : layers.get(selectedId);
    if (!group || !marker || !group.hasLayer(marker) || shown.current === selectedId) return;
    shown.current = selectedId;
    group.zoomToShowLayer(marker, () => marker.openPopup());
  }, [selectedId, group, layers, done]);

  const tileEvents = useMemo(
    (): L.LeafletEventHandlerFnMap => ({
      tileload: () => setTiles("ok"),
      tileerror: () => setTiles((now) => (now === "ok" ? now : "failed")),
    }),
    [],
  );

  return (
    // The box is lazy-site-map.tsx's MapBox, sized before the map came; the tiles notice lies over the map.
    <div className="relative h-full" role="region" aria-label={label}>
      <MapContainer scrollWheelZoom={false} zoomControl={false} className="h-full w-full rounded-lg border border-line">
        {/* Leaflet's own, with its button names in the page's language. */}
        <ZoomControl zoomInTitle={t`Zoom in`} zoomOutTitle={t`Zoom out`} />
        <MapStages bounds={bounds} options={FIT}>
          <TileLayer url={TILE_URL} attribution={TILE_ATTRIBUTION} eventHandlers={tileEvents} />
          <NextTask>
            <MarkerClusterGroup ref={setGroup} iconCreateFunction={clusterIcon} showCoverageOnHover={false}>
              {null /* the markers are added imperatively, see use-marker-layers.ts */}
            </MarkerClusterGroup>
          </NextTask>
        </MapStages>
      </MapContainer>
      {open && createPortal(open.popup, holder, open.id)}
      {tiles === "failed" && (
        // Over the map's foot, like Leaflet's own controls (z-index 1000); clicks go through to the map.
        <p
          role="status"
          className="pointer-events-none absolute inset-x-2 bottom-7 z-[1000] rounded border border-line bg-white p-2 text-sm text-ink shadow"
        >
          <Trans>
            The map background could not be loaded (offline or blocked). The sites are still marked, and all are listed
            below.
          </Trans>
        </p>
      )}
    </div>
  );
}

const FIT: L.FitBoundsOptions = { padding: [24, 24], maxZoom: 12 };

function boundsOf(markers: readonly MapMarker[]): L.LatLngBoundsExpression {
  if (markers.length === 0) return [[-50, -140], [65, 160]];
  return L.latLngBounds(markers.map((m) => [m.lat, m.lon] as [number, number]));
}

/** A cluster with its count, named for screen readers (Leaflet makes each marker a focusable button). */
function clusterIcon(group: L.MarkerCluster): L.DivIcon {
  const sites = group.getChildCount();
  const size = sites < 10 ? 36 : sites < 100 ? 42 : 48;
  const count = formatCount(sites);
  const name = plural(sites, { one: `${count} site here: zoom in`, other: `${count} sites here: zoom in` });
  return L.divIcon({
    html: `<span aria-hidden="true">${count}</span><span class="site-cluster-name">${name}</span>`,
    className: "site-cluster",
    iconSize: L.point(size, size),
  });
}
