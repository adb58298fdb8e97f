// filter.overallStatus, filter.ids and filter.geo (and their postFilter.* twins).
import type { Corpus } from "./corpus.ts";
import { badRequest } from "./errors.ts";
import type { FieldCatalog } from "./metadata.ts";
import { fieldPath } from "./metadata.ts";
import { aliasesOf, canonicalNctId, nctIdOf, valueAt, valuesAt } from "./study.ts";
import { isObject } from "./study.ts";

/** Keeps the studies at the given corpus indices. */
export type StudyPredicate = (index: number) => boolean;

/** Comma- or pipe-separated list, as the API's pipeDelimited parameters accept. */
export function splitList(raw: string): string[] {
  return raw.split(/[,|]/).map((s) => s.trim());
}

export function statusFilter(corpus: Corpus, raw: string, param: string, catalog: FieldCatalog): StudyPredicate {
  const allowed = catalog.enums.get("Status") ?? [];
  const wanted = new Set<string>();
  for (const item of splitList(raw)) {
    if (!allowed.includes(item)) {
      throw badRequest(`Invalid value in parameter \`${param}\`: \`${item}\`; allowed values: ${allowed.join(", ")}`);
    }
    wanted.add(item);
  }
  const path = fieldPath(catalog, "OverallStatus");
  return (i) => wanted.has(String(valueAt(corpus.studies[i], path)));
}

/** Parses an NCT id list; matching is against nctId and nctIdAliases, as the API documents. */
export function parseIdList(raw: string, param: string): Set<string> {
  const ids = new Set<string>();
  for (const item of splitList(raw)) {
    const id = canonicalNctId(item);
    if (!id) throw badRequest(`Value \`${item}\` of parameter \`${param}\` has incorrect format; expected an NCT number like NCT01234567`);
    ids.add(id);
  }
  return ids;
}

export function idsFilter(corpus: Corpus, ids: ReadonlySet<string>): StudyPredicate {
  return (i) => {
    const study = corpus.studies[i];
    if (!study) return false;
    return ids.has(nctIdOf(study) ?? "") || aliasesOf(study).some((a) => ids.has(a));
  };
}

const GEO_RE = /^distance\((-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?),(\d+(?:\.\d+)?)(km|mi)?\)$/;
const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_MILE = 1.609344;

/** Great-circle distance in km (haversine). */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * `distance(lat,lon,50mi)`: a study matches when ANY site with a geoPoint is within the radius
 * (sites without geoPoint are ignored). The unit defaults to miles, the API's documented unit.
 */
export function geoFilter(corpus: Corpus, raw: string, param: string): StudyPredicate {
  const m = GEO_RE.exec(raw);
  if (!m) throw badRequest(`Value \`${raw}\` of parameter \`${param}\` has incorrect format; expected distance(lat,lon,50mi)`);
  const [lat, lon, radius] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) throw badRequest(`Invalid coordinates in parameter \`${param}\`: ${raw}`);
  const radiusKm = m[4] === "km" ? radius : radius * KM_PER_MILE;
  const path = ["protocolSection", "contactsLocationsModule", "locations", "geoPoint"];
  return (i) =>
    valuesAt(corpus.studies[i], path).some(
      (p) => isObject(p) && typeof p.lat === "number" && typeof p.lon === "number" && haversineKm(lat, lon, p.lat, p.lon) <= radiusKm,
    );
}
