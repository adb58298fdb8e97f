import { describe, expect, test } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { resolveCorpusDir } from "../../../replica/corpus.ts";
import { parseEssie } from "../../../replica/essie-parse.ts";
import { resolveMetadataPath } from "../../../replica/metadata.ts";
import { searchStudies } from "../../api/studies";
import type { PagedStudies, Status, Study } from "../../api/types";
import { parseAge } from "../../lib/ages";
import { corpus, requireCorpus } from "../../testing/server";
import { CARD_FIELDS } from "./card-fields";
import { suggestMedicalTerms } from "./lay-terms";
import type { Search } from "./search-types";
import { effectiveSort, hasTextQuery } from "./search-url";
import { MAX_QUERY_CHARS, sanitizeEssieText } from "./essie-text";
import { DEFAULT_STATUS as DEFAULT_STATUSES } from "./filters/catalogue";
import { PAGE_SIZE, toApiParams } from "./to-api-params";

const FIELDS =
  "NCTId,BriefTitle,Acronym,OverallStatus,StatusVerifiedDate,LastKnownStatus,CompletionDate,CompletionDateType," +
  "PrimaryCompletionDate,PrimaryCompletionDateType,Phase,StudyType,Condition,LeadSponsorName,MinimumAge,MaximumAge,Sex," +
  "HealthyVolunteers,LastUpdatePostDate,LocationCity,LocationState,LocationCountry,LocationStatus,LocationGeoPoint,HasResults";
const DEFAULT_STATUS = "RECRUITING,NOT_YET_RECRUITING";
const UPDATED = "LastUpdatePostDate:desc";
const TEXT_FIELDS = ["cond", "intr", "locn", "term", "spons", "id"] as const;

// What people type that Essie could choke on: brackets (a 400 on the registry), unbalanced quotes and
// parentheses, stray and doubled operators, Essie's own keywords, escapes, symbols, emoji, scripts, and
// very long text.
const HOSTILE = [
  "cancer [",
  "]",
  "[stage 4] breast cancer",
  "AREA[Phase]PHASE3",
  "AREA[Condition]",
  "RANGE[MIN, MAX]",
  "SEARCH[Location](AREA[LocationCity]Boston)",
  "COVERAGE[FullMatch]asthma",
  "EXPANSION[None]asthma TILT[StartDate]",
  "ALL",
  "MISSING",
  "MIN MAX DISTANCE",
  '"back pain',
  'back pain"',
  'a "b c" "d',
  '""',
  '" "',
  "(lung OR breast",
  "lung) OR (breast",
  "()",
  "((()))",
  ")(",
  "cancer ()",
  "AND",
  "OR",
  "NOT",
  "AND OR NOT",
  "cancer AND",
  "OR cancer",
  "cancer AND OR pain",
  "cancer NOT",
  "NOT NOT",
  "(NOT)",
  "a AND (OR b)",
  "\\",
  "cancer\\",
  '\\"quoted\\"',
  "\\MISSING",
  ",,,",
  "a,b,,c",
  "a:b",
  "asthma*",
  "te?t ~ ^ | ! @ # $ % & = ; < >",
  "{braces}",
  "'; DROP TABLE studies; --",
  "<script>alert(1)</script>",
  "%20%5B",
  "🩺❤️‍🔥 cancer 👩🏽‍⚕️",
  "😀😀😀",
  "乳腺癌",
  "Sjögren's syndrome",
  "Sjo\u0308gren",
  "مرض السكري",
  "tab\there\nnewline\r\u0000nul\u0007bell",
  "zero\u200bwidth\u200d joiner\ufeff",
  "lone \ud800 surrogate",
  "“smart quotes” ‘single’",
  "Crohn’s disease",
  "non-small-cell lung cancer",
  "HIV/AIDS",
  "HER2+",
  "-",
  "...",
  "'",
  "NCT",
  "nct02513394",
  "x".repeat(1000),
  "a ".repeat(500),
  "[(\"".repeat(334),
  "cancer AND ".repeat(100),
  "😀".repeat(1000),
];

const signal = () => new AbortController().signal;

describe("toApiParams: representative searches", () => {
  test("the empty search: recruiting and not yet recruiting, last updated first, 20 card-sized studies", () => {
    expect(toApiParams({})).toEqual({ "filter.overallStatus": DEFAULT_STATUS, sort: UPDATED, pageSize: "20", fields: FIELDS });
  });

  test('"Are there active trials for bile duct cancer?"', () => {
    expect(toApiParams({ cond: "bile duct cancer" })).toEqual({
      "query.cond": "bile duct cancer",
      "filter.overallStatus": DEFAULT_STATUS,
      sort: "@relevance",
      pageSize: "20",
      fields: FIELDS,
    });
  });

  test('"Are there vaccine trials running in the United States?"', () => {
    expect(toApiParams({ intr: "vaccine", locn: "United States" })).toEqual({
      "query.intr": "vaccine",
      "query.locn": "United States",
      "filter.overallStatus": DEFAULT_STATUS,
      sort: "@relevance",
      pageSize: "20",
      fields: FIELDS,
    });
  });

  test('"Show me Phase 2 trials actively recruiting for cholangiocarcinoma"', () => {
    expect(toApiParams({ cond: "cholangiocarcinoma", status: ["RECRUITING"], phase: ["2"] })).toEqual({
      "query.cond": "cholangiocarcinoma",
      "filter.overallStatus": "RECRUITING",
      "filter.advanced": "(AREA[Phase]PHASE2)",
      sort: "@relevance",
      pageSize: "20",
      fields: FIELDS,
    });
  });

  test("every parameter at once, in the fixed order", () => {
    const search: Search = {
      cond: "breast cancer",
      intr: "palbociclib",
      locn: "Boston",
      term: "quality of life",
      spons: "Pfizer",
      id: "A5481023",
      status: ["NOT_YET_RECRUITING", "RECRUITING", "ENROLLING_BY_INVITATION"],
      phase: ["3", "2"],
      type: "INTERVENTIONAL",
      age: 45,
      sex: "FEMALE",
      healthy: true,
      results: true,
      funder: "industry",
      sort: "updated",
    };
    const params = toApiParams(search);
    expect(params).toEqual({
      "query.cond": "breast cancer",
      "query.intr": "palbociclib",
      "query.locn": "Boston",
      "query.term": "quality of life",
      "query.spons": "Pfizer",
      "query.id": "A5481023",
      "filter.overallStatus": "RECRUITING,NOT_YET_RECRUITING,ENROLLING_BY_INVITATION",
      "filter.advanced":
        "(AREA[Phase]PHASE2 OR AREA[Phase]PHASE3)" +
        " AND (AREA[StudyType]INTERVENTIONAL)" +
        " AND (AREA[MinimumAge]RANGE[MIN, 45 years] OR AREA[MinimumAge]MISSING)" +
        " AND (AREA[MaximumAge]RANGE[45 years, MAX] OR AREA[MaximumAge]MISSING)" +
        " AND (AREA[Sex]FEMALE OR AREA[Sex]\"ALL\")" +
        " AND (AREA[HealthyVolunteers]true)" +
        " AND (AREA[HasResults]true)" +
        " AND (AREA[LeadSponsorClass]INDUSTRY)",
      sort: UPDATED,
      pageSize: "20",
      fields: FIELDS,
    });
    expect(Object.keys(params)).toEqual([
      "query.cond", "query.intr", "query.locn", "query.term", "query.spons", "query.id",
      "filter.overallStatus", "filter.advanced", "sort", "pageSize", "fields",
    ]);
  });

  test("status: undefined is the default, [] is any status (no parameter), lists go in enum order without repeats", () => {
    expect(toApiParams({})["filter.overallStatus"]).toBe(DEFAULT_STATUSES.join(","));
    expect(toApiParams({ status: [] })).toEqual({ sort: UPDATED, pageSize: "20", fields: FIELDS });
    expect(toApiParams({ status: ["COMPLETED", "RECRUITING", "COMPLETED", "UNKNOWN"] })["filter.overallStatus"]).toBe("RECRUITING,COMPLETED,UNKNOWN");
    expect(toApiParams({ status: ["NOPE" as Status] })["filter.overallStatus"]).toBe(DEFAULT_STATUS);
  });

  test.each([
    [["early"], "(AREA[Phase]EARLY_PHASE1)"],
    [["1"], "(AREA[Phase]PHASE1)"],
    [["4"], "(AREA[Phase]PHASE4)"],
    [["na"], "(AREA[Phase]NA)"],
    [["na", "1", "early"], "(AREA[Phase]EARLY_PHASE1 OR AREA[Phase]PHASE1 OR AREA[Phase]NA)"],
    [["2", "3", "2"], "(AREA[Phase]PHASE2 OR AREA[Phase]PHASE3)"],
  ] as const)("phase %j → %s", (phase, advanced) => {
    expect(toApiParams({ status: [], phase: [...phase] })).toEqual({ "filter.advanced": advanced, sort: UPDATED, pageSize: "20", fields: FIELDS });
  });

  test("no phases chosen is no phase filter", () => {
    expect(toApiParams({ phase: [] })).toEqual(toApiParams({}));
  });

  test.each([
    [{ type: "OBSERVATIONAL" }, "(AREA[StudyType]OBSERVATIONAL)"],
    [{ type: "EXPANDED_ACCESS" }, "(AREA[StudyType]EXPANDED_ACCESS)"],
    [{ sex: "MALE" }, "(AREA[Sex]MALE OR AREA[Sex]\"ALL\")"],
    [{ healthy: true }, "(AREA[HealthyVolunteers]true)"],
    [{ results: true }, "(AREA[HasResults]true)"],
    [{ funder: "nih" }, "(AREA[LeadSponsorClass]NIH)"],
    [{ funder: "fed" }, "(AREA[LeadSponsorClass]FED)"],
    [{ funder: "other" }, "(NOT (AREA[LeadSponsorClass]NIH OR AREA[LeadSponsorClass]FED OR AREA[LeadSponsorClass]INDUSTRY))"],
    [{ age: 0 }, "(AREA[MinimumAge]RANGE[MIN, 0 years] OR AREA[MinimumAge]MISSING) AND (AREA[MaximumAge]RANGE[0 years, MAX] OR AREA[MaximumAge]MISSING)"],
    [{ age: 16.9 }, "(AREA[MinimumAge]RANGE[MIN, 16 years] OR AREA[MinimumAge]MISSING) AND (AREA[MaximumAge]RANGE[16 years, MAX] OR AREA[MaximumAge]MISSING)"],
  ] as Array<[Search, string]>)("%j → %s", (search, advanced) => {
    expect(toApiParams({ ...search, status: [] })["filter.advanced"]).toBe(advanced);
  });

  test.each([-1, Number.NaN, Number.POSITIVE_INFINITY, 151])("age %s is no age filter", (age) => {
    expect(toApiParams({ age, status: [] })).toEqual({ sort: UPDATED, pageSize: "20", fields: FIELDS });
  });

  test("sort: the default is relevance with a text query and last updated without; relevance needs a query", () => {
    expect(toApiParams({ cond: "asthma" }).sort).toBe("@relevance");
    expect(toApiParams({ cond: "asthma", sort: "relevance" }).sort).toBe("@relevance");
    expect(toApiParams({ cond: "asthma", sort: "updated" }).sort).toBe(UPDATED);
    expect(toApiParams({ sort: "relevance" }).sort).toBe(UPDATED);
    expect(toApiParams({ phase: ["2"] }).sort).toBe(UPDATED);
    expect(toApiParams({ sort: "updated" }).sort).toBe(UPDATED);
    expect(toApiParams({ cond: "asthma", sort: "start" }).sort).toBe("StartDate:desc");
    expect(toApiParams({ sort: "start" }).sort).toBe("StartDate:desc");
  });

  test("text that sanitises to nothing sends no query parameter, and so is sorted by last update", () => {
    expect(toApiParams({ cond: "😀 [] ()", intr: "   ", term: "AND OR", id: "" })).toEqual(toApiParams({}));
  });

  test("the request is sorted the way the sort box says (effectiveSort is the one rule)", () => {
    const REGISTRY_SORT = { relevance: "@relevance", updated: UPDATED, start: "StartDate:desc" } as const;
    const zip = { kind: "zip", zip: "02115" } as const;
    const searches: Search[] = [
      {}, { cond: "asthma" }, { cond: "😀 [] ()" }, { cond: "😀 [] ()", sort: "relevance" }, { term: "AND" },
      { sort: "relevance" }, { cond: "asthma", sort: "updated" }, { sort: "start" }, { cond: "x", sort: "nearest" },
      { cond: "x", near: zip, sort: "nearest" }, { cond: "() []", near: zip, sort: "nearest" }, { locn: "Boston" },
    ];
    for (const search of searches) {
      const shown = effectiveSort(search);
      const registryOrder = shown === "nearest" ? (hasTextQuery(search) ? "relevance" : "updated") : shown;
      expect(toApiParams(search).sort, JSON.stringify(search)).toBe(REGISTRY_SORT[registryOrder]);
    }
  });

  test("every search asks for the card fields and 20 studies, never a full record", () => {
    const searches: Search[] = [{}, { status: [] }, { cond: "x" }, { id: "NCT02513394" }, { results: true, sort: "start" }];
    for (const search of searches) {
      const params = toApiParams(search);
      expect(params.fields).toBe(CARD_FIELDS.join(","));
      expect(params.pageSize).toBe(String(PAGE_SIZE));
      expect(params).not.toHaveProperty("pageToken");
      expect(params).not.toHaveProperty("countTotal");
      expect(params).not.toHaveProperty("aggFilters");
    }
  });
});

describe("toApiParams: determinism", () => {
  const search: Search = {
    cond: "asthma",
    locn: "Ohio",
    status: ["COMPLETED", "RECRUITING"],
    phase: ["3", "early", "1"],
    sex: "FEMALE",
    age: 30,
    funder: "other",
    sort: "start",
  };

  test("the same search gives equal objects with the same key order", () => {
    const a = toApiParams(search);
    const b = toApiParams(structuredClone(search));
    expect(b).toEqual(a);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  test("the order of keys and of list items in the search does not matter", () => {
    const shuffled = Object.fromEntries(Object.entries(search).reverse()) as Search;
    shuffled.status = [...(search.status ?? [])].reverse();
    shuffled.phase = [...(search.phase ?? [])].reverse();
    expect(JSON.stringify(toApiParams(shuffled))).toBe(JSON.stringify(toApiParams(search)));
  });

  test("the result is frozen (it is also the query key) and the search is not modified", () => {
    const copy = structuredClone(search);
    const params = toApiParams(copy);
    expect(Object.isFrozen(params)).toBe(true);
    expect(copy).toEqual(search);
  });
});

describe("card fields", () => {
  const metadataPath = resolveMetadataPath(resolveCorpusDir());
  const required = process.env.CTGOV_CORPUS_REQUIRED === "1";

  test.skipIf(!existsSync(metadataPath) && !required)("every card field is a piece of the registry's data model, not a whole module", () => {
    const pieces = metadataPieces(metadataPath);
    for (const field of CARD_FIELDS) {
      expect(pieces.has(field), `${field} is not a piece in ${metadataPath}`).toBe(true);
      expect(pieces.get(field)?.sourceType, `${field} would bring a whole subtree`).not.toBe("STRUCT");
    }
  });

  test("no duplicates, and nothing from descriptions, eligibility text or results", () => {
    expect(new Set(CARD_FIELDS).size).toBe(CARD_FIELDS.length);
    for (const field of CARD_FIELDS) expect(field).not.toMatch(/Module$|Section$|Summary|Description|Criteria|Outcome|Result(?!s$)/);
  });
});

describe("sanitizeEssieText", () => {
  test.each([
    ["bile duct cancer", "bile duct cancer"],
    ["(lung OR breast) AND cancer", "(lung OR breast) AND cancer"],
    ['"back pain" NOT surgery', '"back pain" NOT surgery'],
    ["heart attack OR stroke", "heart attack OR stroke"],
    ["(acetaminophen OR aspirin) AND NOT (heart failure OR heart attack)", "(acetaminophen OR aspirin) AND NOT (heart failure OR heart attack)"],
    ["  lots   of\tspace  ", "lots of space"],
    ["Crohn's disease", "Crohn's disease"],
    ["Crohn’s disease", "Crohn's disease"],
    ["“back pain”", '"back pain"'],
    ["non-small-cell lung cancer", "non-small-cell lung cancer"],
    ["HIV/AIDS", "HIV/AIDS"],
    ["HER2+ St. Louis", "HER2+ St. Louis"],
    ["乳腺癌", "乳腺癌"],
    ["Sjo\u0308gren", "Sjögren"],
    ["and or not", "and or not"],
  ])("keeps %j as %j", (input, output) => {
    expect(sanitizeEssieText(input)).toBe(output);
  });

  test.each([
    ["cancer [", "cancer"],
    ["[stage 4] breast cancer", "stage 4 breast cancer"],
    ["AREA[Phase]PHASE3", '"AREA" Phase PHASE3'],
    ["RANGE[MIN, MAX]", '"RANGE" "MIN" "MAX"'],
    ["ALL", '"ALL"'],
    ["all cancers", "all cancers"],
    ["ALL OR AML", '"ALL" OR AML'],
    ["Min Max area", "Min Max area"],
    ["MISSING", '"MISSING"'],
    ["\\MISSING", '"MISSING"'],
    ['"back pain', "back pain"],
    ['back pain"', "back pain"],
    ['a "b c" "d', 'a "b c" d'],
    ['"(x)" y', '"x" y'],
    ["(lung OR breast", "lung OR breast"],
    ["lung) OR (breast", "lung OR breast"],
    [")(", undefined],
    ["cancer ()", "cancer"],
    ["((a))", "((a))"],
    ["((a)", "(a)"],
    ["cancer AND", "cancer"],
    ["OR cancer", "cancer"],
    ["cancer AND OR pain", "cancer OR pain"],
    ["a AND AND b", "a AND b"],
    ["cancer NOT", "cancer"],
    ["NOT cancer", "NOT cancer"],
    ["NOT NOT cancer", "NOT NOT cancer"],
    ["a AND (OR b)", "a AND (b)"],
    ["(NOT) x", "x"],
    ["Johnson & Johnson", "Johnson Johnson"],
    ["a,b,,c", "a b c"],
    ["asthma* te?t", "asthma te t"],
    ["'; DROP TABLE studies; --", "DROP TABLE studies"],
    ["<script>alert(1)</script>", "script alert (1) script"],
    ["🩺 cancer ❤️", "cancer"],
    ["tab\there\nnew\u0000line", "tab here new line"],
    ["lone \ud800 surrogate", "lone surrogate"],
  ])("makes %j safe: %j", (input, output) => {
    expect(sanitizeEssieText(input)).toBe(output);
  });

  test.each([undefined, "", "   ", "[]", "()", '""', '" "', "AND", "OR NOT", "AND OR NOT", "-", "...", "'", "😀😀", "\\", ",,,"])(
    "%j leaves nothing to search",
    (input) => {
      expect(sanitizeEssieText(input)).toBeUndefined();
    },
  );

  test(`keeps at most ${MAX_QUERY_CHARS} characters, cutting whole terms`, () => {
    expect(sanitizeEssieText("x".repeat(1000))).toBe("x".repeat(MAX_QUERY_CHARS));
    expect(sanitizeEssieText("乳".repeat(1000))).toHaveLength(MAX_QUERY_CHARS);
    // A letter outside the BMP is two code units; a cut never leaves half of one.
    const gothic = sanitizeEssieText("𐌰".repeat(1000)) ?? "";
    expect(gothic.length).toBe(MAX_QUERY_CHARS);
    expect(gothic).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    const words = sanitizeEssieText("word ".repeat(200)) ?? "";
    expect(words.length).toBeGreaterThan(MAX_QUERY_CHARS - 5);
    expect(words.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    expect(words.split(" ").every((w) => w === "word")).toBe(true);
    // Quoting keywords makes text longer; the limit holds for what is sent.
    expect((sanitizeEssieText("ALL ".repeat(250)) ?? "").length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    // A cut inside a group drops the unclosed parenthesis instead of sending it.
    expect(sanitizeEssieText(`(${"lung OR ".repeat(60)}breast) AND cancer`)).toMatch(/^lung OR .* lung$/);
  });

  test.each(HOSTILE.map((text) => [text.length > 40 ? `${text.slice(0, 40)}… (${text.length} chars)` : text, text]))(
    "hostile %j: parses, balanced, idempotent",
    (_label, text) => {
      expectSafe(sanitizeEssieText(text));
    },
  );

  test("2,000 random strings of Essie's special characters all come out safe", () => {
    const random = mulberry32(20240611);
    const pieces = ["a", "b", "cancer", " ", " ", "(", ")", '"', "[", "]", "AND", "OR", "NOT", "ALL", "AREA", "RANGE", "\\", ",", ":", "*", "😀", "-", "'", "é"];
    for (let n = 0; n < 2000; n++) {
      let text = "";
      const length = Math.floor(random() * 30);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
      expectSafe(sanitizeEssieText(text), text);
    }
  });
});

/** Whatever comes out must parse as Essie (checked with the replica's parser), with nothing unbalanced. */
function expectSafe(out: string | undefined, input?: string): void {
  if (out === undefined) return;
  const context = input === undefined ? out : `${JSON.stringify(input)} → ${JSON.stringify(out)}`;
  expect(out, context).not.toMatch(/[[\]\\{}]/);
  expect(out.trim(), context).toBe(out);
  expect((out.match(/"/g) ?? []).length % 2, context).toBe(0);
  let depth = 0;
  for (const c of out.replace(/"[^"]*"/g, "")) {
    depth += c === "(" ? 1 : c === ")" ? -1 : 0;
    expect(depth, context).toBeGreaterThanOrEqual(0);
  }
  expect(depth, context).toBe(0);
  expect(out.length, context).toBeLessThanOrEqual(MAX_QUERY_CHARS);
  expect(() => parseEssie(out), context).not.toThrow();
  expect(sanitizeEssieText(out), `${context} is not idempotent`).toBe(out);
}

// ---------------------------------------------------------------------------------------------------
// Integration: toApiParams → the real client searchStudies → MSW → the offline replica over the real
// records. The replica answers like the registry (400 for bad Essie, fields= projection, page tokens tied
// to the parameters), so these check that what we send is accepted and does what we mean.
// ---------------------------------------------------------------------------------------------------

requireCorpus();
const haveCorpus = corpus.studies.length > 0;

describe.skipIf(!haveCorpus)("toApiParams → searchStudies over the offline replica", () => {
  test("hostile text in every text field never gets a 400", async () => {
    for (const text of HOSTILE) {
      for (const field of TEXT_FIELDS) {
        const search: Search = { [field]: text, status: [] };
        await expect(firstPage(search), `${field}=${JSON.stringify(text.slice(0, 60))}`).resolves.toHaveProperty("studies");
      }
    }
  });

  test("hostile text together with every filter never gets a 400", async () => {
    for (const text of HOSTILE) {
      const search: Search = {
        cond: text, term: text, status: ["RECRUITING"], phase: ["early", "1", "2", "3", "4", "na"], type: "INTERVENTIONAL",
        age: 40, sex: "MALE", healthy: true, results: true, funder: "other", sort: "start",
      };
      await expect(firstPage(search), JSON.stringify(text.slice(0, 60))).resolves.toHaveProperty("studies");
    }
  });

  test("the studies come back with the card fields only: no descriptions, no results, no derived data", async () => {
    const allowed = CARD_FIELDS.map((field) => {
      const path = metadataPieces(resolveMetadataPath(resolveCorpusDir())).get(field)?.path;
      if (!path) throw new Error(`${field} missing from the metadata`);
      return path;
    });
    const searches: Search[] = [{ status: [] }, { cond: "cancer", status: [], results: true }, { locn: "United States", status: [] }];
    let checked = 0;
    for (const search of searches) {
      const page = await firstPage(search);
      for (const study of page.studies) {
        checked++;
        expect(study).not.toHaveProperty("resultsSection");
        expect(study).not.toHaveProperty("derivedSection");
        expect(study).not.toHaveProperty("documentSection");
        expect(study.protocolSection).not.toHaveProperty("descriptionModule");
        expect(study.protocolSection).not.toHaveProperty("eligibilityModule.eligibilityCriteria");
        expect(typeof study.hasResults).toBe("boolean");
        for (const path of leafPaths(study)) {
          const ok = allowed.some((a) => path === a || path.startsWith(`${a}.`) || a.startsWith(`${path}.`));
          expect(ok, `${study.protocolSection?.identificationModule?.nctId}: ${path} was not asked for`).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  // Searches without text: the replica's total must equal a count over the full records with the filters
  // applied by hand (so a filter that is too narrow, e.g. one losing studies without a maximum age, fails).
  const FILTER_SEARCHES: Search[] = [
    {},
    { status: [] },
    { status: ["COMPLETED", "TERMINATED"] },
    { status: [], phase: ["2", "3"] },
    { status: [], phase: ["early"] },
    { status: [], phase: ["na"] },
    { phase: ["2"] },
    { status: [], type: "OBSERVATIONAL" },
    { status: [], age: 45 },
    { status: [], age: 0 },
    { status: [], age: 10 },
    { status: [], age: 70 },
    { status: [], sex: "FEMALE" },
    { status: [], sex: "MALE" },
    { status: [], healthy: true },
    { status: [], results: true },
    { status: [], funder: "industry" },
    { status: [], funder: "nih" },
    { status: [], funder: "fed" },
    { status: [], funder: "other" },
    { status: ["RECRUITING"], phase: ["2"], type: "INTERVENTIONAL", age: 45, sex: "FEMALE", funder: "other" },
    { status: [], agegroup: ["child"] },
    { status: [], agegroup: ["adult", "older"] },
    { status: [], agegroup: ["older"], age: 30 },
    { status: [], docs: ["protocol"] },
    { status: [], docs: ["sap", "consent"] },
    { status: [], startdate: { from: "2022-01-01", to: "2023-12-31" } },
    { status: [], startdate: { to: "2005-06-30" } },
    { status: [], primarycompletion: { from: "2024-03-01" } },
    { status: [], completion: { from: "2030-01-01" } },
    { status: [], firstposted: { from: "2020-01-01", to: "2020-12-31" } },
    { status: [], resultsposted: { from: "2015-01-01" } },
    { status: [], lastupdated: { from: "2025-06-01" } },
    { phase: ["2", "3"], agegroup: ["child"], docs: ["protocol"], lastupdated: { from: "2020-01-01" } },
  ];

  test.each(FILTER_SEARCHES.map((search) => [JSON.stringify(search), search]))(
    "filters %s: total = the records that pass the filters, and every study returned passes them",
    async (_label, search) => {
      const page = await firstPage(search);
      const expected = corpus.studies.filter((study) => passesFilters(study, search));
      expect(page.totalCount).toBe(expected.length);
      for (const returned of page.studies) {
        const full = fullRecord(returned);
        expect(passesFilters(full, search), `${nctId(full)} does not pass ${JSON.stringify(search)}`).toBe(true);
      }
    },
  );

  test("the filters also hold on the card fields that come back (phase, status, sex, ages, results)", async () => {
    const search: Search = { status: ["RECRUITING", "COMPLETED"], phase: ["2", "3"], age: 50, sex: "FEMALE", results: true };
    const { studies } = await walk(search);
    expect(studies.length).toBeGreaterThan(0);
    for (const study of studies) {
      const p = study.protocolSection;
      expect(["RECRUITING", "COMPLETED"]).toContain(p?.statusModule?.overallStatus);
      expect(p?.designModule?.phases?.some((phase) => phase === "PHASE2" || phase === "PHASE3")).toBe(true);
      expect(["FEMALE", "ALL"]).toContain(p?.eligibilityModule?.sex);
      expect(eligibleAt(study, 50)).toBe(true);
      expect(study.hasResults).toBe(true);
    }
  });

  test.each([
    [{}],
    [{ status: [], age: 45 }],
    [{ status: [], phase: ["2", "3"], sort: "updated" }],
    [{ cond: "cancer", status: [] }],
    [{ term: "pain", status: [], sort: "start" }],
  ] as Array<[Search]>)("walking every page of %j: no duplicates, and as many studies as totalCount", async (search) => {
    const { studies, total, pages } = await walk(search);
    const ids = studies.map(nctId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(total);
    expect(pages.slice(0, -1).every((page) => page.studies.length === PAGE_SIZE)).toBe(true);
    expect(pages.at(-1)?.nextPageToken).toBeUndefined();
    if (!search.cond && !search.term && search.sort !== "start") {
      const dates = studies.map((s) => s.protocolSection?.statusModule?.lastUpdatePostDateStruct?.date ?? "");
      expect(dates).toEqual([...dates].sort().reverse());
    }
  });

  test('"Are there active trials for bile duct cancer?": a clean answer, and the medical term to try', async () => {
    const search: Search = { cond: "bile duct cancer" };
    const { studies, total } = await walk(search);
    for (const study of studies) expect(DEFAULT_STATUSES).toContain(study.protocolSection?.statusModule?.overallStatus);
    // The replica has no synonyms (the registry maps this to cholangiocarcinoma itself); over the saved
    // records this finds nothing, which is what the lay-term suggestion is for.
    expect(studies.length).toBe(total);
    expect(suggestMedicalTerms(search.cond ?? "")).toEqual(["cholangiocarcinoma"]);
    const retry = await walk({ ...search, cond: "cholangiocarcinoma" });
    for (const study of retry.studies) expect(DEFAULT_STATUSES).toContain(study.protocolSection?.statusModule?.overallStatus);
  });

  test('"Are there vaccine trials running in the United States?": every answer recruits and has a US site', async () => {
    const { studies } = await walk({ intr: "vaccine", locn: "United States" });
    for (const study of studies) {
      expect(DEFAULT_STATUSES).toContain(study.protocolSection?.statusModule?.overallStatus);
      expect(countries(study)).toContain("United States");
    }
  });

  test.skipIf(!corpus.byId("NCT02210780"))("vaccine trials in the United States of any status include NCT02210780", async () => {
    const { studies } = await walk({ intr: "vaccine", locn: "United States", status: [] });
    expect(studies.map(nctId)).toContain("NCT02210780");
    for (const study of studies) expect(countries(study)).toContain("United States");
  });

  test('"Show me Phase 2 trials actively recruiting for cholangiocarcinoma" (and for cancer, which has some)', async () => {
    for (const cond of ["cholangiocarcinoma", "cancer"]) {
      const { studies } = await walk({ cond, phase: ["2"], status: ["RECRUITING"] });
      for (const study of studies) {
        expect(study.protocolSection?.statusModule?.overallStatus).toBe("RECRUITING");
        expect(study.protocolSection?.designModule?.phases).toContain("PHASE2");
      }
      if (cond === "cancer") {
        const byHand = corpus.studies.filter(
          (s) =>
            passesFilters(s, { phase: ["2"], status: ["RECRUITING"] }) &&
            (s.protocolSection?.conditionsModule?.conditions ?? []).some((c) => /\bcancers?\b/i.test(c)),
        );
        expect(byHand.length).toBeGreaterThan(0);
        expect(studies.map(nctId)).toEqual(expect.arrayContaining(byHand.map(nctId)));
      }
    }
  });

  test.skipIf(!corpus.byId("NCT02513394"))("an NCT id in the id field finds that study whatever its status (the registry ignores filters then)", async () => {
    const page = await firstPage({ id: "NCT02513394" });
    expect(page.studies.map(nctId)).toEqual(["NCT02513394"]);
    expect(page.studies[0]?.protocolSection?.statusModule?.overallStatus).toBe("ACTIVE_NOT_RECRUITING");
  });
});

// ---------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------

function firstPage(search: Search): Promise<PagedStudies> {
  return searchStudies(toApiParams(search), undefined, signal());
}

async function walk(search: Search): Promise<{ studies: Study[]; total: number | undefined; pages: PagedStudies[] }> {
  const params = toApiParams(search);
  const pages: PagedStudies[] = [];
  let token: string | undefined;
  do {
    const page = await searchStudies(params, token, signal());
    pages.push(page);
    token = page.nextPageToken || undefined;
    if (pages.length > 100) throw new Error("more than 100 pages");
  } while (token);
  return { studies: pages.flatMap((page) => page.studies), total: pages[0]?.totalCount, pages };
}

const nctId = (study: Study) => study.protocolSection?.identificationModule?.nctId ?? "";

function fullRecord(returned: Study): Study {
  const full = corpus.byId(nctId(returned));
  if (!full) throw new Error(`${nctId(returned)} is not in the corpus`);
  return full;
}

const countries = (study: Study) => (study.protocolSection?.contactsLocationsModule?.locations ?? []).map((l) => l.country);

function eligibleAt(study: Study, age: number): boolean {
  const eligibility = study.protocolSection?.eligibilityModule;
  const min = parseAge(eligibility?.minimumAge)?.years ?? 0;
  const max = parseAge(eligibility?.maximumAge)?.years ?? Number.POSITIVE_INFINITY;
  return min <= age && age <= max;
}

/** The search's filters applied by hand to a full record: the meaning toApiParams must produce. */
function passesFilters(study: Study, search: Search): boolean {
  const p = study.protocolSection;
  const statuses: readonly Status[] = search.status ?? DEFAULT_STATUSES;
  const status = p?.statusModule?.overallStatus;
  if (statuses.length > 0 && !(status && statuses.includes(status))) return false;
  if (search.phase?.length) {
    const wanted = search.phase.map((k) => ({ early: "EARLY_PHASE1", na: "NA" })[k as "early" | "na"] ?? `PHASE${k}`);
    if (!(p?.designModule?.phases ?? []).some((phase) => wanted.includes(phase))) return false;
  }
  if (search.type && p?.designModule?.studyType !== search.type) return false;
  if (search.age !== undefined && !eligibleAt(study, search.age)) return false;
  if (search.sex && ![search.sex, "ALL"].includes(p?.eligibilityModule?.sex ?? "")) return false;
  if (search.healthy && p?.eligibilityModule?.healthyVolunteers !== true) return false;
  if (search.results && study.hasResults !== true) return false;
  if (search.funder) {
    const agency = p?.sponsorCollaboratorsModule?.leadSponsor?.class;
    const named = { nih: "NIH", fed: "FED", industry: "INDUSTRY" } as const;
    if (search.funder === "other" ? ["NIH", "FED", "INDUSTRY"].includes(agency ?? "") : agency !== named[search.funder]) return false;
  }
  if (search.agegroup) {
    const wanted = search.agegroup.map((group) => ({ child: "CHILD", adult: "ADULT", older: "OLDER_ADULT" })[group]);
    if (!(p?.eligibilityModule?.stdAges ?? []).some((group) => wanted.includes(group))) return false;
  }
  if (search.docs) {
    const docs = study.documentSection?.largeDocumentModule?.largeDocs ?? [];
    const has = { protocol: "hasProtocol", sap: "hasSap", consent: "hasIcf" } as const;
    if (!search.docs.some((doc) => docs.some((d) => d[has[doc]] === true))) return false;
  }
  const dates = {
    startdate: p?.statusModule?.startDateStruct?.date,
    primarycompletion: p?.statusModule?.primaryCompletionDateStruct?.date,
    completion: p?.statusModule?.completionDateStruct?.date,
    firstposted: p?.statusModule?.studyFirstPostDateStruct?.date,
    resultsposted: p?.statusModule?.resultsFirstPostDateStruct?.date,
    lastupdated: p?.statusModule?.lastUpdatePostDateStruct?.date,
  };
  for (const [key, date] of Object.entries(dates) as [keyof typeof dates, string | undefined][]) {
    const range = search[key];
    if (!range) continue;
    // A partial date ("2024-03") is its whole span: it matches when that span overlaps the range.
    if (date === undefined || (range.to !== undefined && date > range.to) || (range.from !== undefined && `${date}~` < range.from)) return false;
  }
  return true;
}

type PieceInfo = { path: string; sourceType: string };

/** piece name → dot path and sourceType, from a saved GET /studies/metadata response. */
function metadataPieces(file: string): Map<string, PieceInfo> {
  const pieces = new Map<string, PieceInfo>();
  const visit = (nodes: unknown, parent: string) => {
    if (!Array.isArray(nodes)) return;
    for (const node of nodes as Array<Record<string, unknown>>) {
      const path = parent ? `${parent}.${String(node.name)}` : String(node.name);
      if (typeof node.piece === "string") pieces.set(node.piece, { path, sourceType: String(node.sourceType) });
      visit(node.children, path);
    }
  };
  visit(JSON.parse(readFileSync(file, "utf8")), "");
  return pieces;
}

/** Dot paths (without list indices) of every leaf value and empty container in `value`. */
function leafPaths(value: unknown, path = "", out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    if (value.length === 0) out.add(path);
    for (const item of value) leafPaths(item, path, out);
  } else if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0) out.add(path);
    for (const [key, child] of entries) leafPaths(child, path ? `${path}.${key}` : key, out);
  } else {
    out.add(path);
  }
  return out;
}

/** Small seeded PRNG, so the random strings are the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("near: filter.geo", () => {
  const boston = { lat: 42.3601, lon: -71.0589 };
  test("a found place limits the search to studies with a site within the radius", () => {
    const params = toApiParams({ cond: "asthma", near: { kind: "zip", zip: "02115" }, radius: { value: 25, unit: "mi" } }, boston);
    expect(params["filter.geo"]).toBe("distance(42.36,-71.06,25mi)");
    expect(Object.keys(params)).toEqual(["query.cond", "filter.overallStatus", "filter.geo", "sort", "pageSize", "fields"]);
    expect(toApiParams({ near: { kind: "zip", zip: "02115" } }, boston)["filter.geo"]).toBe("distance(42.36,-71.06,50mi)");
    expect(toApiParams({ near: { kind: "point", lat: 1, lon: 2 }, radius: { value: 100, unit: "km" } }, { lat: 1, lon: 2 })["filter.geo"]).toBe(
      "distance(1,2,100km)",
    );
  });

  test("no place, or no origin for it yet, sends no geo filter", () => {
    expect(toApiParams({ cond: "asthma" }, boston)["filter.geo"]).toBeUndefined();
    expect(toApiParams({ near: { kind: "zip", zip: "02115" } })["filter.geo"]).toBeUndefined();
    expect(toApiParams({ near: { kind: "zip", zip: "02115" } }, { lat: Number.NaN, lon: 0 })["filter.geo"]).toBeUndefined();
  });

  test("sorting by nearest pages in the registry's default order (the app sorts what is loaded)", () => {
    expect(toApiParams({ cond: "asthma", near: { kind: "zip", zip: "02115" }, sort: "nearest" }, boston).sort).toBe("@relevance");
    expect(toApiParams({ near: { kind: "zip", zip: "02115" }, sort: "nearest" }, boston).sort).toBe("LastUpdatePostDate:desc");
  });
});
