import { describe, expect, test } from "vitest";
import type { Location } from "../../api/types";
import { nearestSites } from "../../lib/geo/nearest-site";
import type { Radius } from "../../lib/geo/near";
import { distanceLines } from "./card-distance";

const BOSTON = { lat: 42.3601, lon: -71.0589 };
const site = (city: string, state: string, lat: number, lon: number, status?: Location["status"]): Location => ({
  city,
  state,
  country: "United States",
  status,
  geoPoint: { lat, lon },
});
const lines = (locations: Location[], radius: Radius = { value: 50, unit: "mi" }) =>
  distanceLines(nearestSites(locations, BOSTON, radius), radius);

describe("distanceLines", () => {
  test("the nearest site with its distance, how many are within the radius, and the nearest recruiting one", () => {
    expect(
      lines([
        site("Cambridge", "Massachusetts", 42.3736, -71.1097, "COMPLETED"),
        site("Providence", "Rhode Island", 41.824, -71.4128, "RECRUITING"),
        site("New York", "New York", 40.7128, -74.006, "RECRUITING"),
      ]),
    ).toEqual({
      nearest: "Cambridge, Massachusetts, 3 mi",
      recruiting: "Providence, Rhode Island, 41 mi",
      within: "2 sites within 50 mi",
    });
  });

  test("says when the nearest site recruits, or when its status is not stated", () => {
    expect(lines([site("Cambridge", "Massachusetts", 42.3736, -71.1097, "RECRUITING")]).nearest).toBe(
      "Cambridge, Massachusetts, 3 mi (recruiting)",
    );
    expect(lines([site("Cambridge", "Massachusetts", 42.3736, -71.1097)]).nearest).toBe(
      "Cambridge, Massachusetts, 3 mi (its status is not stated)",
    );
  });

  test("kilometres, far sites, and sites without coordinates", () => {
    const km: Radius = { value: 25, unit: "km" };
    expect(lines([site("New York", "New York", 40.7128, -74.006)], km)).toEqual({
      nearest: "New York, New York, 306 km (its status is not stated)",
      within: "No site within 25 km",
    });
    expect(lines([{ city: "Lyon", country: "France" }])).toEqual({ within: "The record gives no map position for its sites" });
    expect(lines([])).toEqual({ within: "No site within 50 mi" });
  });
});
