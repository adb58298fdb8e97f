// @vitest-environment node
// Properties of the search URL, for any input at all: reading never throws, and the canonical URL is a
// fixed point (it reads back to the same search, silently, and writes itself again).
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { hostileText, hugeText, isWellFormed, searchParams } from "../../testing/url-arbitraries";
import type { Search } from "./search-types";
import { hasRegistryNames, parseSearchParams } from "./read-search-params";
import { TEXT_FIELDS, normalizeSearch, searchToPath, serializeSearch } from "./search-url";
import { FILTER_LIST } from "./filters/catalogue";
import { fromRegistryPath, fromRegistryUrl, importTarget } from "./registry-link";
import { translateWebsiteSearch } from "./registry-search";

/** Parameters as /search reads them: ours, or translated when they carry registry-website names. */
const read = (params: URLSearchParams) => (hasRegistryNames(params) ? translateWebsiteSearch(params) : parseSearchParams(params));

const SEED = 20_240_517;
const RUNS = { seed: SEED, numRuns: 300 };

const OUR_NAMES = [...TEXT_FIELDS, ...FILTER_LIST.map(([key]) => key), "near", "radius", "sort"];
const REGISTRY_NAMES = [
  "aggFilters", "locStr", "city", "state", "country", "distance", "lat", "lng", "titles", "outc", "lead", "ageRange", "viewType", "start",
  "primComp", "studyComp", "firstPost", "resFirstPost", "lastUpdPost", "kiosk", "utm_source",
];
// The classic /ct2/results names (and some of ours, which it shares).
const CLASSIC_NAMES = [
  "cond", "term", "intr", "locn", "recrs", "type", "phase", "age", "age_v", "gndr", "hlth", "rslt", "fund", "u_prot", "u_sap", "u_icf",
  "strd_s", "strd_e", "prcd_s", "prcd_e", "sfpd_s", "sfpd_e", "rfpd_s", "rfpd_e", "lupd_s", "lupd_e", "cntry", "state", "city", "dist", "rank",
];
const NAMES = [...OUR_NAMES, ...REGISTRY_NAMES];
const VALUES = [
  "asthma", "bile duct cancer", "ALL", "RECRUITING", "not_yet_recruiting", "completed", "all", "any", "", "early", "1", "2", "na",
  "phase2", "INTERVENTIONAL", "observational", "0", "45", "120", "121", "-1", "FEMALE", "male", "all", "yes", "true", "nih",
  "industry", "42.36,-71.06", "42.3600825,-71.0588801", "0,0", "95,10", "02115", "02115-1234", "Boston, MA", "10mi", "25",
  "250km", "7mi", "relevance", "updated", "start", "nearest", "@relevance", "LastUpdatePostDate:desc", "status:rec not",
  "phase:2 3,studyType:int", "sex:f m", "healthy:y", "results:with", "funderType:nih", "ages:adult", "100", "42.36,-71.06,30",
  "child", "adult,older", "teen", "protocol", "sap,consent", "ages:child older", "docs:prot icf", "2022-01-01_2023-12-31", "_2015-12-31",
  "2022-01-01_", "2023-12-31_2022-01-01", "2022-02-30_", "_", "01/01/2015", "12/31/2016", "13/45/2020", "ab", "cdm", "Y", "N", "With",
  "01", "US:NY", "Intr", "PReg",
];

/** One search's canonical query string. */
const canonical = (search: Search) => serializeSearch(search).toString();

describe("search URL: properties", () => {
  test("reading any parameters never throws, and what it gives is already canonical", () => {
    fc.assert(
      fc.property(searchParams(NAMES, VALUES), (params) => {
        const { search, notes } = read(params);
        expect(normalizeSearch(search)).toEqual(search);
        for (const note of notes) expect(isWellFormed(note), note).toBe(true);
      }),
      RUNS,
    );
  });

  test("parse → serialize → parse is stable: the canonical URL reads back to the same search, with no notes", () => {
    fc.assert(
      fc.property(searchParams(NAMES, VALUES), (params) => {
        const first = read(params).search;
        const url = canonical(first);
        const again = parseSearchParams(new URLSearchParams(url));
        expect(again.search).toEqual(first);
        expect(again.notes).toEqual([]);
        expect(canonical(again.search)).toBe(url);
      }),
      RUNS,
    );
  });

  test("text fields: any text, huge or with lone surrogates, settles in one step", () => {
    const text = fc.oneof(hostileText(60), hugeText);
    fc.assert(
      fc.property(fc.constantFrom("cond", "intr", "locn", "term", "spons", "id", "near"), text, (name, value) => {
        const first = read(new URLSearchParams([[name, value]])).search;
        const url = canonical(first);
        expect(isWellFormed(url)).toBe(true);
        expect(parseSearchParams(new URLSearchParams(url)).search).toEqual(first);
        // As the app writes a search that came from the form, not from a URL (no URL has repaired it).
        const typed = normalizeSearch({ [name === "near" ? "locn" : name]: value });
        expect(parseSearchParams(serializeSearch(typed)).search).toEqual(typed);
      }),
      RUNS,
    );
  });

  test("a pasted registry link never throws, and the search it becomes is stable too", () => {
    const link = fc.oneof(
      hostileText(80),
      searchParams(REGISTRY_NAMES, VALUES).chain((params) =>
        fc.constantFrom("https://clinicaltrials.gov/search?", "clinicaltrials.gov/ct2/results?", "www.clinicaltrials.gov/expert-search?").map((base) => `${base}${params}`),
      ),
    );
    fc.assert(
      fc.property(link, (input) => {
        const imported = fromRegistryUrl(input);
        if (imported?.kind !== "search") return;
        const url = canonical(imported.search);
        expect(parseSearchParams(new URLSearchParams(url)).search).toEqual(imported.search);
      }),
      RUNS,
    );
  });

  test("any query string on any registry link path never throws, and lands on a canonical address that reads to itself", () => {
    const path = fc.constantFrom("/ct2/results", "/ct2/results/refine", "/ct2/show/NCT02513394", "/ct2/show/record/nct02513394", "/ct2/show/results/NCT02513394", "/show/NCT123", "/ct2/show/");
    const query = fc.oneof(searchParams(CLASSIC_NAMES, VALUES).map(String), hostileText(80));
    fc.assert(
      fc.property(path, query, (pathname, search) => {
        const link = fromRegistryPath(pathname, search);
        if (!link) return;
        const target = importTarget(link);
        if (link.kind === "study") {
          expect(target.path).toMatch(/^\/study\/[^?#]+(#results)?$/);
          return;
        }
        expect(target.path).toBe(searchToPath(link.search));
        const again = parseSearchParams(new URLSearchParams(target.path.split("?")[1] ?? ""));
        expect(again.search).toEqual(link.search);
        expect(again.notes).toEqual([]);
        expect(searchToPath(again.search)).toBe(target.path);
      }),
      RUNS,
    );
  });
});
