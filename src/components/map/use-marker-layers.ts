import { t } from "@lingui/core/macro";
import L from "leaflet";
import { useEffect, useRef, useState } from "react";
import type { MapMarker } from "./map-types";
import { yieldToMain } from "../../lib/yield-to-main";

/**
 * Markers per slice: ~5 ms of work on a desktop, so well under the 50 ms that makes a long task on a
 * slow phone too. A fixed count, not a time budget: the clusters' order in the page (the keyboard's
 * order) depends on where the slices end, and should be the same on every visit.
 */
const SLICE = 40;

/**
 * Keeps `group` holding one Leaflet marker per entry of `markers`, matched by id: new ones are
 * created and clustered a slice at a time, yielding to the browser between slices so that scrolling
 * and typing stay responsive while hundreds of sites are placed. Each marker is a focusable button
 * named by `name` (Leaflet's keyboard option); its popup is `holder`, which the caller fills with
 * the open marker's content only. `done` counts the times every marker was placed.
 */
export function useMarkerLayers(
  group: L.MarkerClusterGroup | null,
  markers: readonly MapMarker[],
  holder: HTMLElement,
  onSelect?: (id: string) => void,
) {
  const [layers] = useState(() => new Map<string, L.Marker>());
  const [placed] = useState(() => new Map<string, MapMarker>()); // what each marker was made from
  const [openId, setOpenId] = useState<string>();
  const [done, setDone] = useState(0);
  const select = useRef(onSelect);
  useEffect(() => {
    select.current = onSelect;
  });
  const owner = useRef<L.MarkerClusterGroup>(null);

  useEffect(() => {
    if (!group) return;
    if (owner.current !== group) {
      layers.clear(); // a new map (and group): nothing of the old one is on it
      placed.clear();
      owner.current = group;
    }
    const wanted = new Map(markers.map((m) => [m.id, m]));
    const gone = [...placed].filter(([id, was]) => !same(wanted.get(id), was)).map(([id]) => id);
    if (gone.length > 0) group.removeLayers(gone.flatMap((id) => layers.get(id) ?? []));
    for (const id of gone) {
      layers.delete(id);
      placed.delete(id);
    }
    const todo = markers.filter((m) => !layers.has(m.id));
    if (todo.length === 0) return;

    let live = true;
    const create = (m: MapMarker): L.Marker => {
      const layer = L.marker([m.lat, m.lon], { title: m.name, alt: m.name }).bindPopup(holder);
      layer.on({
        click: () => select.current?.(m.id),
        popupopen: (event) => {
          // Leaflet names its close button in English.
          event.popup.getElement()?.querySelector(".leaflet-popup-close-button")?.setAttribute("aria-label", t`Close popup`);
          setOpenId(m.id);
        },
        popupclose: () => setOpenId((id) => (id === m.id ? undefined : id)),
      });
      layers.set(m.id, layer);
      placed.set(m.id, m);
      return layer;
    };
    void (async () => {
      for (let i = 0; i < todo.length; i += SLICE) {
        await yieldToMain();
        if (!live) return;
        group.addLayers(todo.slice(i, i + SLICE).map(create));
      }
      setDone((n) => n + 1);
    })();
    return () => {
      live = false;
    };
  }, [group, markers, layers, placed, holder]);

  return { layers: layers as ReadonlyMap<string, L.Marker>, openId, done };
}

function same(a: MapMarker | undefined, b: MapMarker): boolean {
  return a !== undefined && a.lat === b.lat && a.lon === b.lon && a.name === b.name;
}
