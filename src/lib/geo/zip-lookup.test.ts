import { beforeEach, describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { http, HttpResponse } from "msw";
import { recordRequests, server } from "../../testing/server";
import { haversineKm, isLatLon, type LatLon } from "./distance";
import { ZIP_TABLE_PATH, clearZipCache, lookupZip, parseZipTable } from "./zip-lookup";

// The generated table, served from disk as the app's own origin would serve it.
const TABLE_FILE = resolve(dirname(fileURLToPath(import.meta.url)), "../../../public", ZIP_TABLE_PATH);
const TABLE_URL = `${location.origin}/${ZIP_TABLE_PATH}`;
const tableText = readFileSync(TABLE_FILE, "utf8");
const serveTable = (body: () => Response) => server.use(http.get(TABLE_URL, body));

beforeEach(() => {
  clearZipCache();
  serveTable(() => HttpResponse.text(tableText));
});

describe("lookupZip", () => {
  // Reference points from public maps (city landmarks inside each ZIP), not from the table's source.
  test.each([
    ["02115", "Boston, Fenway / Longwood", { lat: 42.342, lon: -71.092 }],
    ["10001", "New York, Chelsea", { lat: 40.7506, lon: -73.9972 }],
    ["94103", "San Francisco, SoMa", { lat: 37.7725, lon: -122.4147 }],
    ["99501", "Anchorage, downtown", { lat: 61.2181, lon: -149.9003 }],
    ["96813", "Honolulu, downtown", { lat: 21.3069, lon: -157.8583 }],
    ["00901", "San Juan, Puerto Rico", { lat: 18.4655, lon: -66.1057 }],
  ] as [string, string, LatLon][])("%s (%s) is within 10 km of where it should be", async (zip, _name, where) => {
    const found = await lookupZip(zip);
    expect(isLatLon(found)).toBe(true);
    expect(haversineKm(found!, where)).toBeLessThan(10);
  });

  test("ZIP+4 and surrounding spaces give the 5-digit ZIP's point", async () => {
    expect(await lookupZip(" 02115-5701 ")).toEqual(await lookupZip("02115"));
  });

  test("a well-formed ZIP that has no centroid is undefined", async () => {
    // 00000 and 99999 are not ZIP codes; 20500 (the White House) is a single-organisation ZIP with no ZCTA.
    for (const zip of ["00000", "99999", "20500"]) expect(await lookupZip(zip), zip).toBeUndefined();
  });

  test("malformed input is undefined without any request", async () => {
    const requests = recordRequests();
    for (const junk of ["", "2115", "021150", "ABCDE", "02115-12", "Boston", "constructor", "__proto__"]) {
      expect(await lookupZip(junk), junk).toBeUndefined();
    }
    expect(requests).toEqual([]);
  });

  test("the table is fetched once, from the app's own origin, and then kept", async () => {
    const requests = recordRequests();
    await Promise.all([lookupZip("02115"), lookupZip("10001")]);
    await lookupZip("94103");
    expect(requests).toEqual([TABLE_URL]);
    expect(new URL(requests[0]!).origin).toBe(location.origin);
  });

  test("a failed load rejects (not 'unknown ZIP'), and the next lookup tries again", async () => {
    serveTable(() => new HttpResponse("busy", { status: 503 }));
    await expect(lookupZip("02115")).rejects.toThrow("HTTP 503");
    serveTable(() => HttpResponse.error());
    await expect(lookupZip("02115")).rejects.toThrow("could not be loaded");
    serveTable(() => HttpResponse.text(tableText));
    expect(await lookupZip("02115")).toBeDefined();
  });

  test("an SPA fallback page instead of the table is an error, not an empty table", async () => {
    serveTable(() => HttpResponse.html("<!doctype html><html><body>app</body></html>"));
    await expect(lookupZip("02115")).rejects.toThrow("not in the expected format");
  });
});

describe("the generated table", () => {
  const table = parseZipTable(tableText);

  test("covers the country with plausible points", () => {
    expect(table.size).toBeGreaterThan(33_000);
    const implausible = [...table].filter(
      ([zip, p]) =>
        !/^\d{5}$/.test(zip) || !isLatLon(p) || p.lat < -15 || p.lat > 72 || (p.lon > -64 && !zip.startsWith("969")),
    );
    expect(implausible).toEqual([]);
  });

  test("is small enough to load on a phone", () => {
    expect(gzipSync(tableText).length).toBeLessThan(120 * 1024);
  });

  test("the decoder refuses anything else", () => {
    expect(() => parseZipTable("")).toThrow();
    expect(() => parseZipTable("zip,lat,lon\n02115,42.34,-71.09\n")).toThrow("not in the expected format");
    expect(() => parseZipTable("#us-zip v1\n601,1818,-6675\n1,18\n")).toThrow("bad line");
    expect(() => parseZipTable("#us-zip v1\n601,1818,-6675\n1,1.5,2\n")).toThrow("bad line");
    expect(parseZipTable("#us-zip v1\r\n601,1818,-6675\r\n1,18,-43\r\n")).toEqual(
      new Map([
        ["00601", { lat: 18.18, lon: -66.75 }],
        ["00602", { lat: 18.36, lon: -67.18 }],
      ]),
    );
  });
});
