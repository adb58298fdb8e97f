// @vitest-environment node
import { describe, expect, test } from "vitest";
import type { StudyType } from "../../api/types";
import type { FunderType, SexFilter } from "./filters/catalogue";
import type { Search, SearchSort } from "./search-types";
import { DEFAULT_STATUS, PHASE_ORDER, STATUS_ORDER } from "./filters/catalogue";
import { hasRegistryNames, parseSearchParams } from "./read-search-params";
import { MAX_TEXT_LENGTH, effectiveSort, normalizeSearch, searchToPath, serializeSearch } from "./search-url";
import { toApiParams } from "./to-api-params";
import { fromRegistryUrl } from "./registry-link";
import { translateWebsiteSearch } from "./registry-search";

/** An address's query as /search reads it: ours, or translated when it has registry-website names. */
const parse = (query: string) => {
  const params = new URLSearchParams(query);
  return hasRegistryNames(params) ? translateWebsiteSearch(params) : parseSearchParams(params);
};
/** The canonical path a URL's query turns into. */
const canonical = (query: string) => searchToPath(parse(query).search);

describe("URL → search → URL: every parameter", () => {
  test.each([
    // text fields: trimmed, whitespace collapsed, empty means absent
    ["cond=bile+duct+cancer", "/search?cond=bile+duct+cancer"],
    ["cond=%20%20bile%20%0A%20duct%09", "/search?cond=bile+duct"],
    ["cond=", "/search"],
    ["cond=+++", "/search"],
    ["intr=pembrolizumab", "/search?intr=pembrolizumab"],
    ["locn=Boston%2C+MA", "/search?locn=Boston,+MA"],
    ["term=AREA%5BLastUpdatePostDate%5DRANGE%5B2023-01-15%2CMAX%5D", "/search?term=AREA%5BLastUpdatePostDate%5DRANGE%5B2023-01-15,MAX%5D"],
    ["spons=National+Cancer+Institute", "/search?spons=National+Cancer+Institute"],
    ["id=NCT02513394", "/search?id=NCT02513394"],
    ["cond=caf%C3%A9+%26+co%3D1", "/search?cond=caf%C3%A9+%26+co%3D1"],
    // status: API enum names, canonical order, default omitted, all/empty = any
    ["status=RECRUITING,NOT_YET_RECRUITING", "/search"],
    ["status=not_yet_recruiting,recruiting", "/search"],
    ["status=RECRUITING", "/search?status=RECRUITING"],
    ["status=COMPLETED,RECRUITING,COMPLETED", "/search?status=RECRUITING,COMPLETED"],
    ["status=completed|terminated", "/search?status=TERMINATED,COMPLETED"],
    ["status=active-not-recruiting", "/search?status=ACTIVE_NOT_RECRUITING"],
    ["status=all", "/search?status=all"],
    ["status=ALL", "/search?status=all"],
    ["status=", "/search?status=all"],
    ["status=RECRUITING,all", "/search?status=all"],
    // phase: digits, early, na; canonical order early,1,2,3,4,na
    ["phase=3,2", "/search?phase=2,3"],
    ["phase=na,4,EARLY,2,2", "/search?phase=early,2,4,na"],
    ["phase=PHASE2,EARLY_PHASE1", "/search?phase=early,2"],
    ["phase=", "/search"],
    // scalars
    ["type=INTERVENTIONAL", "/search?type=INTERVENTIONAL"],
    ["type=observational", "/search?type=OBSERVATIONAL"],
    ["type=EXPANDED_ACCESS", "/search?type=EXPANDED_ACCESS"],
    ["age=45", "/search?age=45"],
    ["age=045", "/search?age=45"],
    ["age=0", "/search?age=0"],
    ["age=120", "/search?age=120"],
    ["sex=female", "/search?sex=FEMALE"],
    ["sex=MALE", "/search?sex=MALE"],
    ["sex=all", "/search"],
    ["healthy=1", "/search?healthy=1"],
    ["healthy=true", "/search?healthy=1"],
    ["healthy=0", "/search"],
    ["results=1", "/search?results=1"],
    ["results=yes", "/search?results=1"],
    ["funder=nih", "/search?funder=nih"],
    ["funder=INDUSTRY", "/search?funder=industry"],
    ["funder=fed", "/search?funder=fed"],
    ["funder=other", "/search?funder=other"],
    // sort: relevance is the default with a query, last updated without one
    ["cond=x&sort=relevance", "/search?cond=x"],
    ["cond=x&sort=updated", "/search?cond=x&sort=updated"],
    ["cond=x&sort=start", "/search?cond=x&sort=start"],
    ["sort=updated", "/search"],
    ["sort=start", "/search?sort=start"],
    ["sort=START", "/search?sort=start"],
    ["id=NCT1&sort=LastUpdatePostDate:desc", "/search?id=NCT1&sort=updated"],
  ])("%s → %s", (query, path) => {
    expect(canonical(query)).toBe(path);
    expect(parse(query).notes).toEqual([]);
  });

  test("parameters come out in one fixed order whatever order they came in", () => {
    const all =
      "cond=a&intr=b&locn=c&term=d&spons=e&id=f&status=COMPLETED&phase=2&type=INTERVENTIONAL&age=45&sex=FEMALE&healthy=1&results=1&funder=nih&sort=start";
    const shuffled =
      "sort=start&funder=nih&results=1&healthy=1&sex=FEMALE&age=45&type=INTERVENTIONAL&phase=2&status=COMPLETED&id=f&spons=e&term=d&locn=c&intr=b&cond=a";
    expect(canonical(shuffled)).toBe(`/search?${all}`);
    expect(canonical(all)).toBe(`/search?${all}`);
  });

  test("duplicated parameters: lists merge, the last scalar wins", () => {
    expect(canonical("status=RECRUITING&status=COMPLETED&status=RECRUITING")).toBe("/search?status=RECRUITING,COMPLETED");
    expect(canonical("phase=3&phase=1,3")).toBe("/search?phase=1,3");
    expect(canonical("age=30&age=40")).toBe("/search?age=40");
    expect(canonical("cond=a&cond=b")).toBe("/search?cond=b");
    expect(canonical("sex=FEMALE&sex=MALE")).toBe("/search?sex=MALE");
    expect(canonical("healthy=1&healthy=0")).toBe("/search");
  });

  test("parameter names are read case-insensitively", () => {
    expect(canonical("COND=asthma&Phase=2")).toBe("/search?cond=asthma&phase=2");
  });

  test("the empty search is /search", () => {
    expect(searchToPath({})).toBe("/search");
    expect(serializeSearch({}).toString()).toBe("");
    expect(parse("")).toEqual({ search: {}, notes: [] });
  });
});

describe("normalizeSearch and serializeSearch", () => {
  test("leaves defaults out and orders lists canonically", () => {
    expect(
      normalizeSearch({
        cond: "  bile   duct cancer ",
        status: ["NOT_YET_RECRUITING", "RECRUITING", "RECRUITING"],
        phase: ["na", "3", "early", "3"],
        sort: "relevance",
        healthy: true,
      }),
    ).toEqual({ cond: "bile duct cancer", phase: ["early", "3", "na"], healthy: true });
  });

  test("drops values its type allows but the URL can't hold", () => {
    expect(normalizeSearch({ cond: " ", age: 45.5 })).toEqual({ age: 45 }); // whole years, as the request sends it
    expect(normalizeSearch({ age: -1 })).toEqual({});
    expect(normalizeSearch({ age: 121 })).toEqual({});
    expect(normalizeSearch({ age: Number.NaN })).toEqual({});
    expect(normalizeSearch({ phase: [] })).toEqual({});
  });

  test("an empty status list is 'any status' and is kept", () => {
    expect(normalizeSearch({ status: [] })).toEqual({ status: [] });
    expect(searchToPath({ status: [] })).toBe("/search?status=all");
  });

  test("caps text at MAX_TEXT_LENGTH code points", () => {
    const long = "é".repeat(150) + "😀".repeat(100);
    const text = normalizeSearch({ cond: long }).cond ?? "";
    expect(Array.from(text)).toHaveLength(MAX_TEXT_LENGTH);
    expect(text.endsWith("😀")).toBe(true); // never half an emoji
  });

  test("the default status and the canonical orders are what the form shows", () => {
    expect(DEFAULT_STATUS).toEqual(["RECRUITING", "NOT_YET_RECRUITING"]);
    expect(STATUS_ORDER.slice(0, 3)).toEqual(["RECRUITING", "NOT_YET_RECRUITING", "ENROLLING_BY_INVITATION"]);
    expect(STATUS_ORDER).toHaveLength(14);
    expect(PHASE_ORDER).toEqual(["early", "1", "2", "3", "4", "na"]);
  });

  test("effectiveSort: relevance with a query, last updated without, an explicit choice otherwise", () => {
    expect(effectiveSort({ cond: "asthma" })).toBe("relevance");
    expect(effectiveSort({ locn: "Boston" })).toBe("relevance");
    expect(effectiveSort({})).toBe("updated");
    expect(effectiveSort({ cond: "   " })).toBe("updated");
    expect(effectiveSort({ sort: "relevance" })).toBe("updated");
    expect(effectiveSort({ cond: "asthma", sort: "start" })).toBe("start");
    expect(effectiveSort({ sort: "start" })).toBe("start");
  });

  test("text that sends no words is no query: the sort box and the request both say last updated", () => {
    // Filled in, but nothing in it survives sanitising, so the registry gets no query.* parameter.
    for (const cond of ["😀 [] ()", "AND OR", "---", "\"\""]) {
      expect(effectiveSort({ cond }), cond).toBe("updated");
      expect(toApiParams({ cond }).sort, cond).toBe("LastUpdatePostDate:desc");
    }
    const parsed = parse("cond=%F0%9F%98%80+%5B%5D+()&sort=relevance");
    expect(parsed.search).toEqual({ cond: "😀 [] ()" });
    expect(parsed.notes).toEqual(["sort=relevance was ignored: relevance needs words to search for, so studies are sorted by last update"]);
  });
});

// A small seeded generator, so a failure can be replayed.
function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T,>(list: readonly T[]): T => list[int(list.length)] as T;
  const some = <T,>(list: readonly T[]): T[] => list.filter(() => next() < 0.3);
  const maybe = <T,>(value: () => T): T | undefined => (next() < 0.5 ? value() : undefined);
  return { next, int, pick, some, maybe };
}

const PIECES = ["bile duct", "cancer", " ", "  ", "\t", "\n", ",", "&", "=", "+", "%", "#", "?", "/", "é", "😀", "AREA[Phase]", "\u0000", "\uD800", "a".repeat(90), "NCT02513394", ":"];
const TYPES: StudyType[] = ["INTERVENTIONAL", "OBSERVATIONAL", "EXPANDED_ACCESS"];
const SEXES: SexFilter[] = ["FEMALE", "MALE"];
const FUNDERS: FunderType[] = ["nih", "fed", "industry", "other"];
const SORTS: SearchSort[] = ["relevance", "updated", "start"];

function randomSearch(r: ReturnType<typeof random>): Search {
  const text = () => Array.from({ length: r.int(5) }, () => r.pick(PIECES)).join("");
  const search: Search = {
    cond: r.maybe(text),
    intr: r.maybe(text),
    locn: r.maybe(text),
    term: r.maybe(text),
    spons: r.maybe(text),
    id: r.maybe(text),
    status: r.maybe(() => r.some(STATUS_ORDER)),
    phase: r.maybe(() => r.some(PHASE_ORDER)),
    type: r.maybe(() => r.pick(TYPES)),
    age: r.maybe(() => r.int(130)),
    sex: r.maybe(() => r.pick(SEXES)),
    healthy: r.maybe(() => true),
    results: r.maybe(() => true),
    funder: r.maybe(() => r.pick(FUNDERS)),
    sort: r.maybe(() => r.pick(SORTS)),
  };
  return Object.fromEntries(Object.entries(search).filter(([, value]) => value !== undefined));
}

describe("search → URL → search", () => {
  const handwritten: Search[] = [
    {},
    { cond: "cholangiocarcinoma", status: ["RECRUITING"], phase: ["2"] },
    { intr: "vaccine", locn: "United States", status: [] },
    { status: [...DEFAULT_STATUS] },
    { status: ["COMPLETED", "TERMINATED", "RECRUITING", "NOT_YET_RECRUITING"] },
    { phase: ["na", "early", "4", "1"], type: "INTERVENTIONAL", age: 0 },
    { age: 120, sex: "FEMALE", healthy: true, results: true, funder: "nih", sort: "start" },
    { term: "a&b=c+d%20e,f", spons: "Pfizer", id: "NCT02513394", sort: "updated" },
    { cond: "x", sort: "relevance" },
    { sort: "relevance" },
  ];
  const r = random(4);
  const generated = Array.from({ length: 400 }, () => randomSearch(r));

  test.each(handwritten.map((search) => [JSON.stringify(search), search] as const))("%s", (_, search) => {
    const parsed = parseSearchParams(serializeSearch(search));
    expect(parsed).toEqual({ search: normalizeSearch(search), notes: [] });
  });

  test("400 generated searches: parse(serialize(s)) is normalize(s), with no notes", () => {
    for (const search of generated) {
      const parsed = parseSearchParams(new URLSearchParams(serializeSearch(search).toString()));
      expect(parsed.notes, JSON.stringify(search)).toEqual([]);
      expect(parsed.search, JSON.stringify(search)).toEqual(normalizeSearch(search));
      // and the readable path parses to the same search
      const path = searchToPath(search);
      expect(parse(path.slice("/search?".length)).search).toEqual(normalizeSearch(search));
    }
  });

  test("normalising twice changes nothing, and equal searches give equal URLs", () => {
    for (const search of generated) {
      const once = normalizeSearch(search);
      expect(normalizeSearch(once)).toEqual(once);
      expect(searchToPath(once)).toBe(searchToPath(search));
    }
  });
});

describe("bad values are dropped with a note", () => {
  test.each([
    ["phase=7", "phase=7 was ignored: phases are early, 1, 2, 3, 4 and na", "/search"],
    ["phase=2,7", "phase=7 was ignored: phases are early, 1, 2, 3, 4 and na", "/search?phase=2"],
    ["phase=0", "phase=0 was ignored: phases are early, 1, 2, 3, 4 and na", "/search"],
    ["age=abc", "age=abc was ignored: age must be a whole number of years from 0 to 120", "/search"],
    ["age=121", "age=121 was ignored: age must be a whole number of years from 0 to 120", "/search"],
    ["age=-1", "age=-1 was ignored: age must be a whole number of years from 0 to 120", "/search"],
    ["age=4.5", "age=4.5 was ignored: age must be a whole number of years from 0 to 120", "/search"],
    ["age=1e2", "age=1e2 was ignored: age must be a whole number of years from 0 to 120", "/search"],
    ["status=OPEN", "status=OPEN was ignored: statuses are registry names such as RECRUITING or COMPLETED, or all", "/search"],
    [
      "status=COMPLETED,OPEN",
      "status=OPEN was ignored: statuses are registry names such as RECRUITING or COMPLETED, or all",
      "/search?status=COMPLETED",
    ],
    ["type=trial", "type=trial was ignored: study types are INTERVENTIONAL, OBSERVATIONAL and EXPANDED_ACCESS", "/search"],
    ["sex=other", "sex=other was ignored: sex is FEMALE or MALE", "/search"],
    ["healthy=maybe", "healthy=maybe was ignored: use healthy=1 for studies that accept healthy volunteers", "/search"],
    ["results=some", "results=some was ignored: use results=1 for studies with results", "/search"],
    ["funder=pharma", "funder=pharma was ignored: funder types are nih, fed, industry and other", "/search"],
    ["sort=newest", "sort=newest was ignored: sort is relevance, updated, start or nearest", "/search"],
    ["sort=relevance", "sort=relevance was ignored: relevance needs words to search for, so studies are sorted by last update", "/search"],
    ["foo=bar", 'foo=bar was ignored: "foo" is not a search setting', "/search"],
    ["constructor=1&__proto__=x", 'constructor=1 was ignored: "constructor" is not a search setting', "/search"],
  ])("%s", (query, firstNote, path) => {
    const parsed = parse(query);
    expect(parsed.notes[0]).toBe(firstNote);
    expect(searchToPath(parsed.search)).toBe(path);
  });

  test("bad values fall back to the default, and the good ones are kept", () => {
    const parsed = parse("cond=asthma&status=nope&phase=2,9&age=old&sex=FEMALE");
    expect(parsed.search).toEqual({ cond: "asthma", phase: ["2"], sex: "FEMALE" });
    expect(parsed.notes).toHaveLength(3);
  });

  test("long text is cut with a note", () => {
    const parsed = parse(`cond=${"a".repeat(500)}`);
    expect(parsed.search.cond).toHaveLength(MAX_TEXT_LENGTH);
    expect(parsed.notes).toEqual([`cond was shortened to its first ${MAX_TEXT_LENGTH} characters`]);
  });

  test("a note shows at most 40 characters of a value, on one line", () => {
    const [text] = parse(`phase=${"9".repeat(100)}%0A`).notes;
    expect(text).toBe(`phase=${"9".repeat(40)}… was ignored: phases are early, 1, 2, 3, 4 and na`);
  });

  test("the same problem twice gives one note", () => {
    expect(parse("phase=7&phase=7,7").notes).toHaveLength(1);
  });

  test("empty unknown parameters, tracking tags and kiosk mode are ignored quietly", () => {
    expect(parse("foo=&kiosk=1&utm_source=mail&fbclid=abc&cond=x")).toEqual({ search: { cond: "x" }, notes: [] });
  });
});

describe("near and radius", () => {
  test("a point, a ZIP or a place, with a radius; the default radius is left out", () => {
    expect(parse("near=42.3601,-71.0589&radius=25mi")).toEqual({
      search: { near: { kind: "point", lat: 42.36, lon: -71.06 }, radius: { value: 25, unit: "mi" } },
      notes: [],
    });
    expect(parse("near=02115&radius=50mi")).toEqual({ search: { near: { kind: "zip", zip: "02115" } }, notes: [] });
    expect(parse("near=Boston,%20MA&radius=100km").search).toEqual({
      near: { kind: "place", text: "Boston, MA" },
      radius: { value: 100, unit: "km" },
    });
    expect(searchToPath({ cond: "asthma", near: { kind: "zip", zip: "02115" }, radius: { value: 25, unit: "mi" }, sort: "nearest" })).toBe(
      "/search?cond=asthma&near=02115&radius=25mi&sort=nearest",
    );
    expect(searchToPath({ near: { kind: "point", lat: 42.3601, lon: -71.0589 } })).toBe("/search?near=42.36,-71.06");
  });

  test("bad values are dropped with notes; a radius or nearest sort without a place is ignored", () => {
    expect(parse("near=95,10").notes).toEqual(["near=95,10 was ignored: the latitude (first number) must be between -90 and 90"]);
    expect(parse("near=02115&radius=30km")).toEqual({
      search: { near: { kind: "zip", zip: "02115" }, radius: { value: 50, unit: "km" } },
      notes: ["radius=30km was ignored: the radius is 10, 25, 50, 100 or 250, in mi or km; showing 50 km"],
    });
    expect(parse("radius=25mi&sort=nearest&cond=x")).toEqual({
      search: { cond: "x" },
      notes: [
        "radius=25mi was ignored: a radius needs a place (near=…)",
        "sort=nearest was ignored: sorting by distance needs a place (near=…)",
      ],
    });
  });

  test("normalizing drops an invalid near and a radius without one", () => {
    expect(normalizeSearch({ near: { kind: "point", lat: 91, lon: 0 }, radius: { value: 25, unit: "mi" } })).toEqual({});
    expect(normalizeSearch({ radius: { value: 25, unit: "mi" }, sort: "nearest" })).toEqual({});
    expect(normalizeSearch({ near: { kind: "zip", zip: "02115" }, sort: "nearest" })).toEqual({ near: { kind: "zip", zip: "02115" }, sort: "nearest" });
  });
});

describe("never throws: fuzz", () => {
  const r = random(99);
  const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789&=%,:|+ -_.#?/\\\u00e9\uD83D\uDE00\uD800\u0000\n\t";
  const NAMES = ["cond", "status", "phase", "age", "sex", "type", "healthy", "results", "funder", "near", "radius", "sort", "aggFilters", "locStr", "distance", "lat", "lng", "city", "recrs", "x"];
  const junk = (length: number) => Array.from({ length }, () => r.pick([...ALPHABET])).join("");
  const queries = Array.from({ length: 400 }, () =>
    r.next() < 0.5 ? junk(r.int(80)) : Array.from({ length: 1 + r.int(6) }, () => `${r.pick(NAMES)}=${junk(r.int(20))}`).join("&"),
  );

  test("400 random queries parse to a canonical search; every note is one readable line", () => {
    for (const query of queries) {
      const { search, notes } = parse(query);
      expect(normalizeSearch(search), query).toEqual(search);
      expect(parseSearchParams(serializeSearch(search)).search, query).toEqual(search);
      for (const text of notes) expect(text, query).toMatch(/^[^\n]+ (was ignored|was shortened|was searched as|was widened)/);
    }
  });

  test("400 random pastes never throw in fromRegistryUrl", () => {
    const prefixes = ["", "https://clinicaltrials.gov/search?", "clinicaltrials.gov/ct2/results?", "www.clinicaltrials.gov/study/", "http://"];
    for (const query of queries) {
      const input = `${r.pick(prefixes)}${query}`;
      const result = fromRegistryUrl(input);
      if (result?.kind === "search") expect(normalizeSearch(result.search), input).toEqual(result.search);
      if (result?.kind === "study") expect(result.id).toMatch(/^NCT\d{8}$/);
    }
  });
});

describe("fromRegistryUrl: study links", () => {
  test.each([
    "https://clinicaltrials.gov/study/NCT01234567",
    "https://www.clinicaltrials.gov/study/NCT01234567",
    "http://clinicaltrials.gov/study/NCT01234567/",
    "clinicaltrials.gov/study/nct01234567",
    "  https://clinicaltrials.gov/study/NCT01234567?cond=neuroblastoma&aggFilters=ages:child \n",
    "https://clinicaltrials.gov/ct2/show/NCT01234567",
    "https://classic.clinicaltrials.gov/ct2/show/NCT01234567?cond=neuroblastoma",
    "https://clinicaltrials.gov/ct2/show/record/NCT01234567",
    "https://clinicaltrials.gov/ct2/show/study/NCT01234567?term=asthma&rank=1",
    "clinicaltrials.gov/show/NCT01234567",
  ])("%s", (input) => {
    expect(fromRegistryUrl(input)).toEqual({ kind: "study", id: "NCT01234567" });
  });

  test.each([
    "www.clinicaltrials.gov/study/NCT01234567?tab=results#eligibility",
    "https://clinicaltrials.gov/study/nct01234567?TAB=Results",
    "https://clinicaltrials.gov/ct2/show/results/NCT01234567",
    "https://clinicaltrials.gov/ct2/show/results/NCT01234567?view=results",
  ])("%s opens the results", (input) => {
    expect(fromRegistryUrl(input)).toEqual({ kind: "study", id: "NCT01234567", section: "results" });
  });

  test.each([
    "",
    "NCT01234567",
    "cholangiocarcinoma",
    "https://clinicaltrials.gov/study/NCT123",
    "https://clinicaltrials.gov/ct2/show/NCT123",
    "https://clinicaltrials.gov/ct2/help/how-find/basic",
    "https://clinicaltrials.gov/",
    "https://clinicaltrials.gov/about-site",
    "https://example.com/study/NCT01234567",
    "https://clinicaltrials.gov.evil.example/study/NCT01234567",
    "https://notclinicaltrials.gov/study/NCT01234567",
    "javascript:alert(1)",
    "https://",
  ])("%j is not a registry link we understand", (input) => {
    expect(fromRegistryUrl(input)).toBeUndefined();
  });
});

describe("fromRegistryUrl: registry search links", () => {
  const search = (input: string) => {
    const result = fromRegistryUrl(input);
    if (result?.kind !== "search") throw new Error(`not a search: ${input}`);
    return result;
  };

  test("the issue's question: phase 2, recruiting, cholangiocarcinoma", () => {
    expect(search("https://clinicaltrials.gov/search?cond=cholangiocarcinoma&aggFilters=phase:2,status:rec")).toEqual({
      kind: "search",
      search: { cond: "cholangiocarcinoma", status: ["RECRUITING"], phase: ["2"] },
      notes: [],
    });
  });

  test("every aggFilters code we map", () => {
    const result = search(
      "https://clinicaltrials.gov/search?cond=asthma&term=inhaler&intr=budesonide&aggFilters=phase:0 1 2 3 4,status:rec not act com ter enr sus wit unk,studyType:int,sex:f,healthy:y,results:with,funderType:nih",
    );
    expect(result.search).toEqual({
      cond: "asthma",
      intr: "budesonide",
      term: "inhaler",
      status: [
        "RECRUITING",
        "NOT_YET_RECRUITING",
        "ENROLLING_BY_INVITATION",
        "ACTIVE_NOT_RECRUITING",
        "SUSPENDED",
        "TERMINATED",
        "COMPLETED",
        "WITHDRAWN",
        "UNKNOWN",
      ],
      phase: ["early", "1", "2", "3", "4"],
      type: "INTERVENTIONAL",
      sex: "FEMALE",
      healthy: true,
      results: true,
      funder: "nih",
    });
    expect(result.notes).toEqual([]);
  });

  test("the website's 'recruiting and not yet recruiting' is our default", () => {
    expect(search("clinicaltrials.gov/search?cond=lung+cancer&aggFilters=status:not%20rec").search).toEqual({ cond: "lung cancer" });
  });

  test("no status filter on the website means any status", () => {
    expect(search("https://clinicaltrials.gov/search?cond=retinitis+pigmentosa").search).toEqual({
      cond: "retinitis pigmentosa",
      status: [],
    });
  });

  test("a distance around a point or a city becomes a search near it; other location fields become location text", () => {
    const result = search(
      "https://clinicaltrials.gov/search?cond=breast%20cancer&locStr=Boston,%20MA&country=United%20States&state=Massachusetts&city=Boston&distance=42.3601,-71.0589,50",
    );
    expect(result).toEqual({ kind: "search", search: { cond: "breast cancer", status: [], near: { kind: "point", lat: 42.36, lon: -71.06 } }, notes: [] });
    expect(search("https://clinicaltrials.gov/search?cond=asthma&lat=40.71&lng=-74.01&distance=30")).toEqual({
      kind: "search",
      search: { cond: "asthma", status: [], near: { kind: "point", lat: 40.71, lon: -74.01 } },
      notes: ["distance=30 was widened to 50 mi"],
    });
    expect(search("https://clinicaltrials.gov/search?city=Boston&state=Massachusetts&country=United%20States&distance=100").search).toEqual({
      status: [],
      near: { kind: "place", text: "Boston, Massachusetts, United States" },
      radius: { value: 100, unit: "mi" },
    });
    expect(search("https://clinicaltrials.gov/search?country=United%20States&state=Ohio&city=Columbus").search.locn).toBe(
      "Columbus, Ohio, United States",
    );
  });

  test("ctrdata's kitchen-sink website URL (its test suite)", () => {
    const url =
      "https://clinicaltrials.gov/search?&locn=MyFacility&locStr=USA&country=United%20States&distance=50&ageRange=18d_64y&cond=cancer&term=krebs&intr=Investigational%20drug&start=1990-01-01_2030-01-01&primComp=1990-01-01_2030-01-01&firstPost=1990-01-01_2030-01-01&aggFilters=funderType:industry,phase:2,results:without,status:rec%20act,studyType:int%20exp%20exp_indiv,violation:y&resFirstPost=_2030-01-01&lastUpdPost=1990-01-01_2030-01-01&studyComp=1990-01-01_&titles=MyAcronym&outc=MyOutComeMeasure&spons=MySponsor&lead=MySponsorLead&id=NCT05429502";
    const result = search(url);
    expect(result.search).toEqual({
      cond: "cancer",
      intr: "Investigational drug",
      locn: "MyFacility, USA",
      term: "krebs MyAcronym MyOutComeMeasure",
      spons: "MySponsor MySponsorLead",
      id: "NCT05429502",
      status: ["RECRUITING", "ACTIVE_NOT_RECRUITING"],
      phase: ["2"],
      funder: "industry",
      startdate: { from: "1990-01-01", to: "2030-01-01" },
      primarycompletion: { from: "1990-01-01", to: "2030-01-01" },
      completion: { from: "1990-01-01" },
      firstposted: { from: "1990-01-01", to: "2030-01-01" },
      resultsposted: { to: "2030-01-01" },
      lastupdated: { from: "1990-01-01", to: "2030-01-01" },
    });
    expect(result.notes).toEqual([
      "ageRange=18d_64y was ignored: enter one age in years instead",
      "aggFilters=results:without was ignored: only studies with results can be chosen here",
      "aggFilters=studyType:int exp exp_indiv was ignored: choose one study type here",
      "aggFilters=violation:y was ignored: this app can't filter by that",
      "titles=MyAcronym was searched as other terms",
      "outc=MyOutComeMeasure was searched as other terms",
      "lead=MySponsorLead was searched as sponsor (lead or collaborator)",
      "distance=50 was ignored: a distance needs a city or a map point; the place is matched by name",
    ]);
  });

  test.each([
    ["cond=neuroblastoma&intr=Investigational%20Drug&aggFilters=ages%3Achild%2Cstatus%3Acom&sort=EnrollmentCount%3Adesc%2CNumArmGroups", {
      search: { cond: "neuroblastoma", intr: "Investigational Drug", status: ["COMPLETED"], agegroup: ["child"] },
      notes: [
        "sort=EnrollmentCount:desc,NumArmGroups was ignored: sort is relevance, updated, start or nearest",
      ],
    }],
    ["cond=Cancer&aggFilters=phase:0,status:ter,studyType:int&studyComp=_2015-12-31", {
      search: { cond: "Cancer", status: ["TERMINATED"], phase: ["early"], type: "INTERVENTIONAL", completion: { to: "2015-12-31" } },
      notes: [],
    }],
    ["cond=Type%202%20Diabetes&aggFilters=results:with%20without,status:com", {
      search: { cond: "Type 2 Diabetes", status: ["COMPLETED"], results: true },
      notes: ["aggFilters=results:without was ignored: only studies with results can be chosen here"],
    }],
    ["cond=Alzheimer's%20Disease&intr=Lecanemab", { search: { cond: "Alzheimer's Disease", intr: "Lecanemab", status: [] }, notes: [] }],
    ["aggFilters=status:not%20rec,sex:f,healthy:y", { search: { sex: "FEMALE", healthy: true }, notes: [] }],
    ["aggFilters=results:with,status:com", { search: { status: ["COMPLETED"], results: true }, notes: [] }],
    ["aggFilters=phase:2%203,results:with", { search: { status: [], phase: ["2", "3"], results: true }, notes: [] }],
    ["aggFilters=sex:f,funderType:nih", { search: { status: [], sex: "FEMALE", funder: "nih" }, notes: [] }],
    ["cond=cancer&aggFilters=studyType:exp_indiv", {
      search: { cond: "cancer", status: [], type: "EXPANDED_ACCESS" },
      notes: ["aggFilters=studyType:exp_indiv was widened to all expanded access studies"],
    }],
    ["aggFilters=sex:f%20m|funderType:nih%20fed|docs:prot|ressub:y", {
      search: { status: [], docs: ["protocol"] },
      notes: [
        "aggFilters=sex:f m was ignored: choose one sex here, or none for everyone",
        "aggFilters=funderType:nih fed was ignored: choose one funder type here",
        "aggFilters=ressub:y was ignored: this app can't filter by that",
      ],
    }],
    ["aggFilters=phase:PHASE3%207,status:xyz", {
      search: { status: [] },
      notes: ["aggFilters=phase:phase3 was ignored", "aggFilters=phase:7 was ignored", "aggFilters=status:xyz was ignored"],
    }],
    ["cond=x&viewType=Table&rank=3&page=2&limit=50&sort=@relevance", { search: { cond: "x", status: [] }, notes: [] }],
  ])("https://clinicaltrials.gov/search?%s", (query, expected) => {
    const { search: result, notes } = search(`https://clinicaltrials.gov/search?${query}`);
    expect({ search: result, notes }).toEqual(expected);
  });

  test("a pasted URL with unencoded spaces and line breaks still reads", () => {
    expect(search("clinicaltrials.gov/search?cond=bile duct cancer&aggFilters=phase:2 3,\nstatus:rec").search).toEqual({
      cond: "bile duct cancer",
      status: ["RECRUITING"],
      phase: ["2", "3"],
    });
  });

  test("expert search keeps its Essie expression as other terms", () => {
    expect(search("https://clinicaltrials.gov/expert-search?term=AREA[Phase]PHASE2").search).toEqual({
      term: "AREA[Phase]PHASE2",
      status: [],
    });
  });
});

describe("registry parameters opened at our /search", () => {
  test("only an address with a registry-website name needs the translation; our parser reads only our names", () => {
    expect(hasRegistryNames(new URLSearchParams("cond=x&status=all&near=02115&sort=nearest"))).toBe(false);
    expect(hasRegistryNames(new URLSearchParams("cond=x&AggFilters=phase:2"))).toBe(true);
    expect(hasRegistryNames(new URLSearchParams("locStr=Boston"))).toBe(true);
    expect(parseSearchParams(new URLSearchParams("cond=x&aggFilters=phase:2"))).toEqual({
      search: { cond: "x" },
      notes: ['aggFilters=phase:2 was ignored: "aggFilters" is not a search setting'],
    });
  });

  test.each([
    "cond=x&aggFilters=phase:2,status:rec",
    "cond=bile%20duct%20cancer&locStr=Boston,%20MA&country=United%20States&distance=42.36,-71.06,50",
    "cond=neuroblastoma&aggFilters=ages:child,status:com",
    "cond=cancer&titles=MyAcronym&lead=Pfizer",
    "intr=vaccine&country=United%20States",
  ])("/search?%s gives the same search as the registry link", (query) => {
    const here = parse(query);
    const pasted = fromRegistryUrl(`https://clinicaltrials.gov/search?${query}`);
    expect(pasted).toEqual({ kind: "search", ...here });
  });

  test("registry names switch to the registry's default of any status", () => {
    expect(canonical("cond=x&aggFilters=phase:2")).toBe("/search?cond=x&status=all&phase=2");
    expect(canonical("intr=vaccine&country=United%20States")).toBe("/search?intr=vaccine&locn=United+States&status=all");
  });

  test("our own parameters and the registry's merge", () => {
    expect(canonical("cond=x&status=COMPLETED&aggFilters=status:rec,phase:3&phase=2")).toBe(
      "/search?cond=x&status=RECRUITING,COMPLETED&phase=2,3",
    );
    expect(canonical("locn=Mass+General&city=Boston")).toBe("/search?locn=Mass+General,+Boston&status=all");
  });
});

describe("fromRegistryUrl: classic /ct2/results links", () => {
  const search = (query: string) => {
    const result = fromRegistryUrl(`https://clinicaltrials.gov/ct2/results?${query}`);
    if (result?.kind !== "search") throw new Error(`not a search: ${query}`);
    return { search: result.search, notes: result.notes };
  };

  test.each([
    ["recrs=ab&cond=Cancer&term=&cntry=CA&state=&city=&dist=", { search: { cond: "Cancer", locn: "Canada" }, notes: [] }],
    // ISO codes become the names records use; a name, or a code we don't know, stays as written
    ["cond=x&cntry=kr", { search: { cond: "x", locn: "Korea, Republic of", status: [] }, notes: [] }],
    ["cond=x&cntry=Narnia&state=TX", { search: { cond: "x", locn: "Texas, Narnia", status: [] }, notes: [] }],
    ["cond=COVID-19&recrs=e&rslt=With", { search: { cond: "COVID-19", status: ["COMPLETED"], results: true }, notes: [] }],
    ["cond=Cancer&recrs=b&recrs=a&recrs=f&recrs=d", {
      search: { cond: "Cancer", status: ["RECRUITING", "NOT_YET_RECRUITING", "ENROLLING_BY_INVITATION", "ACTIVE_NOT_RECRUITING"] },
      notes: [],
    }],
    ["cond=asthma", { search: { cond: "asthma", status: [] }, notes: [] }],
    ["cond=diabetes&age_v=45&gndr=Female&type=Intr&cntry=US&state=US%3ANY&city=New+York", {
      search: { cond: "diabetes", locn: "New York, New York, United States", status: [], type: "INTERVENTIONAL", age: 45, sex: "FEMALE" },
      notes: [],
    }],
    [
      "cond=&term=AREA%5BMaximumAge%5D+RANGE%5B0+days%2C+28+days%5D&type=Intr&rslt=&age_v=&gndr=&intr=Drugs%2C+Investigational&titles=&outc=&spons=&lead=&id=&cntry=&state=&city=&dist=&locn=&phase=2&rsub=&strd_s=01%2F01%2F2015&strd_e=01%2F01%2F2016&prcd_s=&prcd_e=&sfpd_s=&sfpd_e=&rfpd_s=&rfpd_e=&lupd_s=&lupd_e=&sort=",
      {
        // classic phase=2 is Phase 3 (its phases counted from 0)
        search: {
          intr: "Drugs, Investigational",
          term: "AREA[MaximumAge] RANGE[0 days, 28 days]",
          status: [],
          type: "INTERVENTIONAL",
          phase: ["3"],
          startdate: { from: "2015-01-01", to: "2016-01-01" },
        },
        notes: [],
      },
    ],
    ["cond=x&phase=4&phase=0&phase=3&fund=2&hlth=Y&recrs=cjklm&type=PReg", {
      search: { cond: "x", phase: ["early", "1", "4"], funder: "industry", healthy: true, type: "OBSERVATIONAL", status: ["AVAILABLE", "NO_LONGER_AVAILABLE", "TEMPORARILY_NOT_AVAILABLE", "APPROVED_FOR_MARKETING", "UNKNOWN"] },
      notes: ["type=PReg was widened to all observational studies"],
    }],
    ["cond=x&phase=01&fund=02&phase=7", {
      search: { cond: "x", phase: ["1", "2"], status: [] },
      notes: ["fund=02 was ignored: choose one funder type here", "phase=7 was ignored: the old registry site's phases were 0 to 4"],
    }],
    ["cond=x&recrs=az&dist=50&age=1&rslt=Without", {
      search: { cond: "x", status: ["RECRUITING"], agegroup: ["adult"] },
      notes: [
        "recrs=z was ignored",
        "rslt=Without was ignored: only studies with results can be chosen here",
        "dist=50 was ignored: a distance needs a city or a map point; the place is matched by name",
      ],
    }],
  ])("/ct2/results?%s", (query, expected) => {
    expect(search(query)).toEqual(expected);
  });
});
