// @vitest-environment node
// Response control: fields, sort, countTotal, pageSize, pageToken, parameter validation.
import { describe, expect, test } from "vitest";
import type { StudyRecord } from "./study.ts";
import {
  allIds, api, byId, corpus, hasCorpus, idOf, lastUpdateOf, locationsOf, search, searchUrl, section, walk,
} from "./test-support.ts";

const expect400 = (params: Record<string, string>, message: string | RegExp): void => {
  const response = api(searchUrl(params));
  expect(response.status).toBe(400);
  expect(response.headers["content-type"]).toMatch(/^text\/plain/);
  expect(response.body).toMatch(message);
};

describe.skipIf(!hasCorpus)("fields projection", () => {
  const big = () => byId("NCT02513394"); // lazy: describe bodies run even when skipped

  test("only the requested paths come back, with their ancestors; hasResults disappears", () => {
    const page = search({ "filter.ids": "NCT02513394", fields: "NCTId,LocationCity" });
    const cities = locationsOf(big()).map((l) => (l.city === undefined ? {} : { city: l.city }));
    expect(page.studies).toEqual([
      { protocolSection: { identificationModule: { nctId: "NCT02513394" }, contactsLocationsModule: { locations: cities } } },
    ]);
    expect(cities.length).toBe(437);
  });

  test("list lengths survive when some elements lack the field ({} kept)", () => {
    const page = search({ "filter.ids": "NCT02513394", fields: "LocationGeoPoint" });
    const sites = (page.studies[0]?.protocolSection as { contactsLocationsModule: { locations: Array<Record<string, unknown>> } })
      .contactsLocationsModule.locations;
    expect(sites).toHaveLength(locationsOf(big()).length);
    expect(sites.filter((s) => Object.keys(s).length === 0)).toHaveLength(locationsOf(big()).filter((l) => !l.geoPoint).length);
  });

  test("branch pieces return whole subtrees; HasResults is top-level; dot paths and alt names work", () => {
    const page = search({ "filter.ids": "NCT02513394", fields: "ConditionsModule|HasResults|protocolSection.identificationModule.nctId|Gender" });
    expect(page.studies[0]).toEqual({
      protocolSection: {
        identificationModule: { nctId: "NCT02513394" },
        conditionsModule: section(big(), "conditionsModule"),
        eligibilityModule: { sex: section(big(), "eligibilityModule").sex },
      },
      hasResults: big().hasResults,
    });
    const whole = search({ "filter.ids": "NCT02513394", fields: "ProtocolSection" });
    expect(whole.studies[0]).toEqual({ protocolSection: big().protocolSection });
  });

  test("search-area names expand to their pieces; @query to the searched pieces", () => {
    const titles = search({ "filter.ids": "NCT00000410", fields: "TitleSearch" }).studies[0];
    const ident = section(byId("NCT00000410"), "identificationModule");
    expect(titles).toEqual({
      protocolSection: { identificationModule: { briefTitle: ident.briefTitle, officialTitle: ident.officialTitle, acronym: ident.acronym } },
    });
    const queried = search({ "query.titles": "SPORT", "filter.ids": "NCT00000410", fields: "@query" }).studies[0];
    expect(queried).toEqual(titles);
  });

  test("without fields the full record comes back; records without the field come back as {}", () => {
    expect(search({ "filter.ids": "NCT00000410" }).studies[0]).toEqual(byId("NCT00000410"));
    const noSites = corpus.studies.find((s) => locationsOf(s).length === 0);
    if (!noSites) throw new Error("every study has sites");
    expect(search({ "filter.ids": idOf(noSites), fields: "LocationCity" }).studies).toEqual([{}]);
  });

  test("unknown or case-mismatched names → 400", () => {
    expect400({ fields: "NCTId,StudyDesign" }, /^Parameter 'fields' contains invalid field name: 'StudyDesign'$/);
    expect400({ fields: "nctid" }, "invalid field name: 'nctid'");
    expect400({ fields: "" }, /fields/);
  });
});

describe.skipIf(!hasCorpus)("sort", () => {
  const ids = (params: Record<string, string>) => search({ fields: "NCTId", pageSize: "1000", ...params }).studies.map(idOf);

  test("default order is NCT id ascending", () => {
    const order = ids({});
    expect(order).toEqual([...order].sort());
    expect(order).toHaveLength(corpus.studies.length);
  });

  test("dates default to descending, :asc ascending; ties by NCT id", () => {
    const dates = (order: string[]) => order.map((id) => lastUpdateOf(byId(id)));
    const desc = dates(ids({ sort: "LastUpdatePostDate" }));
    expect(desc).toEqual([...desc].sort().reverse());
    const asc = ids({ sort: "LastUpdatePostDate:asc" });
    expect(dates(asc)).toEqual([...dates(asc)].sort());
    const firstDate = dates(asc)[0];
    const tied = asc.filter((id) => lastUpdateOf(byId(id)) === firstDate);
    expect(tied).toEqual([...tied].sort());
  });

  test("studies missing the field are last in both directions", () => {
    const resultsDate = (s: StudyRecord) => (section(s, "statusModule").resultsFirstPostDateStruct as { date?: string } | undefined)?.date;
    const withDate = corpus.studies.filter((s) => resultsDate(s) !== undefined).length;
    expect(withDate).toBeGreaterThan(0);
    for (const dir of ["asc", "desc"]) {
      const order = ids({ sort: `ResultsFirstPostDate:${dir}` });
      expect(order.slice(0, withDate).every((id) => resultsDate(byId(id)) !== undefined)).toBe(true);
      expect(order.slice(withDate).every((id) => resultsDate(byId(id)) === undefined)).toBe(true);
    }
  });

  test("numbers default to ascending; two sort keys", () => {
    const count = (id: string) => (section(byId(id), "designModule").enrollmentInfo as { count?: number } | undefined)?.count ?? Infinity;
    const asc = ids({ sort: "EnrollmentCount" }).map(count);
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    const two = ids({ sort: "StartDate:desc,EnrollmentCount:desc", "query.cond": "headache" });
    expect(two.length).toBeGreaterThan(1);
  });

  test.each(["BriefTitle", "Phase", "LastUpdatePostDate:up", "A,B,C", "NoSuchField"])("sort=%s → 400 incorrect format", (sort) => {
    expect400({ sort }, /incorrect format/);
  });
});

describe.skipIf(!hasCorpus)("paging", () => {
  test("countTotal only on the first page; nextPageToken only while more remain", () => {
    const total = allIds({ "query.cond": "headache" }).length;
    const first = search({ "query.cond": "headache", countTotal: "true", pageSize: "5" });
    expect(first.totalCount).toBe(total);
    expect(first.studies).toHaveLength(5);
    const second = search({ "query.cond": "headache", countTotal: "true", pageSize: "5", pageToken: first.nextPageToken ?? "" });
    expect(second.totalCount).toBeUndefined();
    expect(search({ "query.cond": "headache" }).totalCount).toBeUndefined();
    const last = walk({ "query.cond": "headache", pageSize: "7" }).at(-1);
    expect(last?.nextPageToken).toBeUndefined();
    expect(search({ "filter.ids": "NCT99999999", countTotal: "true" })).toEqual({ studies: [], totalCount: 0 });
  });

  test.each<Record<string, string>>([
    { "query.cond": "headache" },
    { "filter.overallStatus": "COMPLETED", sort: "LastUpdatePostDate" },
    { "query.term": "pain", sort: "@relevance" },
    {},
  ])("walking every page returns each match exactly once (%j)", (params) => {
    const expected = allIds(params);
    for (const pageSize of ["1", "7", "50"]) {
      const pages = walk({ ...params, pageSize });
      const ids = pages.flatMap((p) => p.studies.map(idOf));
      expect(new Set(ids).size).toBe(ids.length);
      expect([...ids].sort()).toEqual([...expected].sort());
      expect(pages.slice(0, -1).every((p) => p.studies.length === Number(pageSize))).toBe(true);
      if (pageSize === "50") expect(ids).toEqual(search({ ...params, fields: "NCTId", pageSize: "1000" }).studies.map(idOf));
    }
  });

  test("pageSize: default 10, 0 → 10, > 1000 → 1000, page size may change between pages", () => {
    expect(search({}).studies).toHaveLength(10);
    expect(search({ pageSize: "0" }).studies).toHaveLength(10);
    expect(search({ pageSize: "99999", fields: "NCTId" }).studies).toHaveLength(Math.min(1000, corpus.studies.length));
    const first = search({ pageSize: "3", fields: "NCTId" });
    const next = search({ pageSize: "20", fields: "NCTId", pageToken: first.nextPageToken ?? "" });
    expect(next.studies.map(idOf)).toEqual(search({ pageSize: "23", fields: "NCTId" }).studies.map(idOf).slice(3));
  });

  test.each(["-1", "2.5", "ten"])("pageSize=%s → 400", (pageSize) => {
    expect400({ pageSize }, /pageSize/);
  });

  test("garbage tokens and tokens reused with other parameters → 400", () => {
    expect400({ pageToken: "garbage" }, /pageToken/);
    expect400({ pageToken: "eyJvIjoxfQ" }, /pageToken/);
    const first = search({ "query.cond": "headache", pageSize: "2" });
    expect400({ "query.cond": "migraine", pageSize: "2", pageToken: first.nextPageToken ?? "" }, /pageToken/);
    expect400({ "query.cond": "headache", sort: "@relevance", pageToken: first.nextPageToken ?? "" }, /pageToken/);
    // countTotal and pageSize may change between pages.
    expect(api(searchUrl({ "query.cond": "headache", pageSize: "3", countTotal: "true", pageToken: first.nextPageToken ?? "" })).status).toBe(200);
  });
});

describe.skipIf(!hasCorpus)("parameters and wire format", () => {
  test("JSON body with one study per line, like the real API", () => {
    const response = api(searchUrl({ pageSize: "2", fields: "NCTId", countTotal: "true" }));
    expect(response.headers["content-type"]).toBe("application/json");
    const lines = response.body.split("\n");
    expect(lines[0]).toBe('{"studies":[');
    expect(lines).toHaveLength(4);
    expect(JSON.parse(response.body)).toMatchObject({ totalCount: corpus.studies.length, nextPageToken: expect.any(String) });
  });

  test("format=json and markupFormat=markdown are accepted", () => {
    expect(api(searchUrl({ format: "json", markupFormat: "markdown" })).status).toBe(200);
    expect400({ format: "csv" }, /format/);
  });

  test.each([
    [{ "filter.phase": "2" }, /unknown parameter/],
    [{ "query.recrs": "x" }, /unknown parameter/],
    [{ "foo.bar": "x" }, /^Invalid prefix in parameter name: foo\.bar$/],
    [{ countTotal: "yes" }, /countTotal/],
  ] as const)("%j → 400", (params, message) => {
    expect400(params, message);
  });
});
