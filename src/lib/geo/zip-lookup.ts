// US ZIP → centroid, from the table in public/geo/us-zip.txt (made by scripts/gen-zip-table.mjs; US Census
// ZCTA points, public domain). Fetched from our own origin on first use, never from a third party, and kept
// in memory. ~98 kB gzip, so it is loaded only when someone actually searches near a ZIP.
import type { LatLon } from "./distance";
import { normalizeZip } from "./near";

/** The table's path under the app's base URL. */
export const ZIP_TABLE_PATH = "geo/us-zip.txt";
const HEADER = "#us-zip v1";
const LINE = /^(-?\d+),(-?\d+),(-?\d+)$/;

let table: Promise<Map<string, LatLon>> | undefined;

/**
 * The centroid of a US ZIP code (ZIP+4 is cut to 5 digits), or undefined when the table does not have it
 * (PO-box-only ZIPs have none). Malformed input is undefined without any request. Rejects when the table
 * cannot be loaded, so "unknown ZIP" and "try again" stay distinct; the next call retries.
 */
export async function lookupZip(zip: string): Promise<LatLon | undefined> {
  const key = normalizeZip(zip);
  if (!key) return undefined;
  table ??= loadTable().catch((error: unknown) => {
    table = undefined;
    throw error;
  });
  return (await table).get(key);
}

/** Forgets the loaded table (tests, or to free its ~5 MB of memory). */
export function clearZipCache(): void {
  table = undefined;
}

async function loadTable(): Promise<Map<string, LatLon>> {
  const url = new URL(`${import.meta.env.BASE_URL}${ZIP_TABLE_PATH}`, globalThis.location?.href);
  const response = await fetch(url).catch((cause: unknown) => {
    throw new Error("The ZIP code table could not be loaded (no connection?).", { cause });
  });
  if (!response.ok) throw new Error(`The ZIP code table could not be loaded (HTTP ${response.status}).`);
  return parseZipTable(await response.text());
}

/**
 * Decodes the table: a `#us-zip v1` header, then per line `dZip,dLat,dLon`, the differences from the previous
 * line (the first from 0), latitude and longitude in hundredths of a degree. Throws on anything else,
 * e.g. the index.html that an SPA fallback serves for a missing file.
 */
export function parseZipTable(text: string): Map<string, LatLon> {
  if (!text.startsWith(HEADER)) throw new Error("The ZIP code table is not in the expected format.");
  const out = new Map<string, LatLon>();
  let zip = 0;
  let lat = 0;
  let lon = 0;
  for (const line of text.split(/\r?\n/)) {
    if (line === "" || line.startsWith("#")) continue;
    const match = LINE.exec(line);
    if (!match) throw new Error(`The ZIP code table has a bad line: ${line.slice(0, 40)}`);
    zip += Number(match[1]);
    lat += Number(match[2]);
    lon += Number(match[3]);
    out.set(String(zip).padStart(5, "0"), { lat: lat / 100, lon: lon / 100 });
  }
  return out;
}
