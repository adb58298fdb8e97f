import { describe, expect, test } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { searchStudies } from "../../api/studies";
import { corpus, requireCorpus } from "../../testing/server";
import {
  DEFAULT_RADIUS,
  RADIUS_VALUES,
  geoFilter,
  nearFromPoint,
  normalizeZip,
  parseNear,
  parseRadius,
  serializeNear,
  serializeRadius,
  type Radius,
} from "./near";
import { nearestSites } from "./nearest-site";

describe("parseNear", () => {
  test.each([
    ["42.36,-71.06", { kind: "point", lat: 42.36, lon: -71.06 }, "42.36,-71.06"],
    [" 42.36 , -71.06 ", { kind: "point", lat: 42.36, lon: -71.06 }, "42.36,-71.06"],
    ["42.36 -71.06", { kind: "point", lat: 42.36, lon: -71.06 }, "42.36,-71.06"],
    ["+42.3,-71", { kind: "point", lat: 42.3, lon: -71 }, "42.3,-71"],
    ["-33.8688,151.2093", { kind: "point", lat: -33.87, lon: 151.21 }, "-33.87,151.21"],
    ["90,180", { kind: "point", lat: 90, lon: 180 }, "90,180"],
    ["-0.001,-120", { kind: "point", lat: 0, lon: -120 }, "0,-120"], // no "-0"
    ["02115", { kind: "zip", zip: "02115" }, "02115"],
    ["02115-1234", { kind: "zip", zip: "02115" }, "02115"],
    ["021151234", { kind: "zip", zip: "02115" }, "02115"],
    ["Boston,   MA", { kind: "place", text: "Boston, MA" }, "Boston, MA"],
    ["São Paulo", { kind: "place", text: "São Paulo" }, "São Paulo"],
    ["Boston 02115", { kind: "place", text: "Boston 02115" }, "Boston 02115"],
  ] as const)("%j", (raw, near, canonical) => {
    const parsed = parseNear(raw);
    expect(parsed).toEqual({ ok: true, near });
    expect(parsed?.ok && serializeNear(parsed.near)).toBe(canonical);
  });

  test("precise coordinates are rounded to about 1 km before they can reach a URL", () => {
    const parsed = parseNear("42.3600825,-71.0588801");
    expect(parsed).toEqual({ ok: true, near: { kind: "point", lat: 42.36, lon: -71.06 } });
    expect(nearFromPoint({ lat: 42.3649, lon: -71.0551 })).toEqual({ kind: "point", lat: 42.36, lon: -71.06 });
    // Even a point built by hand is rounded when written out.
    expect(serializeNear({ kind: "point", lat: 42.3600825, lon: -71.0588801 })).toBe("42.36,-71.06");
  });

  test("the canonical form reads back to itself", () => {
    for (const raw of ["42.36,-71.06", "0,-120", "02115", "Boston, MA", "-33.87,151.21"]) {
      const parsed = parseNear(raw);
      expect(parsed?.ok && serializeNear(parsed.near)).toBe(raw);
    }
  });

  test("absent or blank is undefined", () => {
    for (const raw of [undefined, null, "", "   "]) expect(parseNear(raw)).toBeUndefined();
  });

  test.each([
    ["95,10", "near=95,10 was ignored: the latitude (first number) must be between -90 and 90"],
    ["42,-181", "near=42,-181 was ignored: the longitude (second number) must be between -180 and 180"],
    ["0,0", "near=0,0 was ignored: 0,0 is in the open sea, so the coordinates are probably missing"],
    ["0.001,0.002", "near=0.001,0.002 was ignored: 0,0 is in the open sea, so the coordinates are probably missing"],
    ["2115", "near=2115 was ignored: a US ZIP code has 5 digits"],
    ["021150", "near=021150 was ignored: a US ZIP code has 5 digits"],
    ["42.36,", "near=42.36, was ignored: use a US ZIP code, a place name or latitude,longitude"],
    ["1,2,3", "near=1,2,3 was ignored: use a US ZIP code, a place name or latitude,longitude"],
    ["--", "near=-- was ignored: use a US ZIP code, a place name or latitude,longitude"],
  ])("%j is refused with a readable note", (raw, error) => {
    expect(parseNear(raw)).toEqual({ ok: false, error });
  });

  test("long input is cut, in the note and in a place", () => {
    const parsed = parseNear("9".repeat(500));
    expect(parsed?.ok).toBe(false);
    expect(!parsed?.ok && parsed?.error).toBe(`near=${"9".repeat(40)}… was ignored: a US ZIP code has 5 digits`);
    const place = parseNear("x".repeat(500));
    expect(place?.ok && serializeNear(place.near)).toBe("x".repeat(100));
  });

  test("the text is cut before it is classified, so a kept place always reads back to itself", () => {
    // The letter that made this a place is past the 100th character: what is kept has none.
    expect(parseNear(`${"0".repeat(100)}a`)).toEqual({
      ok: false,
      error: `near=${"0".repeat(40)}… was ignored: a US ZIP code has 5 digits`,
    });
    expect(parseNear(`${"1".repeat(99)} Boston`)).toEqual({ ok: false, error: `near=${"1".repeat(40)}… was ignored: a US ZIP code has 5 digits` });
  });

  test("text is cleaned like the search's text fields: control characters, lone surrogates", () => {
    expect(parseNear("Boston\u0000\u0007 MA\n")).toEqual({ ok: true, near: { kind: "place", text: "Boston MA" } });
    expect(parseNear("Bost\uD800on")).toEqual({ ok: true, near: { kind: "place", text: "Bost\uFFFDon" } });
    expect(parseNear("\uDC00Köln")).toEqual({ ok: true, near: { kind: "place", text: "\uFFFDKöln" } });
    // A note never cuts an emoji in half.
    const note = parseNear(`${"😀".repeat(50)}`);
    expect(note?.ok).toBe(false);
    expect(!note?.ok && note?.error).toBe(`near=${"😀".repeat(40)}… was ignored: use a US ZIP code, a place name or latitude,longitude`);
  });
});

describe("normalizeZip", () => {
  test("5 digits, or ZIP+4 cut to 5", () => {
    expect(normalizeZip(" 99501 ")).toBe("99501");
    expect(normalizeZip("96813-0001")).toBe("96813");
    for (const junk of ["", "9950", "995011", "99501-12", "ABCDE", "99 501", "１２３４５"]) {
      expect(normalizeZip(junk), junk).toBeUndefined();
    }
  });
});

describe("parseRadius", () => {
  test("every offered choice, in both units, round-trips", () => {
    for (const value of RADIUS_VALUES) {
      for (const unit of ["mi", "km"] as const) {
        const text = `${value}${unit}`;
        expect(parseRadius(text)).toEqual({ radius: { value, unit } });
        expect(serializeRadius({ value, unit })).toBe(text);
      }
    }
  });

  test("absent means 50 mi, silently", () => {
    expect(DEFAULT_RADIUS).toEqual({ value: 50, unit: "mi" });
    for (const raw of [undefined, null, "", " "]) expect(parseRadius(raw)).toEqual({ radius: DEFAULT_RADIUS });
  });

  test("spelling variants are understood", () => {
    expect(parseRadius("25 MI")).toEqual({ radius: { value: 25, unit: "mi" } });
    expect(parseRadius("25miles")).toEqual({ radius: { value: 25, unit: "mi" } });
    expect(parseRadius("100 kilometres")).toEqual({ radius: { value: 100, unit: "km" } });
    expect(parseRadius("100.0km")).toEqual({ radius: { value: 100, unit: "km" } });
  });

  test("a bare number is read as miles, with a note", () => {
    expect(parseRadius("25")).toEqual({
      radius: { value: 25, unit: "mi" },
      note: "radius=25 has no unit and was read as 25 mi",
    });
  });

  test.each([
    ["30mi", { value: 50, unit: "mi" }, "showing 50 mi"],
    ["30km", { value: 50, unit: "km" }, "showing 50 km"], // the unit asked for is kept
    ["0mi", { value: 50, unit: "mi" }, "showing 50 mi"],
    ["-10mi", { value: 50, unit: "mi" }, "showing 50 mi"],
    ["50ft", { value: 50, unit: "mi" }, "showing 50 mi"],
    ["far", { value: 50, unit: "mi" }, "showing 50 mi"],
    ["1e2mi", { value: 50, unit: "mi" }, "showing 50 mi"],
  ] as const)("%j falls back with a note", (raw, radius, showing) => {
    expect(parseRadius(raw)).toEqual({
      radius,
      note: `radius=${raw} was ignored: the radius is 10, 25, 50, 100 or 250, in mi or km; ${showing}`,
    });
  });

  test("serializeRadius can write text for people", () => {
    expect(serializeRadius({ value: 25, unit: "km" }, " ")).toBe("25 km");
  });
});

// The registry's own pattern for filter.geo, as in the OpenAPI spec; checked against the spec when it is here.
const FILTER_GEO_PATTERN = String.raw`^distance\(-?\d+(\.\d+)?,-?\d+(\.\d+)?,\d+(\.\d+)?(km|mi)?\)$`;
// Path arithmetic, not URL objects: under jsdom the global URL is jsdom's. src/lib/geo → the project's parent.
const specPath = resolve(dirname(fileURLToPath(import.meta.url)), "../../../../shared/ctgov/ctg-oas-v2.yaml");

/** A parameter's `pattern:` from the YAML text: a double-quoted scalar, maybe folded with `\` line breaks. */
function specPattern(spec: string, name: string): string | undefined {
  const at = spec.indexOf(`- name: "${name}"`);
  const quoted = at < 0 ? undefined : /\bpattern: "((?:[^"\\]|\\[\s\S])*)"/.exec(spec.slice(at))?.[1];
  return quoted?.replace(/\\(\r?\n\s*|[\s\S])/g, (_, c: string) => (c.startsWith("\n") || c.startsWith("\r") ? "" : c));
}

describe("geoFilter", () => {
  test("builds distance(lat,lon,Rmi) with the point rounded as in the URL", () => {
    expect(geoFilter({ lat: 42.3600825, lon: -71.0588801 }, { value: 50, unit: "mi" })).toBe("distance(42.36,-71.06,50mi)");
    expect(geoFilter({ lat: -33.8688, lon: 151.2093 }, { value: 100, unit: "km" })).toBe("distance(-33.87,151.21,100km)");
    expect(geoFilter({ lat: -0.001, lon: 10 }, { value: 10, unit: "mi" })).toBe("distance(0,10,10mi)");
  });

  test("every output matches the registry's pattern", () => {
    const pattern = new RegExp(FILTER_GEO_PATTERN);
    const points = [
      { lat: 42.36, lon: -71.06 },
      { lat: 90, lon: 180 },
      { lat: -90, lon: -180 },
      { lat: 1e-9, lon: -1e-9 + 0.5 },
      { lat: 12.345678, lon: -0.004 },
    ];
    for (const point of points) {
      for (const value of RADIUS_VALUES) {
        for (const unit of ["mi", "km"] as const) {
          const filter = geoFilter(point, { value, unit });
          expect(filter, filter).toMatch(pattern); // so no spaces and no exponent notation either
        }
      }
    }
  });

  test.skipIf(!existsSync(specPath))("the pattern above is the spec's, for filter.geo and postFilter.geo", () => {
    const spec = readFileSync(specPath, "utf8");
    expect(specPattern(spec, "filter.geo")).toBe(FILTER_GEO_PATTERN);
    expect(specPattern(spec, "postFilter.geo")).toBe(FILTER_GEO_PATTERN);
  });

  test("an invalid point is a programming error", () => {
    expect(() => geoFilter({ lat: NaN, lon: 0 }, DEFAULT_RADIUS)).toThrow(RangeError);
    expect(() => geoFilter({ lat: 91, lon: 0 }, DEFAULT_RADIUS)).toThrow(RangeError);
  });
});

// Through the real client and MSW to the offline replica, which implements filter.geo like the registry:
// it must accept what we send and return exactly the studies with a site within the radius.
requireCorpus();
describe.skipIf(corpus.studies.length === 0)("geoFilter over the offline replica", () => {
  const cases: [string, { lat: number; lon: number }, Radius][] = [
    ["Boston, 50 mi", { lat: 42.36, lon: -71.06 }, { value: 50, unit: "mi" }],
    ["Paris, 25 km", { lat: 48.86, lon: 2.35 }, { value: 25, unit: "km" }],
    ["Anchorage, 250 mi", { lat: 61.22, lon: -149.9 }, { value: 250, unit: "mi" }],
  ];
  test.each(cases)("%s", async (_name, point, radius) => {
    const expected = corpus.studies
      .filter((study) => nearestSites(study.protocolSection?.contactsLocationsModule?.locations, point, radius).withinRadius > 0)
      .map((study) => study.protocolSection?.identificationModule?.nctId)
      .sort();
    const page = await searchStudies(
      { "filter.geo": geoFilter(point, radius), fields: "NCTId", pageSize: "1000" },
      undefined,
      new AbortController().signal,
    );
    const got = (page.studies ?? []).map((study) => study.protocolSection?.identificationModule?.nctId).sort();
    expect(page.nextPageToken).toBeUndefined();
    expect(expected.length).toBeGreaterThan(0);
    expect(got).toEqual(expected);
  });
});
