import { describe, expect, test } from "vitest";
import { haversineKm as replicaHaversineKm } from "../../../replica/filters.ts";
import type { Location, Study } from "../../api/types";
import { corpus, requireCorpus } from "../../testing/server";
import { KM_PER_MILE, type DistanceUnit, type LatLon } from "./distance";
import { nearestSites } from "./nearest-site";

const BOSTON: LatLon = { lat: 42.36, lon: -71.06 };
const site = (facility: string, lat: number, lon: number, status?: Location["status"]): Location => ({
  facility,
  geoPoint: { lat, lon },
  ...(status ? { status } : {}),
});

describe("nearestSites on made-up sites", () => {
  // About 1° of latitude north of Boston per step: ≈69 mi, ≈111 km.
  const near = site("Near, status not stated", 43.36, -71.06);
  const mid = site("Mid, recruiting", 44.36, -71.06, "RECRUITING");
  const far = site("Far, recruiting", 46.36, -71.06, "RECRUITING");
  const closed = site("Closest, not recruiting", 42.5, -71.06, "ACTIVE_NOT_RECRUITING");
  const locations = [far, near, closed, mid, { facility: "No point" }, { facility: "Junk", geoPoint: { lat: 999, lon: 0 } }];

  test("nearest overall, nearest recruiting and nearest without a stated status are reported separately", () => {
    const result = nearestSites(locations, BOSTON, { value: 100, unit: "mi" });
    expect(result.nearest).toMatchObject({ location: closed, index: 2 });
    expect(result.nearest?.distance).toBeCloseTo(0.14 * 69.09, 0);
    expect(result.nearestRecruiting).toMatchObject({ location: mid, index: 3 });
    expect(result.nearestStatusUnstated).toMatchObject({ location: near, index: 1 });
    expect(result.nearestStatusUnstated!.distance).toBeLessThan(result.nearestRecruiting!.distance);
    expect(result).toMatchObject({ withinRadius: 2, onMap: 4, notOnMap: 2 });
  });

  test("distances come in the radius's unit and the radius is inclusive", () => {
    const mi = nearestSites([near], BOSTON, { value: 100, unit: "mi" });
    const km = nearestSites([near], BOSTON, { value: 100, unit: "km" });
    expect(km.nearest!.distance).toBeCloseTo(mi.nearest!.distance * KM_PER_MILE, 9);
    expect(km.nearest!.distance).toBeCloseTo(111.2, 1);
    expect(km.withinRadius).toBe(0);
    const exact = km.nearest!.distance;
    expect(nearestSites([near], BOSTON, { value: exact, unit: "km" }).withinRadius).toBe(1);
  });

  test("equally near sites: the first in the record wins", () => {
    const twin = site("Twin", 43.36, -71.06);
    expect(nearestSites([near, twin], BOSTON, { value: 10, unit: "mi" }).nearest?.location).toBe(near);
    expect(nearestSites([twin, near], BOSTON, { value: 10, unit: "mi" }).nearest?.location).toBe(twin);
  });

  test("no sites, no usable points, or no usable origin", () => {
    const radius = { value: 50, unit: "mi" } as const;
    expect(nearestSites(undefined, BOSTON, radius)).toEqual({ withinRadius: 0, onMap: 0, notOnMap: 0 });
    expect(nearestSites([], BOSTON, radius)).toEqual({ withinRadius: 0, onMap: 0, notOnMap: 0 });
    const junk = [{}, { geoPoint: { lat: NaN, lon: 1 } }, { geoPoint: { lat: 0, lon: 0 } }] as Location[];
    expect(nearestSites(junk, BOSTON, radius)).toEqual({ withinRadius: 0, onMap: 0, notOnMap: 3 });
    // An invalid origin must not produce a "nearest" site at distance NaN.
    expect(nearestSites(locations, { lat: NaN, lon: 0 }, radius)).toEqual({ withinRadius: 0, onMap: 4, notOnMap: 2 });
  });
});

// ---------------------------------------------------------------------------------------------------
// Real records (read at run time from ../shared/ctgov). The brute force uses the replica's own haversine,
// an independent implementation, so the two agreeing is a real check.
requireCorpus();
const locationsOf = (study: Study | undefined) => study?.protocolSection?.contactsLocationsModule?.locations ?? [];

function bruteForce(locations: readonly Location[], origin: LatLon, radius: { value: number; unit: DistanceUnit }) {
  const toUnit = (km: number) => (radius.unit === "mi" ? km / KM_PER_MILE : km);
  const measured = locations.flatMap((location, index) => {
    const p = location.geoPoint;
    return p ? [{ location, index, distance: toUnit(replicaHaversineKm(origin.lat, origin.lon, p.lat, p.lon)) }] : [];
  });
  const min = (list: typeof measured) => list.reduce<(typeof measured)[number] | undefined>((best, s) => (!best || s.distance < best.distance ? s : best), undefined);
  return {
    nearest: min(measured),
    nearestRecruiting: min(measured.filter((s) => s.location.status === "RECRUITING")),
    nearestStatusUnstated: min(measured.filter((s) => s.location.status === undefined)),
    withinRadius: measured.filter((s) => s.distance <= radius.value).length,
    onMap: measured.length,
    notOnMap: locations.length - measured.length,
  };
}

type Found = { index: number; distance: number } | undefined;
type Result = { nearest?: Found; nearestRecruiting?: Found; nearestStatusUnstated?: Found; withinRadius: number; onMap: number; notOnMap: number };
/** Indices and counts exactly, distances to the millimetre (the two haversines may differ in the last bit). */
const summary = (r: Result) => ({
  ...[r.nearest, r.nearestRecruiting, r.nearestStatusUnstated].map((f) => f && [f.index, f.distance.toFixed(6)]),
  counts: [r.withinRadius, r.onMap, r.notOnMap],
});

describe.skipIf(corpus.studies.length === 0)("nearestSites on real records", () => {
  test("NCT02513394 (437 sites): within 50 mi of Boston, as counted by brute force", () => {
    const locations = locationsOf(corpus.byId("NCT02513394"));
    expect(locations.length).toBeGreaterThan(400);
    const radius = { value: 50, unit: "mi" } as const;
    const result = nearestSites(locations, BOSTON, radius);
    const expected = bruteForce(locations, BOSTON, radius);
    expect(result.withinRadius).toBe(expected.withinRadius);
    expect(result.withinRadius).toBeGreaterThan(0);
    expect(result.onMap + result.notOnMap).toBe(locations.length);
    expect(result.notOnMap).toBe(locations.filter((l) => !l.geoPoint).length);
    expect(result.notOnMap).toBeGreaterThan(0); // this record has sites without a geoPoint
    expect(result.nearest?.index).toBe(expected.nearest?.index);
    expect(result.nearest!.distance).toBeLessThan(50);
  });

  test("a recruiting study with a closer site that is not recruiting (NCT04811001)", () => {
    const locations = locationsOf(corpus.byId("NCT04811001"));
    const closed = locations.find((l) => l.status && l.status !== "RECRUITING" && l.geoPoint);
    expect(closed?.geoPoint).toBeDefined();
    const result = nearestSites(locations, closed!.geoPoint!, { value: 25, unit: "km" });
    expect(result.nearest?.distance).toBe(0);
    expect(result.nearest?.location.status).not.toBe("RECRUITING");
    expect(result.nearestRecruiting?.location.status).toBe("RECRUITING");
    expect(result.nearestRecruiting!.distance).toBeGreaterThan(0);
  });

  test("every record, from four places and two units, agrees with brute force", () => {
    const origins: LatLon[] = [BOSTON, { lat: 48.86, lon: 2.35 }, { lat: 35.68, lon: 139.69 }, { lat: -33.87, lon: 151.21 }];
    let sites = 0;
    for (const study of corpus.studies) {
      const locations = locationsOf(study);
      sites += locations.length;
      for (const origin of origins) {
        for (const radius of [{ value: 100, unit: "mi" }, { value: 250, unit: "km" }] as const) {
          const got = summary(nearestSites(locations, origin, radius));
          const want = summary(bruteForce(locations, origin, radius));
          expect(got, study.protocolSection?.identificationModule?.nctId).toEqual(want);
        }
      }
    }
    expect(sites).toBeGreaterThan(3000);
  });
});
