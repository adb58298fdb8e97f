import { plural } from "@lingui/core/macro";
import { fold, type Site, type SiteStatus } from "./sites";
import { formatCount } from "../../../lib/format-count";

// The Locations section's filters and grouping (a later chunk); the sites themselves are in sites.ts.
export { toSites, type Site, type SiteStatus } from "./sites";

export const NOT_STATED = "NOT_STATED";
/** "" means any; NOT_STATED (status only) means sites whose record gives no status. */
export type SiteFilter = { text: string; country: string; state: string; status: SiteStatus | typeof NOT_STATED | "" };
export const NO_FILTER: SiteFilter = { text: "", country: "", state: "", status: "" };

export function isFiltered(filter: SiteFilter): boolean {
  return filter.text.trim() !== "" || filter.country !== "" || filter.state !== "" || filter.status !== "";
}

/** Sites matching every filter; the text matches when each of its words occurs somewhere in the site. */
export function filterSites(sites: readonly Site[], filter: SiteFilter): Site[] {
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  return sites.filter(
    (site) =>
      (!filter.country || site.country === filter.country) &&
      (!filter.state || site.state === filter.state) &&
      (!filter.status || (site.status ?? NOT_STATED) === filter.status) &&
      words.every((word) => site.haystack.includes(word)),
  );
}

export type Option<T extends string = string> = { value: T; count: number };

/** Distinct values of one field with how many sites have each, sorted by name; blanks are skipped. */
export function optionsOf<T extends string>(sites: readonly Site[], field: (site: Site) => T | undefined): Option<T>[] {
  const counts = new Map<T, number>();
  for (const site of sites) {
    const value = field(site);
    if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => compareText(a.value, b.value));
}

// Status options run from "can join now" to "closed", with sites whose record gives no status last.
const STATUS_ORDER: readonly (SiteStatus | typeof NOT_STATED)[] = [
  "RECRUITING",
  "NOT_YET_RECRUITING",
  "ENROLLING_BY_INVITATION",
  "AVAILABLE",
  "ACTIVE_NOT_RECRUITING",
  "SUSPENDED",
  "TERMINATED",
  "COMPLETED",
  "WITHDRAWN",
  NOT_STATED,
];

/** The site statuses present, NOT_STATED standing for sites without one, in STATUS_ORDER. */
export function statusOptions(sites: readonly Site[]): Option<SiteStatus | typeof NOT_STATED>[] {
  const rank = (value: SiteStatus | typeof NOT_STATED) => STATUS_ORDER.indexOf(value);
  return optionsOf(sites, (site) => site.status ?? NOT_STATED).sort((a, b) => rank(a.value) - rank(b.value));
}

/** `total`: how many sites the group has when the list shows only its first `sites` (see SiteBrowser). */
export type CountryGroup = { country: string | undefined; sites: Site[]; total?: number };

/**
 * Sites grouped by country. Countries are in alphabetical order (sites without a country last): a
 * patient scans the list for their own country, and an alphabetical list is where one looks for it
 * without knowing how many sites each has. Within a country the record's order is kept; the registry
 * already orders sites by state and city there. Recruiting sites are not moved up: the status filter
 * does that job without making the list disagree with the registry's. `keepOrder` keeps countries in
 * the order their first site appears instead (for sites sorted by distance).
 */
export function groupByCountry(sites: readonly Site[], keepOrder = false): CountryGroup[] {
  const groups = new Map<string | undefined, Site[]>();
  for (const site of sites) {
    const group = groups.get(site.country);
    if (group) group.push(site);
    else groups.set(site.country, [site]);
  }
  const grouped = [...groups].map(([country, members]) => ({ country, sites: members }));
  // Sites sorted by distance: the country of the nearest site comes first, and so on.
  if (keepOrder) return grouped;
  return grouped.sort((a, b) => (a.country === undefined ? 1 : b.country === undefined ? -1 : compareText(a.country, b.country)));
}

// Made on first use: the first Intl object in a page starts ICU (15–40 ms of main thread), which the
// study page's first render need not pay.
let collator: Intl.Collator | undefined;
function compareText(a: string, b: string): number {
  collator ??= new Intl.Collator("en", { sensitivity: "base" });
  return collator.compare(a, b);
}


/** "437 sites in 21 countries", "1 site in France", or "3 sites" when no country is given. */
export function sitesSummary(sites: readonly Site[]): string {
  const countries = new Set(sites.map((site) => site.country).filter(Boolean));
  const [only] = countries;
  const n = sites.length;
  const count = formatCount(n);
  const countryCount = formatCount(countries.size);
  if (countries.size === 0) return countSites(n);
  if (only && countries.size === 1) return plural(n, { one: `${count} site in ${only}`, other: `${count} sites in ${only}` });
  return plural(n, { one: `${count} site in ${countryCount} countries`, other: `${count} sites in ${countryCount} countries` });
}

export function countSites(n: number): string {
  const count = formatCount(n);
  return plural(n, { one: `${count} site`, other: `${count} sites` });
}
