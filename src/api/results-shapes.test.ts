// @vitest-environment node
// The results schemas (study-shape-results.gen.ts) load on demand. Under test src/testing/setup.ts loads
// them at once (for the fixtures in src/testing/server.ts), so these tests take fresh copies of conform.ts
// and studies.ts, where they start unloaded as in the built app.
import { afterEach, describe, expect, test, vi } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { http, HttpResponse } from "msw";
import { server, recordRequests } from "../testing/server";
import { API_BASE } from "./config";
import * as loaded from "./conform";
import { STUDY_PAGE_FIELDS, STUDY_RESULTS_FIELDS } from "./study-request";

type Conform = typeof import("./conform");
type Studies = typeof import("./studies");

const studiesDir = join(fileURLToPath(new URL("../../", import.meta.url)), "../shared/ctgov/studies");
const corpusMissing = !existsSync(studiesDir);
const corpusRequired = process.env.CTGOV_CORPUS_REQUIRED === "1";
const readRecord = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(studiesDir, name), "utf8")) as Record<string, unknown>;
/** The saved complete records that have a resultsSection (names sorted). */
const withResults = (): string[] =>
  readdirSync(studiesDir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .filter((name) => Object.hasOwn(readRecord(name), "resultsSection"));

/** Fresh conform.ts and studies.ts (sharing the fresh conform.ts), with no shapes loaded (list-shape.test.ts covers the others). */
async function fresh(): Promise<{ conform: Conform; studies: Studies }> {
  vi.resetModules();
  const conform = await import("./conform");
  const studies = await import("./studies");
  return { conform, studies };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

const signal = () => new AbortController().signal;

describe("conform without the results shapes", () => {
  test("they are not loaded until asked for", async () => {
    const { conform } = await fresh();
    expect(conform.resultsShapesLoaded()).toBe(false);
    expect(loaded.resultsShapesLoaded()).toBe(true); // the copy every other test uses (setup.ts loaded them)
  });

  test("with the main shapes loaded, a study without results conforms synchronously, as before", async () => {
    const { conform } = await fresh();
    await conform.loadShapes("main");
    const input = { protocolSection: { identificationModule: { nctId: "NCT00000001", briefTitle: "T" } }, hasResults: true };
    expect(conform.conformStudy(input)).toStrictEqual(input);
    expect(conform.conformPagedStudies({ studies: [input], totalCount: 1 })).toStrictEqual({ studies: [input], totalCount: 1 });
    expect(conform.conform("GeoPoint", { lat: 1, lon: 2 })).toStrictEqual({ lat: 1, lon: 2 });
  });

  test("meeting a resultsSection throws, whatever its value; nothing is silently dropped", async () => {
    const { conform } = await fresh();
    await conform.loadShapes("main");
    for (const resultsSection of [{ moreInfoModule: { limitationsAndCaveats: { description: "x" } } }, {}, null, "junk"]) {
      expect(() => conform.conformStudy({ protocolSection: {}, resultsSection })).toThrow(conform.ResultsShapesNotLoadedError);
      expect(() => conform.conformPagedStudies({ studies: [{}, { resultsSection }] })).toThrow(conform.ResultsShapesNotLoadedError);
    }
    expect(() => conform.conform("OutcomeMeasure", {})).toThrow(conform.ResultsShapesNotLoadedError);
    expect(() => conform.conformStudy({ resultsSection: {} })).toThrow(/ResultsSection met before the results shapes were loaded/);
  });

  test("holdsResults spots a resultsSection in a study or in a page", async () => {
    const { conform } = await fresh();
    expect(conform.holdsResults({ resultsSection: null })).toBe(true);
    expect(conform.holdsResults({ studies: [{}, 1, null, { resultsSection: {} }] })).toBe(true);
    for (const value of [null, "x", [], {}, { protocolSection: {} }, { studies: [{}, { hasResults: true }] }, { studies: "resultsSection" }]) {
      expect(conform.holdsResults(value)).toBe(false);
    }
  });

  test("loadResultsShapes: calls share one import; afterwards results conform", async () => {
    const { conform } = await fresh();
    const first = conform.loadResultsShapes();
    expect(conform.loadResultsShapes()).toBe(first);
    await first;
    expect(conform.resultsShapesLoaded()).toBe(true);
    expect(conform.shapesLoaded("main")).toBe(true); // what results hang from, loaded alongside
    expect(conform.conformStudy({ resultsSection: { moreInfoModule: { pointOfContact: { title: "Dr X", phone: 5 } } } })).toStrictEqual({
      resultsSection: { moreInfoModule: { pointOfContact: { title: "Dr X" } } },
    });
  });

  test("a failed import is not remembered: the next call tries again", async () => {
    vi.resetModules();
    let fail = true;
    vi.doMock("./study-shape-results.gen", async (importOriginal) => {
      if (fail) throw new TypeError("Failed to fetch dynamically imported module");
      return importOriginal();
    });
    try {
      const conform = await import("./conform");
      await expect(conform.loadResultsShapes()).rejects.toThrow(); // (vitest wraps the factory's error)
      expect(conform.resultsShapesLoaded()).toBe(false);
      fail = false;
      vi.resetModules(); // forget the failed module so the import runs again (as a browser refetches a chunk)
      await conform.loadResultsShapes();
      expect(conform.resultsShapesLoaded()).toBe(true);
    } finally {
      vi.doUnmock("./study-shape-results.gen");
    }
  });

  test.skipIf(corpusMissing && !corpusRequired)("every saved record with results conforms exactly as with both files loaded from the start", async () => {
    const { conform } = await fresh();
    const names = withResults();
    expect(names.length).toBeGreaterThan(0);
    await conform.loadResultsShapes();
    for (const name of names) {
      const record = readRecord(name);
      expect(conform.conformStudy(record), name).toStrictEqual(loaded.conformStudy(record));
    }
  });
});

describe.skipIf(corpusMissing && !corpusRequired)("the fetch layer loads the results shapes before conforming results", () => {
  const nctOf = (name: string) => name.replace(/\.json$/, "");

  test("the study page's record (no results asked for) leaves them unloaded", async () => {
    const { conform, studies } = await fresh();
    const [name] = withResults();
    const study = await studies.fetchStudy(nctOf(name as string), signal());
    expect(study.hasResults).toBe(true);
    expect(study.resultsSection).toBeUndefined();
    expect(conform.resultsShapesLoaded()).toBe(false);
  });

  test("fetchStudyResults returns the whole results section, unloaded before", async () => {
    const { conform, studies } = await fresh();
    const [name] = withResults();
    const results = await studies.fetchStudyResults(nctOf(name as string), signal());
    expect(conform.resultsShapesLoaded()).toBe(true);
    expect(results).not.toBeNull();
    expect(results).toStrictEqual(loaded.conformStudy(readRecord(name as string)).resultsSection);
  });

  test("card searches leave them unloaded; a search for whole records loads them and keeps every resultsSection", async () => {
    const { conform, studies } = await fresh();
    const [name] = withResults();
    const id = nctOf(name as string);
    const cards = await studies.searchStudies({ "filter.ids": id, fields: "NCTId,BriefTitle,HasResults" }, undefined, signal());
    expect(cards.studies[0]?.hasResults).toBe(true);
    expect(conform.resultsShapesLoaded()).toBe(false);

    const whole = await studies.searchStudies({ "filter.ids": id }, undefined, signal());
    expect(conform.resultsShapesLoaded()).toBe(true);
    expect(whole.studies[0]?.resultsSection).toStrictEqual(loaded.conformStudy(readRecord(name as string)).resultsSection);
  });

  test("results the request did not name (a results piece) are still loaded for, by what came back", async () => {
    const { conform, studies } = await fresh();
    expect(studies.mayAskForResults("NCTId,OutcomeMeasuresModule")).toBe(false);
    const [name] = withResults();
    const id = nctOf(name as string);
    const page = await studies.searchStudies({ "filter.ids": id, fields: "NCTId,MoreInfoModule" }, undefined, signal());
    expect(conform.resultsShapesLoaded()).toBe(true);
    expect(page.studies[0]?.resultsSection).toStrictEqual({
      moreInfoModule: loaded.conformStudy(readRecord(name as string)).resultsSection?.moreInfoModule,
    });
  });

  test("a single-study answer holding results it was not asked for still gets them", async () => {
    const { conform, studies } = await fresh();
    const [name] = withResults();
    const id = nctOf(name as string);
    const record = readRecord(name as string);
    server.use(http.get(`${API_BASE}/studies/${id}`, () => HttpResponse.json(record)));
    const study = await studies.fetchStudy(id, signal());
    expect(conform.resultsShapesLoaded()).toBe(true);
    expect(study.resultsSection).toStrictEqual(loaded.conformStudy(record).resultsSection);
  });

  test("mayAskForResults: no fields, or fields naming ResultsSection or a path in it", async () => {
    const { studies } = await fresh();
    for (const fields of [undefined, "", " ", "ResultsSection", "NCTId,ResultsSection", "NCTId|resultsSection", "resultsSection.moreInfoModule"]) {
      expect(studies.mayAskForResults(fields), String(fields)).toBe(true);
    }
    for (const fields of ["NCTId", "ProtocolSection,DerivedSection,DocumentSection,AnnotationSection,HasResults", "ResultsSectionX", "HasResults"]) {
      expect(studies.mayAskForResults(fields), fields).toBe(false);
    }
    expect(studies.mayAskForResults(STUDY_PAGE_FIELDS)).toBe(false);
    expect(studies.mayAskForResults(STUDY_RESULTS_FIELDS)).toBe(true);
  });

  test("the results request is sent at once, with the shapes loading alongside", async () => {
    const { studies } = await fresh();
    const [name] = withResults();
    const urls = recordRequests();
    await studies.fetchStudyResults(nctOf(name as string), signal());
    expect(urls).toHaveLength(1);
    expect(new URL(urls[0] as string).searchParams.get("fields")).toBe("ResultsSection");
  });
});
