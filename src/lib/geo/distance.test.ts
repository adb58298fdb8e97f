import { describe, expect, test } from "vitest";
import { i18n } from "@lingui/core";
import { intlLocale } from "../../i18n/i18n";
import { LANGUAGES, type Lang } from "../../i18n/languages";

/** The language active, without its catalogues: what is tested here is locale data, not messages. */
function speak(lang: Lang) {
  i18n.load(lang, {});
  i18n.activate(lang);
}
import {
  EARTH_RADIUS_KM,
  KM_PER_MILE,
  distanceIn,
  formatDistance,
  haversineKm,
  isLatLon,
  kmToUnit,
  unitToKm,
  type LatLon,
} from "./distance";

const BOSTON: LatLon = { lat: 42.3601, lon: -71.0589 };
const NEW_YORK: LatLon = { lat: 40.7128, lon: -74.006 };
const HALF_CIRCUMFERENCE = Math.PI * EARTH_RADIUS_KM; // ≈ 20,015 km

describe("haversineKm", () => {
  test("known city pairs", () => {
    expect(haversineKm(BOSTON, NEW_YORK)).toBeCloseTo(306, -0.5); // within ±1.6 km
    expect(haversineKm({ lat: 51.5074, lon: -0.1278 }, { lat: 48.8566, lon: 2.3522 })).toBeCloseTo(344, -0.5); // London–Paris
    expect(haversineKm({ lat: 33.9416, lon: -118.4085 }, { lat: -33.9399, lon: 151.1753 })).toBeCloseTo(12_060, -2); // LAX–SYD
  });

  test("is symmetric and zero for identical points", () => {
    expect(haversineKm(BOSTON, BOSTON)).toBe(0);
    expect(haversineKm(NEW_YORK, BOSTON)).toBe(haversineKm(BOSTON, NEW_YORK));
  });

  test("crosses the antimeridian the short way", () => {
    // 0.2° of longitude: ≈22.2 km at the equator, not 40,000 km the long way round.
    expect(haversineKm({ lat: 0.001, lon: 179.9 }, { lat: 0.001, lon: -179.9 })).toBeCloseTo(22.24, 1);
    expect(haversineKm({ lat: 10, lon: 179.9 }, { lat: 10, lon: -179.9 })).toBeCloseTo(21.9, 1);
    expect(haversineKm({ lat: 60, lon: 180 }, { lat: 60, lon: -180 })).toBeCloseTo(0, 9); // the same meridian
    // Fiji (Suva) to Samoa (Apia): ≈1,150 km across the date line.
    expect(haversineKm({ lat: -18.1248, lon: 178.4501 }, { lat: -13.8333, lon: -171.7667 })).toBeCloseTo(1_150, -2);
  });

  test("poles: longitude does not matter there", () => {
    expect(haversineKm({ lat: 90, lon: 0 }, { lat: 90, lon: 123 })).toBeCloseTo(0, 9);
    expect(haversineKm({ lat: -90, lon: -45 }, { lat: -90, lon: 170 })).toBeCloseTo(0, 9);
    expect(haversineKm({ lat: 90, lon: 0 }, { lat: -90, lon: 0 })).toBeCloseTo(HALF_CIRCUMFERENCE, 2);
    expect(haversineKm({ lat: 90, lon: 10 }, { lat: 0.001, lon: 77 })).toBeCloseTo(HALF_CIRCUMFERENCE / 2, 0);
  });

  test("antipodes give half the circumference, never NaN", () => {
    expect(haversineKm({ lat: 10, lon: 20 }, { lat: -10, lon: -160 })).toBeCloseTo(HALF_CIRCUMFERENCE, 2); // haversine loses digits here; metres are plenty
    expect(haversineKm({ lat: 0.5, lon: 180 }, { lat: -0.5, lon: 0 })).toBeCloseTo(HALF_CIRCUMFERENCE, 2);
  });

  test("junk input gives NaN instead of a plausible number", () => {
    const junk = [
      { lat: NaN, lon: 0 },
      { lat: 0, lon: Infinity },
      { lat: 91, lon: 0 },
      { lat: 0, lon: -180.5 },
      { lat: "42", lon: "-71" },
      null,
      undefined,
    ] as unknown as LatLon[];
    for (const point of junk) {
      expect(haversineKm(point, BOSTON)).toBeNaN();
      expect(haversineKm(BOSTON, point)).toBeNaN();
    }
  });
});

describe("units", () => {
  test("1 mi is exactly 1.609344 km", () => {
    expect(KM_PER_MILE).toBe(1.609344);
    expect(unitToKm(1, "mi")).toBe(1.609344);
    expect(kmToUnit(1.609344, "mi")).toBe(1);
    expect(unitToKm(50, "km")).toBe(50);
    expect(kmToUnit(50, "km")).toBe(50);
    expect(kmToUnit(unitToKm(250, "mi"), "mi")).toBeCloseTo(250, 12);
  });

  test("distanceIn converts the same distance", () => {
    const km = distanceIn(BOSTON, NEW_YORK, "km");
    const mi = distanceIn(BOSTON, NEW_YORK, "mi");
    expect(km).toBe(haversineKm(BOSTON, NEW_YORK));
    expect(mi).toBeCloseTo(km / 1.609344, 12);
    expect(mi).toBeCloseTo(190, -0.5);
    expect(distanceIn(BOSTON, { lat: NaN, lon: 0 }, "mi")).toBeNaN();
  });
});

describe("formatDistance", () => {
  test.each([
    [0, "mi", "less than 1 mi"],
    [0.5, "km", "less than 1 km"],
    [0.999, "mi", "less than 1 mi"],
    [1, "mi", "1 mi"],
    [4.4, "mi", "4 mi"],
    [4.5, "mi", "5 mi"],
    [9.96, "km", "10 km"],
    [306.2, "km", "306 km"],
    [1234.4, "km", "1,234 km"],
    [12_060, "mi", "12,060 mi"],
  ] as const)("%s %s → %s", (value, unit, text) => {
    expect(formatDistance(value, unit)).toBe(text);
  });

  test.each(Object.keys(LANGUAGES) as Lang[])("%s: the number is written as Intl writes it in the language's locale", (lang) => {
    speak(lang);
    const format = new Intl.NumberFormat(intlLocale(), { maximumFractionDigits: 0 });
    for (const value of [1, 1.2, 4.5, 9.96, 12, 99.5, 306.2, 999.4, 1000, 1234.4, 12_060, 20_015.1]) {
      for (const unit of ["mi", "km"] as const) {
        const words = formatDistance(value, unit);
        expect(words, `${value} ${unit}`).toContain(format.format(value));
        expect(words).toContain(unit);
      }
    }
  });

  test("a value that is not a distance gives an empty string", () => {
    for (const value of [NaN, Infinity, -1]) expect(formatDistance(value, "mi")).toBe("");
  });
});

describe("isLatLon", () => {
  test("accepts finite coordinates in range, bounds included", () => {
    for (const p of [BOSTON, { lat: 90, lon: 180 }, { lat: -90, lon: -180 }, { lat: 0, lon: 0.01 }, { lat: 42, lon: -71, extra: 1 }]) {
      expect(isLatLon(p), JSON.stringify(p)).toBe(true);
    }
  });

  test("rejects missing, junk and out-of-range values, and (0, 0)", () => {
    const junk: unknown[] = [
      undefined,
      null,
      42,
      "42.36,-71.06",
      [42.36, -71.06],
      {},
      { lat: 42 },
      { lon: -71 },
      { lat: "42", lon: "-71" },
      { lat: NaN, lon: 1 },
      { lat: 1, lon: -Infinity },
      { lat: 90.0001, lon: 0 },
      { lat: -91, lon: 0 },
      { lat: 0, lon: 180.01 },
      { lat: 0, lon: -181 },
      { lat: 0, lon: 0 },
      { latitude: 42, longitude: -71 },
    ];
    for (const value of junk) expect(isLatLon(value), JSON.stringify(value)).toBe(false);
  });
});
