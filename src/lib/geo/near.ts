// The search URL's `near` and `radius` parameters (`near=42.36,-71.06&radius=50mi`, `near=02115&radius=25mi`)
// and the registry's `filter.geo` built from them. Pure; bad input gives a note a person can read, never a throw.
import { t } from "@lingui/core/macro";
import { capText, cleanText } from "../clean-text";
import { formatDistance, isLatLon, type DistanceUnit, type LatLon } from "./distance";

export type Near =
  | { kind: "point"; lat: number; lon: number }
  | { kind: "zip"; zip: string }
  | { kind: "place"; text: string };
export type NearParse = { ok: true; near: Near } | { ok: false; error: string };

export const RADIUS_VALUES = [10, 25, 50, 100, 250] as const;
export type RadiusValue = (typeof RADIUS_VALUES)[number];
export type Radius = { value: RadiusValue; unit: DistanceUnit };
export const DEFAULT_RADIUS: Radius = { value: 50, unit: "mi" };
/** A radius always comes back usable; `note` says what was ignored or assumed. */
export type RadiusParse = { radius: Radius; note?: string };

/**
 * Decimals kept of a coordinate everywhere it leaves the device (URL, filter.geo). Privacy: the URL is
 * made to be shared and ends up in history, logs and the registry's requests, so it must not pin down a
 * home. Two decimals are about 1 km, a neighbourhood, which is still far finer than the smallest radius.
 */
export const COORD_DECIMALS = 2;
/** Longest place text kept, in characters. */
export const MAX_PLACE_LENGTH = 100;

const NUMBER = String.raw`[-+]?(?:\d+(?:\.\d*)?|\.\d+)`;
const POINT = new RegExp(String.raw`^(${NUMBER})\s*[,;\s]\s*(${NUMBER})$`);
const ZIP = /^(\d{5})(?:-?\d{4})?$/;

/** A US ZIP (or ZIP+4, cut to its 5 digits: the +4 would locate a block) or undefined. */
export function normalizeZip(text: string): string | undefined {
  return ZIP.exec(text.trim())?.[1];
}

/** Rounds to COORD_DECIMALS; -0 becomes 0 so that it prints as "0". */
export function roundCoord(value: number): number {
  const f = 10 ** COORD_DECIMALS;
  return Math.round(value * f) / f || 0;
}

/** A point (e.g. from "Use my location") as the coarse `near` that may go into a URL; check isLatLon on the result. */
export function nearFromPoint(point: LatLon): Near & { kind: "point" } {
  return { kind: "point", lat: roundCoord(point.lat), lon: roundCoord(point.lon) };
}

/**
 * Reads `near`: "lat,lon", a US ZIP, or a place's name. undefined when absent or blank.
 * The text is cleaned and cut to MAX_PLACE_LENGTH before it is classified, so what is classified is
 * exactly what serializeNear writes back: the canonical form always reads back to the same place.
 */
export function parseNear(raw: string | null | undefined): NearParse | undefined {
  const text = capText(cleanText(raw ?? ""), MAX_PLACE_LENGTH).text;
  if (!text) return undefined;
  const ignored = (why: string): NearParse => {
    const value = quote(text);
    return { ok: false, error: t`near=${value} was ignored: ${why}` };
  };

  const zip = normalizeZip(text);
  if (zip) return { ok: true, near: { kind: "zip", zip } };
  const point = POINT.exec(text);
  if (point) {
    const lat = Number(point[1]);
    const lon = Number(point[2]);
    if (Math.abs(lat) > 90) return ignored(t`the latitude (first number) must be between -90 and 90`);
    if (Math.abs(lon) > 180) return ignored(t`the longitude (second number) must be between -180 and 180`);
    const near = nearFromPoint({ lat, lon });
    return isLatLon(near) ? { ok: true, near } : ignored(t`0,0 is in the open sea, so the coordinates are probably missing`);
  }
  if (!/\p{L}/u.test(text)) {
    return ignored(/^\d+$/.test(text) ? t`a US ZIP code has 5 digits` : t`use a US ZIP code, a place name or latitude,longitude`);
  }
  return { ok: true, near: { kind: "place", text } };
}

/** The canonical `near` value. */
export function serializeNear(near: Near): string {
  switch (near.kind) {
    case "point":
      return `${roundCoord(near.lat)},${roundCoord(near.lon)}`;
    case "zip":
      return near.zip;
    case "place":
      return near.text;
  }
}

const RADIUS = /^(\d+(?:\.\d+)?)\s*(mi|miles?|km|kilometers?|kilometres?)?$/i;

const isRadiusValue = (n: number): n is RadiusValue => (RADIUS_VALUES as readonly number[]).includes(n);

/** Reads `radius` ("25mi", "100km"); absent means DEFAULT_RADIUS. A bare number is taken as miles. */
export function parseRadius(raw: string | null | undefined): RadiusParse {
  const text = (raw ?? "").trim();
  if (!text) return { radius: DEFAULT_RADIUS };
  const match = RADIUS.exec(text);
  const unit: DistanceUnit | undefined = match?.[2] ? (/^k/i.test(match[2]) ? "km" : "mi") : undefined;
  const value = Number(match?.[1]);
  if (!match || !isRadiusValue(value)) {
    const given = quote(text);
    const radius = { ...DEFAULT_RADIUS, unit: unit ?? DEFAULT_RADIUS.unit };
    const list = RADIUS_VALUES.slice(0, -1).join(", ");
    const last = String(RADIUS_VALUES.at(-1));
    const showing = formatDistance(radius.value, radius.unit);
    return { radius, note: t`radius=${given} was ignored: the radius is ${list} or ${last}, in mi or km; showing ${showing}` };
  }
  if (!unit) {
    const given = quote(text);
    const miles = formatDistance(value, "mi");
    return { radius: { value, unit: "mi" }, note: t`radius=${given} has no unit and was read as ${miles}` };
  }
  return { radius: { value, unit } };
}

/** The canonical `radius` value, "50mi"; pass " " for text a person reads ("50 mi"). */
export function serializeRadius(radius: Radius, separator = ""): string {
  return `${radius.value}${separator}${radius.unit}`;
}

/**
 * The registry's `filter.geo`: `distance(lat,lon,50mi)`, no spaces, unit mi or km (OpenAPI pattern
 * `^distance\(-?\d+(\.\d+)?,-?\d+(\.\d+)?,\d+(\.\d+)?(km|mi)?\)$`). The point is rounded like the URL's.
 * Throws RangeError for an invalid point (callers check with isLatLon first).
 */
export function geoFilter(point: LatLon, radius: Radius): string {
  if (!isLatLon(point)) throw new RangeError(`not a coordinate: ${JSON.stringify(point)}`);
  // String() of these never uses exponent notation: coordinates have ≤2 decimals, radii are whole numbers.
  return `distance(${roundCoord(point.lat)},${roundCoord(point.lon)},${serializeRadius(radius)})`;
}

/** A value as a note shows it: one line, at most 40 characters. */
const quote = (raw: string) => {
  const { text, cut } = capText(cleanText(raw), 40);
  return cut ? `${text}…` : text;
};
