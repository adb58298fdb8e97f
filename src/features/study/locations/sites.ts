import type { Location } from "../../../api/types";
import { isLatLon, type LatLon } from "../../../lib/geo/distance";
import { clean, toContactViews, type ContactView } from "./contact-format";

// A record's sites as the page uses them. Apart from location-filter.ts (the filters and grouping of the
// Locations section, which load with the later sections), so that the contact block near the top
// (contact-team.tsx) doesn't bring the list's code into the page's first chunk.

export type SiteStatus = NonNullable<Location["status"]>;

/** One site, prepared once per record so that filtering 400+ sites on each keystroke stays cheap. */
export type Site = {
  /** Position in the record: the React key, and the order sites keep within a country. */
  index: number;
  facility?: string;
  city?: string;
  state?: string;
  zip?: string;
  country?: string;
  status?: SiteStatus;
  contacts: ContactView[];
  /** Where the map puts it; sites without valid coordinates are listed as "not on the map". */
  geo?: LatLon;
  hasGeo: boolean;
  /** Facility, city, state, zip and country, lower-cased without accents, for the text search. */
  haystack: string;
};

export function toSites(locations: readonly Location[] | undefined): Site[] {
  return (locations ?? []).map((location, index) => {
    const site = {
      index,
      facility: clean(location.facility),
      city: clean(location.city),
      state: clean(location.state),
      zip: clean(location.zip),
      country: clean(location.country),
      status: location.status,
      contacts: toContactViews(location.contacts),
    };
    const geo = validGeo(location.geoPoint);
    return { ...site, geo, hasGeo: geo !== undefined, haystack: fold([site.facility, site.city, site.state, site.zip, site.country].join(" ")) };
  });
}

/** Coordinates a map can use (the conformer only guarantees numbers, not that they are on the globe). */
function validGeo(point: Location["geoPoint"]): LatLon | undefined {
  const geo = { lat: point?.lat, lon: point?.lon };
  return isLatLon(geo) ? geo : undefined;
}

/** Lower case without diacritics, so "zurich" finds "Zürich" and "koln" finds "Köln". */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** "Boston, Massachusetts 02115, United States" */
export const placeOf = (site: Site) =>
  [site.city, [site.state, site.zip].filter(Boolean).join(" "), site.country].filter(Boolean).join(", ");
