// Great-circle distances between points, and how to say them to a patient.
import { t } from "@lingui/core/macro";
import { formatCount } from "../format-count";

export type LatLon = { lat: number; lon: number };
export type DistanceUnit = "mi" | "km";
export const DISTANCE_UNITS: readonly DistanceUnit[] = ["mi", "km"];

/** The international mile, exactly. */
export const KM_PER_MILE = 1.609344;
/** Mean Earth radius (IUGG). The sphere is off by at most ~0.5% from the ellipsoid: far below a ZIP's size. */
export const EARTH_RADIUS_KM = 6371.0088;

/**
 * A usable coordinate: finite numbers, latitude −90..90, longitude −180..180. Registry geoPoints can be
 * missing or junk, so check before computing. (0, 0) is rejected too: it is the usual "no value" of
 * geocoders, and no trial site lies in the Gulf of Guinea.
 */
export function isLatLon(value: unknown): value is LatLon {
  if (typeof value !== "object" || value === null) return false;
  const { lat, lon } = value as Record<string, unknown>;
  return (
    typeof lat === "number" &&
    typeof lon === "number" &&
    Number.isFinite(lat) &&
    Number.isFinite(lon) &&
    Math.abs(lat) <= 90 &&
    Math.abs(lon) <= 180 &&
    !(lat === 0 && lon === 0)
  );
}

const RAD = Math.PI / 180;

/** Haversine distance in km; NaN when either point is not a LatLon. Correct across the antimeridian and at the poles. */
export function haversineKm(a: LatLon, b: LatLon): number {
  if (!isLatLon(a) || !isLatLon(b)) return NaN;
  const sinDLat = Math.sin(((b.lat - a.lat) * RAD) / 2);
  const sinDLon = Math.sin(((b.lon - a.lon) * RAD) / 2); // sin² is periodic, so 179.9 → −179.9 is 0.2°
  const h = sinDLat * sinDLat + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * sinDLon * sinDLon;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h))); // min: rounding can push h past 1 at antipodes
}

export const kmToUnit = (km: number, unit: DistanceUnit): number => (unit === "mi" ? km / KM_PER_MILE : km);
export const unitToKm = (value: number, unit: DistanceUnit): number => (unit === "mi" ? value * KM_PER_MILE : value);

/** Distance from a to b in the given unit; NaN for invalid points. */
export const distanceIn = (a: LatLon, b: LatLon, unit: DistanceUnit): number => kmToUnit(haversineKm(a, b), unit);

/**
 * "4 mi", "1,234 km", "less than 1 mi". Whole numbers only: sites are located to about a kilometre and
 * ZIP centroids to a few, so decimals would be false precision. "" for a value that is not a distance.
 * The number is written as Intl writes it in the active language's locale (distance.test.ts checks it).
 */
export function formatDistance(value: number, unit: DistanceUnit): string {
  if (!Number.isFinite(value) || value < 0) return "";
  if (value < 1) return unit === "km" ? t`less than 1 km` : t`less than 1 mi`;
  const count = formatCount(value);
  return unit === "km" ? t`${count} km` : t`${count} mi`;
}
