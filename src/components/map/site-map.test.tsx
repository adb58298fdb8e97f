import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import type L from "leaflet";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { isLatLon } from "../../lib/geo/distance";
import { corpus, requireCorpus } from "../../testing/server";
import type { MapMarker } from "./map-types";
import SiteMap from "./site-map";

requireCorpus();
const NCT = "NCT02513394"; // 437 sites, 435 of them with a position

/** The record's placed sites as map markers; the popup holds a button, to show it is live React. */
function markersOf(nctId: string, onPopupButton = () => {}): MapMarker[] {
  const locations = corpus.byId(nctId)?.protocolSection?.contactsLocationsModule?.locations ?? [];
  return locations.flatMap((site, i) =>
    isLatLon(site.geoPoint) && !(site.geoPoint.lat === 0 && site.geoPoint.lon === 0)
      ? [
          {
            id: String(i),
            lat: site.geoPoint.lat,
            lon: site.geoPoint.lon,
            name: `${site.facility ?? "Site"}, ${site.city ?? ""}`,
            popup: (
              <button type="button" onClick={onPopupButton}>
                Details of site {i}
              </button>
            ),
          },
        ]
      : [],
  );
}

/** Sites at least `degrees` apart (lat and lon) from each other: each is its own marker at the first view. */
function spreadOut(markers: MapMarker[], degrees = 60): MapMarker[] {
  const kept: MapMarker[] = [];
  for (const m of markers) if (kept.every((k) => Math.abs(k.lat - m.lat) > degrees || Math.abs(k.lon - m.lon) > degrees)) kept.push(m);
  return kept;
}

/** Sites drawn: single markers plus the counts on clusters (as the e2e tests and the bench count them). */
function placed(container: HTMLElement): number {
  const singles = container.querySelectorAll(".leaflet-marker-icon:not(.site-cluster)").length;
  const clustered = [...container.querySelectorAll(".site-cluster [aria-hidden='true']")].reduce((n, el) => n + Number(el.textContent), 0);
  return singles + clustered;
}

// jsdom lays nothing out; Leaflet needs a size to choose a zoom and cluster the markers.
const size = { clientWidth: 800, clientHeight: 400 };
const saved = Object.keys(size).map((key) => [key, Object.getOwnPropertyDescriptor(HTMLElement.prototype, key)] as const);
beforeAll(() => {
  for (const [key, value] of Object.entries(size)) Object.defineProperty(HTMLElement.prototype, key, { configurable: true, get: () => value });
});
afterAll(() => {
  for (const [key, descriptor] of saved) if (descriptor) Object.defineProperty(HTMLElement.prototype, key, descriptor);
});

describe.skipIf(!corpus.byId(NCT))("SiteMap with the 437 sites of " + NCT, () => {
  test("places every site, a slice at a time, as named buttons and named clusters", async () => {
    const markers = markersOf(NCT);
    expect(markers.length).toBe(435);
    const { MarkerClusterGroup } = (await import("leaflet")).default;
    const addLayers = vi.spyOn(MarkerClusterGroup.prototype, "addLayers");
    const { container } = render(<SiteMap markers={markers} label="Map of the sites" />);
    expect(screen.getByRole("region", { name: "Map of the sites" })).toBeTruthy();
    await waitFor(() => expect(placed(container)).toBe(markers.length));
    // Added in several slices, none holding every marker: no single task places them all.
    const sizes = addLayers.mock.calls.map(([layers]) => (layers as L.Layer[]).length);
    addLayers.mockRestore();
    expect(sizes.length).toBeGreaterThan(1);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(markers.length);
    expect(Math.max(...sizes)).toBeLessThan(markers.length);
    const clusters = container.querySelectorAll<HTMLElement>(".site-cluster");
    expect(clusters.length).toBeGreaterThan(0);
    for (const cluster of clusters) expect(cluster.textContent).toMatch(/^(\d+)\1 sites here: zoom in$/);
  });

  test("sites far apart are single markers: focusable buttons named after the site", async () => {
    const markers = spreadOut(markersOf(NCT));
    expect(markers.length).toBeGreaterThan(1);
    const { container } = render(<SiteMap markers={markers} label="Map of the sites" />);
    await waitFor(() => expect(placed(container)).toBe(markers.length));
    const singles = [...container.querySelectorAll<HTMLElement>(".leaflet-marker-icon:not(.site-cluster)")];
    expect(singles.length).toBe(markers.length);
    for (const single of singles) {
      expect(single.getAttribute("role")).toBe("button");
      expect(single.tabIndex).toBe(0);
      expect(single.getAttribute("alt")).toBe(single.getAttribute("title"));
    }
    expect(singles.map((el) => el.getAttribute("title")).sort()).toEqual(markers.map((m) => m.name).sort());
  });

  test("choosing a marker reports it and opens its popup, whose content is live", async () => {
    const onSelect = vi.fn();
    const onPopupButton = vi.fn();
    const markers = spreadOut(markersOf(NCT, onPopupButton));
    const { container } = render(<SiteMap markers={markers} label="Map of the sites" onSelect={onSelect} />);
    await waitFor(() => expect(placed(container)).toBe(markers.length));
    const single = container.querySelector<HTMLElement>(".leaflet-marker-icon:not(.site-cluster)");
    expect(single).not.toBeNull();
    const marker = markers.find((m) => m.name === single!.getAttribute("title"))!;
    expect(container.querySelector(".leaflet-popup")).toBeNull();
    fireEvent.click(single!);
    expect(onSelect).toHaveBeenCalledWith(marker.id);
    const popupButton = await screen.findByRole("button", { name: `Details of site ${marker.id}` });
    expect(popupButton.closest(".leaflet-popup")).not.toBeNull();
    fireEvent.click(popupButton);
    expect(onPopupButton).toHaveBeenCalledOnce();
  });

  test("a selected site's popup opens once its marker is placed, even inside a cluster", async () => {
    const markers = markersOf(NCT);
    const { container, rerender } = render(<SiteMap markers={markers} label="Map of the sites" />);
    await waitFor(() => expect(placed(container)).toBe(markers.length));
    // A site that is clustered at the first view: the map zooms in to show it.
    const shown = new Set([...container.querySelectorAll(".leaflet-marker-icon:not(.site-cluster)")].map((el) => el.getAttribute("title")));
    const hidden = markers.find((m) => !shown.has(m.name))!;
    rerender(<SiteMap markers={markers} label="Map of the sites" selectedId={hidden.id} />);
    const popup = await screen.findByRole("button", { name: `Details of site ${hidden.id}` });
    expect(popup.closest(".leaflet-popup")).not.toBeNull();
  });

  test("a site selected before the map has loaded (Show on map in the list) gets its popup once placed", async () => {
    const markers = markersOf(NCT);
    const last = markers.at(-1)!; // in the last slice
    render(<SiteMap markers={markers} label="Map of the sites" selectedId={last.id} />);
    const popup = await screen.findByRole("button", { name: `Details of site ${last.id}` });
    expect(popup.closest(".leaflet-popup")).not.toBeNull();
  });

  test("when the markers change (a filter, more results), the map drops and adds the difference", async () => {
    const all = markersOf(NCT);
    const { container, rerender } = render(<SiteMap markers={all} label="Map of the sites" />);
    await waitFor(() => expect(placed(container)).toBe(all.length));
    const { MarkerClusterGroup } = (await import("leaflet")).default;
    const addLayers = vi.spyOn(MarkerClusterGroup.prototype, "addLayers");
    rerender(<SiteMap markers={all.slice(50, 300)} label="Map of the sites" />);
    await waitFor(() => expect(placed(container)).toBe(250));
    rerender(<SiteMap markers={all.slice(50, 60)} label="Map of the sites" />);
    await waitFor(() => expect(placed(container)).toBe(10));
    expect(addLayers).not.toHaveBeenCalled(); // the markers kept were not made again
    rerender(<SiteMap markers={all} label="Map of the sites" />);
    await waitFor(() => expect(placed(container)).toBe(all.length));
    const added = addLayers.mock.calls.reduce((n, [layers]) => n + (layers as L.Layer[]).length, 0);
    addLayers.mockRestore();
    expect(added).toBe(all.length - 10);
  });
});
