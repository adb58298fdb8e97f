// @vitest-environment node
// The list shapes (study-shape-list.gen.ts): Study and PagedStudies pruned to LIST_PIECES, the pieces list
// views ask for, so a list page loads ~1 kB of shapes instead of the main table. These tests check that
// every field set the app sends with a list request is covered, that the pruning is exactly the pieces'
// paths, that over the real records a list-conformed page equals the main-conformed one, and that the
// fetch layer loads only what a request needs (fresh module copies, as results-shapes.test.ts does:
// src/testing/setup.ts loads the main and results shapes into the copy every other test uses).
import { afterEach, describe, expect, test, vi } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { http, HttpResponse } from "msw";
import { QueryClient } from "@tanstack/react-query";
import { resolveCorpusDir } from "../../replica/corpus.ts";
import { resolveMetadataPath } from "../../replica/metadata.ts";
import { recordRequests, server } from "../testing/server";
import { CARD_FIELDS } from "../features/search/card-fields";
import { lookupPlace } from "../features/search/place-lookup";
import { LIST_FIELDS, PRINT_FIELDS } from "../features/shortlist/shortlist-fields";
import { STATUS_FRESHNESS_FIELDS } from "../lib/status-freshness";
import { API_BASE } from "./config";
import * as loaded from "./conform";
import { LIST_PIECES } from "./study-shape-list.gen";
import { studyCountQuery } from "./queries";
import { shapeFor } from "./studies";
import { studyShapes, type NamedShape } from "./study-shape.gen";
import { listShapes } from "./study-shape-list.gen";

type Conform = typeof import("./conform");
type Studies = typeof import("./studies");

const projectRoot = fileURLToPath(new URL("../../", import.meta.url));
const studiesDir = join(projectRoot, "../shared/ctgov/studies");
const corpusRequired = process.env.CTGOV_CORPUS_REQUIRED === "1";
const corpusMissing = !existsSync(studiesDir);
const metadataPath = resolveMetadataPath(resolveCorpusDir());
const signal = () => new AbortController().signal;

/** Fresh conform.ts and studies.ts (sharing the fresh conform.ts), with no shapes loaded. */
async function fresh(): Promise<{ conform: Conform; studies: Studies }> {
  vi.resetModules();
  const conform = await import("./conform");
  const studies = await import("./studies");
  return { conform, studies };
}

const loadedTables = (conform: Conform) => (["list", "main", "results"] as const).filter((table) => conform.shapesLoaded(table));

/** The field sets list views send, by the constants the features build them from. */
const DECLARED_FIELD_SETS: ReadonlyArray<readonly [name: string, fields: readonly string[]]> = [
  ["result cards (CARD_FIELDS)", CARD_FIELDS],
  ["saved list (LIST_FIELDS)", LIST_FIELDS],
  ["shortlist print (PRINT_FIELDS)", PRINT_FIELDS],
  ["status freshness (STATUS_FRESHNESS_FIELDS)", ["OverallStatus", ...STATUS_FRESHNESS_FIELDS]],
];

/** The field sets of requests sent without a constant to import: the place lookup and the count query. */
async function sentFieldSets(): Promise<Array<[name: string, fields: string[]]>> {
  const urls = recordRequests();
  await lookupPlace("Boston, MA", signal());
  await new QueryClient().fetchQuery(studyCountQuery({ "query.cond": "asthma" }));
  expect(urls).toHaveLength(2);
  const fieldsOf = (url: string) => (new URL(url).searchParams.get("fields") ?? "").split(",");
  return [
    ["place lookup (place-lookup.ts)", fieldsOf(urls[0] as string)],
    ["result count (studyCountQuery)", fieldsOf(urls[1] as string)],
  ];
}

afterEach(() => {
  server.resetHandlers();
});

describe("LIST_PIECES", () => {
  test("covers every field set list views request", async () => {
    const missing: string[] = [];
    for (const [name, fields] of [...DECLARED_FIELD_SETS, ...(await sentFieldSets())]) {
      expect(fields.length, name).toBeGreaterThan(0);
      for (const piece of fields) {
        if (!LIST_PIECES.has(piece)) {
          missing.push(`${piece} (${name}) is not in LIST_PIECES: add it to LIST_PIECES in scripts/gen-study-shape.mjs and run \`npm run gen:api\``);
        }
      }
      if (missing.length === 0) expect(shapeFor(fields.join(","), LIST_PIECES), name).toBe("list");
    }
    expect(missing).toEqual([]);
  });

  test("shapeFor: only fields that are all list pieces use the list shapes", () => {
    for (const fields of ["NCTId", "NCTId,BriefTitle", " NCTId | BriefTitle ", [...LIST_PIECES].join(",")]) {
      expect(shapeFor(fields, LIST_PIECES), fields).toBe("list");
    }
    // Whole records, other pieces, sections, paths, other spellings, @query: the main shapes.
    for (const fields of [undefined, "", " ", "NCTId,", "NCTId,Keyword", "ProtocolSection", "protocolSection.identificationModule.nctId", "nctid", "NCT-ID", "@query", "ResultsSection"]) {
      expect(shapeFor(fields, LIST_PIECES), String(fields)).toBe("main");
    }
  });

  test.skipIf(!existsSync(metadataPath) && !corpusRequired)("the list shapes keep exactly the pieces' paths: a piece whole, its ancestors only the way to it", () => {
    // piece -> dotted path, from the registry's data model.
    const paths = new Map<string, string>();
    const visit = (nodes: unknown, path: string) => {
      for (const node of Array.isArray(nodes) ? (nodes as Array<{ name: string; piece?: string; children?: unknown }>) : []) {
        const here = path ? `${path}.${node.name}` : node.name;
        if (typeof node.piece === "string") paths.set(node.piece, here);
        visit(node.children, here);
      }
    };
    visit(JSON.parse(readFileSync(metadataPath, "utf8")), "");
    // Compared leaf by leaf (a property that is no object), since a schema all of whose properties are
    // selected is used whole. Whole subtrees are expanded with the main table.
    const main: Readonly<Record<string, NamedShape>> = studyShapes;
    const bare = (descriptor: string) => descriptor.replace(/!$/, "").replace(/(\[\])+$/, "");
    const objectOf = (table: Readonly<Record<string, NamedShape>>, name: string): Readonly<Record<string, string>> | undefined => {
      const shape = table[name];
      if (typeof shape === "string") return objectOf(table, bare(shape)); // an alias
      return shape === undefined || Array.isArray(shape) ? undefined : (shape as Readonly<Record<string, string>>);
    };
    const leaves = (table: Readonly<Record<string, NamedShape>>, name: string, path: string, out: Set<string>): Set<string> => {
      const shape = objectOf(table, name);
      if (!shape) out.add(path); // a primitive, enum or alias of one
      else for (const [prop, descriptor] of Object.entries(shape)) leaves(table, bare(descriptor), path ? `${path}.${prop}` : prop, out);
      return out;
    };
    const expected = new Set<string>();
    for (const piece of LIST_PIECES) {
      const path = paths.get(piece);
      expect(path, `${piece} is no piece of the data model`).toBeDefined();
      // The schema at the piece's path, then every leaf under it.
      let name = "Study";
      for (const prop of (path as string).split(".")) name = bare(objectOf(main, name)?.[prop] ?? `no ${prop} in ${name}`);
      leaves(main, name, path as string, expected);
    }
    // The list table: pruned (List*) schemas are walked in it, the others are whole (expanded in the main table).
    const kept = new Set<string>();
    const walk = (name: string, path: string) => {
      for (const [prop, descriptor] of Object.entries(objectOf(listShapes, name) ?? {})) {
        const here = path ? `${path}.${prop}` : prop;
        if (/^List/.test(bare(descriptor)) && !Object.hasOwn(main, bare(descriptor))) walk(bare(descriptor), here);
        else leaves(main, bare(descriptor), here, kept);
      }
    };
    walk("ListStudy", "");
    expect([...kept].sort()).toEqual([...expected].sort());
    // The page: its own properties as in the spec, its studies pruned.
    expect(listShapes.ListPagedStudies).toStrictEqual({ nextPageToken: "string", studies: "ListStudyList!", totalCount: "integer" });
  });
});

describe.skipIf(corpusMissing && !corpusRequired)("over the real records (the offline replica projects fields like the registry)", () => {
  /** Every saved record, projected to `fields`, as one raw page. */
  async function rawPage(fields: readonly string[]): Promise<unknown> {
    const query = new URLSearchParams({ fields: fields.join(","), pageSize: "1000", countTotal: "true" });
    const response = await fetch(`${API_BASE}/studies?${query.toString()}`);
    expect(response.status).toBe(200);
    return response.json();
  }

  test("a page conformed with the list shapes equals it conformed with the main ones, and the registry's answer", async () => {
    await loaded.loadShapes("list");
    const sets = [...DECLARED_FIELD_SETS, ...(await sentFieldSets()), ["every list piece", [...LIST_PIECES]] as const];
    const total = readdirSync(studiesDir).filter((name) => name.endsWith(".json")).length;
    for (const [name, fields] of sets) {
      const raw = await rawPage(fields);
      const list = loaded.conformPagedStudies(raw, "list");
      expect(list.studies, name).toHaveLength(total);
      expect(list.totalCount, name).toBe(total);
      expect(list, name).toStrictEqual(loaded.conformPagedStudies(raw, "main"));
      // Nothing the answer holds is dropped: the real records conform unchanged (their few fields outside
      // the spec are outside these pieces).
      expect(list, name).toStrictEqual(raw);
    }
  });
});

describe("conforming needs the table it uses", () => {
  test("nothing is loaded at first; each call throws until its table is in", async () => {
    const { conform } = await fresh();
    expect(loadedTables(conform)).toEqual([]);
    const page = { studies: [{ protocolSection: { identificationModule: { nctId: "NCT00000001", officialTitle: "T" } } }] };
    expect(() => conform.conformPagedStudies(page, "list")).toThrow(conform.ShapesNotLoadedError);
    expect(() => conform.conformPagedStudies(page)).toThrow(/PagedStudies met before the main shapes were loaded/);
    expect(() => conform.conformStudy({}, "list")).toThrow(/ListStudy met before the list shapes were loaded \(await loadShapes\("list"\) first\)/);
    expect(() => conform.conformVersion({ apiVersion: "2.0.5" })).toThrow(conform.ShapesNotLoadedError);

    await conform.loadShapes("list");
    expect(loadedTables(conform)).toEqual(["list"]);
    // The list shapes keep only the list paths (officialTitle is no list piece).
    expect(conform.conformPagedStudies(page, "list")).toStrictEqual({ studies: [{ protocolSection: { identificationModule: { nctId: "NCT00000001" } } }] });
    expect(() => conform.conformPagedStudies(page)).toThrow(conform.ShapesNotLoadedError);

    await conform.loadShapes("main");
    expect(conform.conformPagedStudies(page)).toStrictEqual(page);
    expect(conform.conformVersion({ apiVersion: "2.0.5", extra: 1 })).toStrictEqual({ apiVersion: "2.0.5" });
    expect(loadedTables(conform)).toEqual(["list", "main"]);
  });

  test("loadShapes: calls share one import per table", async () => {
    const { conform } = await fresh();
    const first = conform.loadShapes("list");
    expect(conform.loadShapes("list")).toBe(first);
    expect(conform.loadShapes("main")).not.toBe(first);
    await Promise.all([first, conform.loadShapes("main")]);
    expect(loadedTables(conform)).toEqual(["list", "main"]);
  });

  test("conform.ts and studies.ts import no shape table statically (each is its own chunk, loaded on demand)", () => {
    for (const file of ["conform.ts", "studies.ts"]) {
      const source = readFileSync(join(projectRoot, "src/api", file), "utf8");
      const imports = [...source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+"([^"]+)"/gm)].map((match) => match[1]);
      expect(imports.filter((path) => /study-shape/.test(path ?? "")), file).toEqual([]);
    }
  });
});

describe.skipIf(corpusMissing && !corpusRequired)("the fetch layer loads only the shapes a request needs", () => {
  const ids = () =>
    readdirSync(studiesDir)
      .filter((name) => name.endsWith(".json"))
      .sort()
      .map((name) => name.replace(/\.json$/, ""));

  test("a list request (cards, lists, print, place lookup, count) loads the list shapes only", async () => {
    const { conform, studies } = await fresh();
    const id = ids()[0] as string;
    const place = ["LocationCity", "LocationState", "LocationCountry", "LocationGeoPoint"];
    for (const fields of [CARD_FIELDS, LIST_FIELDS, PRINT_FIELDS, place, ["NCTId"]]) {
      const page = await studies.searchStudies({ "filter.ids": id, fields: fields.join(",") }, undefined, signal());
      expect(page.studies).toHaveLength(1);
      if (fields.includes("NCTId")) expect(page.studies[0]?.protocolSection?.identificationModule?.nctId).toBe(id);
    }
    expect(loadedTables(conform)).toEqual(["list"]);
  });

  test("the study page's record loads the main shapes, not the list ones", async () => {
    const { conform, studies } = await fresh();
    const id = ids()[0] as string;
    const study = await studies.fetchStudy(id, signal());
    expect(study.protocolSection?.identificationModule?.nctId).toBe(id);
    expect(loadedTables(conform)).toEqual(["main"]);
  });

  test("a search for other fields loads the main shapes (after the list file, which says what it covers); one for whole records the results too", async () => {
    const { conform, studies } = await fresh();
    const id = ids()[0] as string;
    const other = await studies.searchStudies({ "filter.ids": id, fields: "NCTId,Keyword,OfficialTitle" }, undefined, signal());
    expect(other.studies[0]?.protocolSection?.identificationModule?.officialTitle).toBeDefined();
    expect(loadedTables(conform)).toEqual(["list", "main"]);
    const whole = await studies.searchStudies({ "filter.ids": id }, undefined, signal());
    expect(whole.studies[0]?.protocolSection?.identificationModule?.nctId).toBe(id);
    expect(loadedTables(conform)).toEqual(["list", "main", "results"]);
  });

  test("a list request whose answer holds results anyway is conformed whole: results are never dropped", async () => {
    const { conform, studies } = await fresh();
    const name = readdirSync(studiesDir)
      .filter((file) => file.endsWith(".json"))
      .sort()
      .find((file) => readFileSync(join(studiesDir, file), "utf8").includes('"resultsSection"')) as string;
    const record = JSON.parse(readFileSync(join(studiesDir, name), "utf8")) as Record<string, unknown>;
    server.use(http.get(`${API_BASE}/studies`, () => HttpResponse.json({ studies: [record] })));
    const page = await studies.searchStudies({ fields: CARD_FIELDS.join(",") }, undefined, signal());
    expect(loadedTables(conform)).toEqual(["list", "main", "results"]);
    expect(page.studies[0]).toStrictEqual(loaded.conformStudy(record));
    expect(page.studies[0]?.resultsSection).toBeDefined();
  });
});
