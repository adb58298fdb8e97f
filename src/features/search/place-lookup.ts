// "Near Boston, MA" without a third-party geocoder: the registry's own sites carry coordinates, so a
// location search returns sites in that city with their geoPoints, and the middle of those is the place.
import { searchStudies } from "../../api/studies";
import type { LatLon } from "../../lib/geo/distance";
import { placeFromSites } from "../../lib/geo/place-from-sites";
import { sanitizeEssieText } from "./essie-text";

/** Sites asked for: enough to find a city's sites among other places that merely mention it. */
const LOOKUP_PAGE_SIZE = "100";

/** Where the registry's sites say `place` is, or undefined when no site is in a city of that name. */
export async function lookupPlace(place: string, signal: AbortSignal): Promise<LatLon | undefined> {
  const city = sanitizeEssieText(place.split(",")[0]);
  if (!city) return undefined;
  const page = await searchStudies(
    {
      "query.locn": city,
      fields: "LocationCity,LocationState,LocationCountry,LocationGeoPoint",
      pageSize: LOOKUP_PAGE_SIZE,
    },
    undefined,
    signal,
  );
  const sites = (page.studies ?? []).flatMap((study) => study.protocolSection?.contactsLocationsModule?.locations ?? []);
  return placeFromSites(place, sites);
}

