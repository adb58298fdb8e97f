import { describe, expect, test } from "vitest";
import { haversineKm } from "../../lib/geo/distance";
import { corpus, requireCorpus } from "../../testing/server";
import { placeFromSites } from "../../lib/geo/place-from-sites";
import { lookupPlace } from "./place-lookup";

requireCorpus();
const sites = corpus.studies.flatMap((s) => s.protocolSection?.contactsLocationsModule?.locations ?? []);
const BOSTON = { lat: 42.3601, lon: -71.0589 };
const signal = () => new AbortController().signal;

describe.skipIf(sites.length === 0)("placeFromSites (the registry's own site coordinates)", () => {
  test("a town, with or without its state (name or postal abbreviation) and country", () => {
    for (const place of ["Boston", "boston", "Boston, MA", "Boston, Massachusetts", "Boston, Massachusetts, United States", "Boston, USA"]) {
      const point = placeFromSites(place, sites);
      expect(point, place).toBeDefined();
      expect(haversineKm(point ?? { lat: 0, lon: 0 }, BOSTON), place).toBeLessThan(15);
    }
  });

  test("a qualifier that does not fit, or a town no site is in, finds nothing", () => {
    expect(placeFromSites("Boston, TX", sites)).toBeUndefined();
    expect(placeFromSites("Nowhereville", sites)).toBeUndefined();
    expect(placeFromSites("", sites)).toBeUndefined();
    expect(placeFromSites(", MA", sites)).toBeUndefined();
  });

  test("the middle of the sites: one wrong geoPoint does not move the place", () => {
    const boston = sites.filter((s) => s.city === "Boston" && s.geoPoint).slice(0, 4);
    expect(boston.length).toBeGreaterThanOrEqual(3);
    const wrong = { ...boston[0], geoPoint: { lat: -33.9, lon: 151.2 } };
    const point = placeFromSites("Boston", [...boston, wrong]);
    expect(haversineKm(point ?? { lat: 0, lon: 0 }, BOSTON)).toBeLessThan(15);
  });
});

describe.skipIf(sites.length === 0)("lookupPlace (through the replica)", () => {
  test("asks the registry for sites in the town and returns their middle", async () => {
    const point = await lookupPlace("Boston, MA", signal());
    expect(haversineKm(point ?? { lat: 0, lon: 0 }, BOSTON)).toBeLessThan(15);
    expect(await lookupPlace("Nowhereville", signal())).toBeUndefined();
    // Text that would be Essie syntax is sent as words, never as a failing query.
    expect(await lookupPlace('Boston (" AND', signal())).toBeUndefined();
  });
});
