import { describe, expect, test } from "vitest";
import type { Location } from "../../api/types";
import { distanceIn } from "../../lib/geo/distance";
import { corpus } from "../../testing/server";
import { pickSites } from "./print-sites";

const site = (facility: string, extra: Partial<Location> = {}): Location => ({ facility, ...extra });
const boston = { lat: 42.36, lon: -71.06 };

describe("pickSites", () => {
  test("without a place: recruiting sites first, then the others, in the record's order", () => {
    const sites = [site("A"), site("B", { status: "RECRUITING" }), site("C"), site("D", { status: "RECRUITING" })];
    expect(pickSites(sites, undefined, 3).map(({ location }) => location.facility)).toEqual(["B", "D", "A"]);
    expect(pickSites(undefined, undefined, 3)).toEqual([]);
  });

  test("with a place: nearest first, sites without a position last", () => {
    const sites = [
      site("Far", { geoPoint: { lat: 34.05, lon: -118.24 } }),
      site("Unplaced"),
      site("Near", { geoPoint: { lat: 42.35, lon: -71.1 } }),
      site("Middle", { geoPoint: { lat: 40.71, lon: -74.0 } }),
    ];
    const picked = pickSites(sites, boston, 4);
    expect(picked.map(({ location }) => location.facility)).toEqual(["Near", "Middle", "Far", "Unplaced"]);
    expect(picked[0]?.distance).toBeLessThan(5);
    expect(picked[3]?.distance).toBeUndefined();
  });

  test("on a real 437-site record, the 3 picked are the 3 nearest", () => {
    const locations = corpus.byId("NCT02513394")?.protocolSection?.contactsLocationsModule?.locations ?? [];
    const distances = locations.flatMap((l) => (l.geoPoint ? [distanceIn(boston, l.geoPoint as never, "mi")] : [])).sort((a, b) => a - b);
    expect(pickSites(locations, boston, 3).map((p) => p.distance)).toEqual(distances.slice(0, 3));
  });
});
