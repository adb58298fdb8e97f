// "Boston, MA" as a point, from sites that carry coordinates (the registry's own geoPoints), with no
// third-party geocoder. Pure: the caller brings the sites (a registry search, or one study's own sites).
import type { Location } from "../../api/types";
import { isLatLon, type LatLon } from "./distance";

/**
 * The median point of the sites in the named city: "Boston" or "Boston, MA" / "Boston, Massachusetts,
 * United States" (the parts after the city must then match the site's state, its US abbreviation, or
 * its country). The median, not the mean, so one mistyped geoPoint cannot move the place.
 */
export function placeFromSites(place: string, sites: readonly Location[]): LatLon | undefined {
  const [cityPart, ...rest] = place.split(",").map(fold);
  if (!cityPart) return undefined;
  const qualifiers = rest.filter(Boolean);
  const inCity = sites.filter((site) => fold(site.city) === cityPart && isLatLon(site.geoPoint));
  const qualified = inCity.filter((site) => qualifiers.every((q) => matchesRegion(site, q)));
  const chosen = qualifiers.length > 0 ? qualified : inCity;
  if (chosen.length === 0) return undefined;
  return {
    lat: median(chosen.map((site) => site.geoPoint?.lat ?? 0)),
    lon: median(chosen.map((site) => site.geoPoint?.lon ?? 0)),
  };
}

/**
 * Whether text reads as a US place that a distance search can find: a ZIP code, or "town, state" with the
 * state's postal abbreviation or name ("Boston, MA", "Boston, Massachusetts"). Used to offer a distance search for text typed elsewhere.
 */
export function looksLikeUsPlace(text: string): boolean {
  const trimmed = text.trim();
  if (/^\d{5}(?:-?\d{4})?$/.test(trimmed)) return true;
  const match = /^\p{L}[\p{L} .'-]*,\s*(\p{L}[\p{L} ]*)$/u.exec(trimmed);
  const state = fold(match?.[1]);
  return match !== null && (Object.hasOwn(US_STATES, state) || Object.values(US_STATES).includes(state));
}

function matchesRegion(site: Location, qualifier: string): boolean {
  const state = fold(site.state);
  const country = fold(site.country);
  return (
    qualifier === state ||
    qualifier === country ||
    (country === "united states" && US_STATES[qualifier] === state) ||
    (["usa", "us", "u.s.", "u.s.a.", "america"].includes(qualifier) && country === "united states") ||
    (["uk", "u.k.", "great britain", "britain", "england", "scotland", "wales"].includes(qualifier) && country === "united kingdom")
  );
}

function fold(text: string | undefined): string {
  return (text ?? "").normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

// Postal abbreviations people type after a US city ("Boston, MA"), folded like site states.
const US_STATES: Record<string, string> = {
  al: "alabama", ak: "alaska", az: "arizona", ar: "arkansas", ca: "california", co: "colorado", ct: "connecticut",
  de: "delaware", dc: "district of columbia", fl: "florida", ga: "georgia", hi: "hawaii", id: "idaho", il: "illinois",
  in: "indiana", ia: "iowa", ks: "kansas", ky: "kentucky", la: "louisiana", me: "maine", md: "maryland",
  ma: "massachusetts", mi: "michigan", mn: "minnesota", ms: "mississippi", mo: "missouri", mt: "montana",
  ne: "nebraska", nv: "nevada", nh: "new hampshire", nj: "new jersey", nm: "new mexico", ny: "new york",
  nc: "north carolina", nd: "north dakota", oh: "ohio", ok: "oklahoma", or: "oregon", pa: "pennsylvania",
  pr: "puerto rico", ri: "rhode island", sc: "south carolina", sd: "south dakota", tn: "tennessee", tx: "texas",
  ut: "utah", vt: "vermont", va: "virginia", wa: "washington", wv: "west virginia", wi: "wisconsin", wy: "wyoming",
};
