// @vitest-environment node
// The catalogue's own tests: for every filter, URL → search → API parameters → URL; how the registry's
// website and classic site spell it; bad values dropped with a note. The examples are typed as Records
// over the catalogue's keys, so a filter added without examples does not compile.
import { describe, expect, test } from "vitest";
import { fromRegistryUrl } from "../registry-link";
import { parseSearchParams } from "../read-search-params";
import { searchToPath } from "../search-url";
import { toApiParams } from "../to-api-params";
import { relaxations } from "../relax-search";
import { activeFilterWords } from "../filter-words";
import { FILTERS, FILTER_LIST, type FilterKey, type FilterValues } from "./catalogue";
import { RELAX_WORDS } from "./relax-words";

type Example<K extends FilterKey> = {
  /** Our URL's value, as written (canonical). */
  url: string;
  value: NonNullable<FilterValues[K]>;
  /** Its part of the request: filter.advanced (status: filter.overallStatus). */
  api: string;
  words: string;
};
type Examples = { [K in FilterKey]: Example<K>[] };

const EXAMPLES: Examples = {
  status: [
    { url: "TERMINATED,COMPLETED", value: ["TERMINATED", "COMPLETED"], api: "TERMINATED,COMPLETED", words: "Terminated or Completed" },
    { url: "all", value: [], api: "", words: "any status" },
  ],
  phase: [{ url: "early,2,na", value: ["early", "2", "na"], api: "(AREA[Phase]EARLY_PHASE1 OR AREA[Phase]PHASE2 OR AREA[Phase]NA)", words: "Early phase 1 or Phase 2 or Not applicable (no phase)" }],
  type: [{ url: "OBSERVATIONAL", value: "OBSERVATIONAL", api: "(AREA[StudyType]OBSERVATIONAL)", words: "Observational" }],
  age: [{ url: "45", value: 45, api: "(AREA[MinimumAge]RANGE[MIN, 45 years] OR AREA[MinimumAge]MISSING) AND (AREA[MaximumAge]RANGE[45 years, MAX] OR AREA[MaximumAge]MISSING)", words: "age 45" }],
  agegroup: [
    { url: "child,older", value: ["child", "older"], api: "(AREA[StdAge]CHILD OR AREA[StdAge]OLDER_ADULT)", words: "children (0–17) or older adults (65 and over)" },
  ],
  sex: [{ url: "FEMALE", value: "FEMALE", api: '(AREA[Sex]FEMALE OR AREA[Sex]"ALL")', words: "open to women and girls" }],
  healthy: [{ url: "1", value: true, api: "(AREA[HealthyVolunteers]true)", words: "healthy volunteers" }],
  results: [{ url: "1", value: true, api: "(AREA[HasResults]true)", words: "with results" }],
  funder: [{ url: "nih", value: "nih", api: "(AREA[LeadSponsorClass]NIH)", words: "paid by U.S. National Institutes of Health" }],
  docs: [{ url: "protocol,consent", value: ["protocol", "consent"], api: "(AREA[LargeDocHasProtocol]true OR AREA[LargeDocHasICF]true)", words: "with study protocol or informed consent form" }],
  startdate: [
    { url: "2022-01-01_2023-12-31", value: { from: "2022-01-01", to: "2023-12-31" }, api: "(AREA[StartDate]RANGE[2022-01-01, 2023-12-31])", words: "study start 2022-01-01 to 2023-12-31" },
    { url: "2022-01-01_", value: { from: "2022-01-01" }, api: "(AREA[StartDate]RANGE[2022-01-01, MAX])", words: "study start from 2022-01-01" },
  ],
  primarycompletion: [{ url: "_2015-12-31", value: { to: "2015-12-31" }, api: "(AREA[PrimaryCompletionDate]RANGE[MIN, 2015-12-31])", words: "primary completion until 2015-12-31" }],
  completion: [{ url: "2020-02-29_2020-02-29", value: { from: "2020-02-29", to: "2020-02-29" }, api: "(AREA[CompletionDate]RANGE[2020-02-29, 2020-02-29])", words: "study completion 2020-02-29 to 2020-02-29" }],
  firstposted: [{ url: "2024-01-01_", value: { from: "2024-01-01" }, api: "(AREA[StudyFirstPostDate]RANGE[2024-01-01, MAX])", words: "first posted from 2024-01-01" }],
  resultsposted: [{ url: "_2019-06-30", value: { to: "2019-06-30" }, api: "(AREA[ResultsFirstPostDate]RANGE[MIN, 2019-06-30])", words: "results first posted until 2019-06-30" }],
  lastupdated: [{ url: "2025-01-01_2025-12-31", value: { from: "2025-01-01", to: "2025-12-31" }, api: "(AREA[LastUpdatePostDate]RANGE[2025-01-01, 2025-12-31])", words: "last update posted 2025-01-01 to 2025-12-31" }],
};

/** Values each filter must drop, with a note naming the parameter and saying why. */
const BAD: Record<FilterKey, string[]> = {
  status: ["OPEN"],
  phase: ["7"],
  type: ["trial"],
  age: ["121", "-1", "4.5"],
  agegroup: ["teen"],
  sex: ["other"],
  healthy: ["maybe"],
  results: ["some"],
  funder: ["charity"],
  docs: ["icf"],
  startdate: ["2022-02-30_", "2023-12-31_2022-01-01", "2022", "01/01/2015"],
  primarycompletion: ["yesterday"],
  completion: ["2022-01-01_2022-13-01"],
  firstposted: ["2022-01-01_2023-01-01_2024-01-01"],
  resultsposted: ["_20-01-01"],
  lastupdated: ["soon_"],
};

const cases = FILTER_LIST.flatMap(([key]) => EXAMPLES[key].map((example) => [key, example] as const));

describe("every filter: URL → search → API parameters → URL", () => {
  test.each(cases)("%s=%j", (key, example) => {
    const { search, notes } = parseSearchParams(new URLSearchParams([[key, example.url]]));
    expect(notes).toEqual([]);
    expect(search).toEqual({ [key]: example.value });
    const api = toApiParams(search);
    expect(key === "status" ? (api["filter.overallStatus"] ?? "") : api["filter.advanced"]).toBe(example.api);
    expect(searchToPath(search)).toBe(`/search?${key}=${example.url}`);
    expect(activeFilterWords(search)).toEqual([example.words]);
  });

  test("every filter has examples, and the catalogue's order is the URL's order", () => {
    const all = Object.fromEntries(FILTER_LIST.map(([key]) => [key, EXAMPLES[key][0]?.value]));
    const query = searchToPath({ cond: "x", ...all, near: { kind: "zip", zip: "02115" }, sort: "nearest" }).split("?")[1] ?? "";
    expect([...new URLSearchParams(query).keys()]).toEqual(["cond", ...FILTER_LIST.map(([key]) => key), "near", "sort"]);
  });

  test("each filter narrowing a search has its own 'no results' suggestion, which drops only it", () => {
    for (const [key] of FILTER_LIST) {
      const search = { cond: "asthma", [key]: EXAMPLES[key][0]?.value };
      const own = relaxations(search).filter((r) => (key === "status" ? r.search.status?.length === 0 : r.search[key] === undefined));
      expect(own, key).toHaveLength(1);
      expect(own[0]?.label).toBe((RELAX_WORDS[key] as (value: unknown) => string)(search[key]));
      expect(own[0]?.search).toEqual(key === "status" ? { cond: "asthma", status: [] } : { cond: "asthma" });
    }
  });
});

describe("bad values are dropped, with a note that says why", () => {
  test.each(FILTER_LIST.flatMap(([key]) => BAD[key].map((value) => [key, value] as const)))("%s=%s", (key, value) => {
    const { search, notes } = parseSearchParams(new URLSearchParams([[key, value]]));
    expect(search[key]).toBeUndefined();
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(new RegExp(`^${key}=.* was ignored: `));
    expect(notes[0]).toContain(FILTERS[key].hint());
  });

  test("a bad value keeps what came before it (the last good duplicate wins)", () => {
    expect(parseSearchParams(new URLSearchParams("age=40&age=abc")).search).toEqual({ age: 40 });
    expect(parseSearchParams(new URLSearchParams("startdate=2022-01-01_&startdate=x")).search).toEqual({ startdate: { from: "2022-01-01" } });
    expect(parseSearchParams(new URLSearchParams("agegroup=child&agegroup=adult,teen")).search).toEqual({ agegroup: ["child", "adult"] });
  });
});

/** How the registry spells each filter: a website or classic link, and the value it gives here. */
const REGISTRY: Record<FilterKey, [link: string, value: unknown][]> = {
  status: [
    ["clinicaltrials.gov/search?aggFilters=status:com ter", ["TERMINATED", "COMPLETED"]],
    ["clinicaltrials.gov/ct2/results?recrs=e", ["COMPLETED"]],
  ],
  phase: [
    ["clinicaltrials.gov/search?aggFilters=phase:0 2", ["early", "2"]],
    ["clinicaltrials.gov/ct2/results?phase=4&phase=1", ["early", "2"]],
  ],
  type: [
    ["clinicaltrials.gov/search?aggFilters=studyType:obs", "OBSERVATIONAL"],
    ["clinicaltrials.gov/ct2/results?type=Expn", "EXPANDED_ACCESS"],
  ],
  age: [["clinicaltrials.gov/ct2/results?age_v=30", 30]],
  agegroup: [
    ["clinicaltrials.gov/search?aggFilters=ages:older child", ["child", "older"]],
    ["clinicaltrials.gov/ct2/results?age=0&age=2", ["child", "older"]],
    ["clinicaltrials.gov/ct2/results?age=1", ["adult"]],
  ],
  sex: [
    ["clinicaltrials.gov/search?aggFilters=sex:m", "MALE"],
    ["clinicaltrials.gov/ct2/results?gndr=Female", "FEMALE"],
  ],
  healthy: [
    ["clinicaltrials.gov/search?aggFilters=healthy:y", true],
    ["clinicaltrials.gov/ct2/results?hlth=Y", true],
  ],
  results: [
    ["clinicaltrials.gov/search?aggFilters=results:with", true],
    ["clinicaltrials.gov/ct2/results?rslt=With", true],
  ],
  funder: [
    ["clinicaltrials.gov/search?aggFilters=funderType:industry", "industry"],
    ["clinicaltrials.gov/ct2/results?fund=1", "fed"],
  ],
  docs: [
    ["clinicaltrials.gov/search?aggFilters=docs:icf sap prot", ["protocol", "sap", "consent"]],
    ["clinicaltrials.gov/ct2/results?u_prot=Y&u_icf=Y", ["protocol", "consent"]],
  ],
  startdate: [
    ["clinicaltrials.gov/search?start=2022-01-01_2023-12-31", { from: "2022-01-01", to: "2023-12-31" }],
    ["clinicaltrials.gov/ct2/results?strd_s=1/5/2015&strd_e=12/31/2016", { from: "2015-01-05", to: "2016-12-31" }],
  ],
  primarycompletion: [
    ["clinicaltrials.gov/search?primComp=_2015-12-31", { to: "2015-12-31" }],
    ["clinicaltrials.gov/ct2/results?prcd_e=12/31/2015", { to: "2015-12-31" }],
  ],
  // The classic site had no study completion parameter.
  completion: [["clinicaltrials.gov/search?studyComp=_2015-12-31", { to: "2015-12-31" }]],
  firstposted: [
    ["clinicaltrials.gov/search?firstPost=2020-01-01_", { from: "2020-01-01" }],
    ["clinicaltrials.gov/ct2/results?sfpd_s=01/01/2020", { from: "2020-01-01" }],
  ],
  resultsposted: [
    ["clinicaltrials.gov/search?resFirstPost=2019-01-01_2019-12-31", { from: "2019-01-01", to: "2019-12-31" }],
    ["clinicaltrials.gov/ct2/results?rfpd_s=01/01/2019&rfpd_e=12/31/2019", { from: "2019-01-01", to: "2019-12-31" }],
  ],
  lastupdated: [
    ["clinicaltrials.gov/search?lastUpdPost=2022-01-01_2023-12-31", { from: "2022-01-01", to: "2023-12-31" }],
    ["clinicaltrials.gov/ct2/results?lupd_s=01/01/2022&lupd_e=12/31/2023", { from: "2022-01-01", to: "2023-12-31" }],
  ],
};

describe("the registry's spellings of every filter", () => {
  test.each(FILTER_LIST.flatMap(([key]) => REGISTRY[key].map(([link, value]) => [key, link, value] as const)))("%s: %s", (key, link, value) => {
    const imported = fromRegistryUrl(link);
    expect(imported?.kind).toBe("search");
    if (imported?.kind !== "search") return;
    expect(imported.notes).toEqual([]);
    expect(imported.search[key]).toEqual(value);
    // and the address it becomes reads back to the same search, silently
    const path = searchToPath(imported.search);
    expect(parseSearchParams(new URLSearchParams(path.split("?")[1])).search).toEqual(imported.search);
  });

  test("classic dates that are not MM/DD/YYYY, or a range the wrong way round, are noted and dropped", () => {
    const imported = fromRegistryUrl("clinicaltrials.gov/ct2/results?strd_s=2015&lupd_s=12/31/2023&lupd_e=01/01/2022");
    expect(imported).toEqual({
      kind: "search",
      search: { status: [], lastupdated: { from: "2023-12-31" } },
      notes: ["strd_s=2015 was ignored: dates were MM/DD/YYYY", "lupd_e=01/01/2022 was ignored: the range ends before it starts"],
    });
  });
});
