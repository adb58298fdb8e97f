import { describe, expect, test } from "vitest";
import type { Location } from "../../../api/types";
import { corpus, requireCorpus } from "../../../testing/server";
import {
  filterSites,
  groupByCountry,
  isFiltered,
  NO_FILTER,
  NOT_STATED,
  optionsOf,
  sitesSummary,
  statusOptions,
  toSites,
} from "./location-filter";

requireCorpus();
const locationsOf = (id: string): Location[] => corpus.byId(id)?.protocolSection?.contactsLocationsModule?.locations ?? [];
const big = locationsOf("NCT02513394"); // 437 sites, 21 countries, no site statuses
const observational = locationsOf("NCT03798535"); // 254 sites, no states
const statuses = locationsOf("NCT06620835"); // 27 French sites with three different statuses
const has = (...ids: string[]) => ids.every((id) => corpus.byId(id));

// The expected answers are computed straight from the records, independently of the code under test.
const count = (locations: Location[], keep: (l: Location) => boolean) => locations.filter(keep).length;
const mentions = (l: Location, word: string) =>
  [l.facility, l.city, l.state, l.zip, l.country].some((v) => v?.toLowerCase().includes(word.toLowerCase()));

describe.skipIf(!has("NCT02513394", "NCT03798535", "NCT06620835"))("site filters on real records", () => {
  test("no filter keeps every site in the record's order", () => {
    const sites = toSites(big);
    expect(sites).toHaveLength(big.length);
    expect(filterSites(sites, NO_FILTER).map((s) => s.index)).toEqual(big.map((_, i) => i));
    expect(isFiltered(NO_FILTER)).toBe(false);
    expect(isFiltered({ ...NO_FILTER, text: "   " })).toBe(false);
  });

  test("text matches facility, city, state and zip, ignoring case", () => {
    const sites = toSites(big);
    for (const word of ["boston", "CALIFORNIA", "Hospital", "36604"]) {
      const expected = count(big, (l) => mentions(l, word));
      expect(expected).toBeGreaterThan(0);
      expect(filterSites(sites, { ...NO_FILTER, text: word })).toHaveLength(expected);
    }
    expect(filterSites(sites, { ...NO_FILTER, text: "no such place xyz" })).toHaveLength(0);
  });

  test("every word of the text must match, in any field", () => {
    const sites = toSites(big);
    const both = (l: Location) => mentions(l, "cancer") && mentions(l, "center");
    expect(filterSites(sites, { ...NO_FILTER, text: "  Center   cancer " })).toHaveLength(count(big, both));
    // Words may sit in different fields: a state and a city.
    const { state = "", city = "" } = big[0] ?? {};
    const expected = count(big, (l) => mentions(l, state) && mentions(l, city));
    expect(expected).toBeGreaterThan(0);
    expect(filterSites(sites, { ...NO_FILTER, text: `${state} ${city}` })).toHaveLength(expected);
  });

  test("text ignores accents", () => {
    const sites = toSites(big);
    const accented = big.filter((l) => /[à-ÿ]/i.test(`${l.facility} ${l.city}`));
    expect(accented.length).toBeGreaterThan(0);
    const city = accented.find((l) => /[à-ÿ]/i.test(l.city ?? ""))?.city ?? "";
    const plain = city.normalize("NFD").replace(/\p{M}/gu, "");
    expect(plain).not.toBe(city);
    expect(filterSites(sites, { ...NO_FILTER, text: plain }).length).toBe(count(big, (l) => mentions(l, city)));
  });

  test("country, and state within it", () => {
    const sites = toSites(big);
    expect(filterSites(sites, { ...NO_FILTER, country: "Spain" })).toHaveLength(count(big, (l) => l.country === "Spain"));
    const california = count(big, (l) => l.country === "United States" && l.state === "California");
    expect(california).toBeGreaterThan(0);
    expect(filterSites(sites, { ...NO_FILTER, country: "United States", state: "California" })).toHaveLength(california);
    expect(filterSites(sites, { ...NO_FILTER, country: "Spain", state: "California" })).toHaveLength(0);
  });

  test("country combined with text", () => {
    const sites = toSites(observational);
    const expected = count(observational, (l) => l.country === "France" && mentions(l, "paris"));
    expect(expected).toBeGreaterThan(0);
    expect(filterSites(sites, { ...NO_FILTER, country: "France", text: "Paris" })).toHaveLength(expected);
  });

  test('"Not stated" status finds the sites without one', () => {
    expect(big.every((l) => !l.status)).toBe(true);
    const sites = toSites(big);
    expect(filterSites(sites, { ...NO_FILTER, status: NOT_STATED })).toHaveLength(big.length);
    expect(filterSites(sites, { ...NO_FILTER, status: "RECRUITING" })).toHaveLength(0);
    expect(statusOptions(sites)).toEqual([{ value: NOT_STATED, count: big.length }]);
    expect(filterSites(toSites(statuses), { ...NO_FILTER, status: NOT_STATED })).toHaveLength(0);
  });

  test("status, alone and with text", () => {
    const sites = toSites(statuses);
    for (const status of ["RECRUITING", "NOT_YET_RECRUITING", "WITHDRAWN"] as const) {
      expect(filterSites(sites, { ...NO_FILTER, status })).toHaveLength(count(statuses, (l) => l.status === status));
    }
    const city = statuses.find((l) => l.status === "RECRUITING")?.city ?? "";
    expect(filterSites(sites, { ...NO_FILTER, status: "RECRUITING", text: city })).toHaveLength(
      count(statuses, (l) => l.status === "RECRUITING" && mentions(l, city)),
    );
    // Recruiting first, then not yet recruiting, then closed.
    expect(statusOptions(sites).map((o) => o.value)).toEqual(["RECRUITING", "NOT_YET_RECRUITING", "WITHDRAWN"]);
  });

  test("options: each value once, with its count, sorted by name", () => {
    const countries = optionsOf(toSites(big), (s) => s.country);
    expect(countries.reduce((sum, o) => sum + o.count, 0)).toBe(big.length);
    expect(countries.find((o) => o.value === "Germany")?.count).toBe(count(big, (l) => l.country === "Germany"));
    const names = countries.map((o) => o.value);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  test("groups by country alphabetically, keeping the record's order inside each", () => {
    const groups = groupByCountry(toSites(big));
    expect(groups.map((g) => g.country)).toEqual([...new Set(big.map((l) => l.country))].sort((a, b) => a!.localeCompare(b!)));
    for (const group of groups) {
      const indexes = group.sites.map((s) => s.index);
      expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
    }
    expect(groups.reduce((sum, g) => sum + g.sites.length, 0)).toBe(big.length);
  });

  test("summary counts sites and countries", () => {
    expect(sitesSummary(toSites(big))).toBe(`437 sites in ${new Set(big.map((l) => l.country)).size} countries`);
    expect(sitesSummary(toSites(observational))).toBe("254 sites in 10 countries");
    expect(sitesSummary(toSites(statuses))).toBe(`${statuses.length} sites in France`);
  });
});

test("blank fields are treated as missing", () => {
  const [site] = toSites([{ facility: "  ", city: " Lyon ", country: "France", contacts: [{ name: " " }] }]);
  expect(site).toMatchObject({ facility: undefined, city: "Lyon", hasGeo: false, contacts: [] });
  expect(sitesSummary(toSites([{}, {}]))).toBe("2 sites");
  expect(sitesSummary(toSites([{ country: "Japan" }]))).toBe("1 site in Japan");
  expect(groupByCountry(toSites([{}, { country: "Japan" }])).map((g) => g.country)).toEqual(["Japan", undefined]);
});
