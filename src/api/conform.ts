// Makes untrusted registry JSON match the generated TypeScript types, so components can trust them.
//
// One generic conformer walks a value alongside a schema description generated from the same OpenAPI spec
// as schema.d.ts (study-shape*.gen.ts) and builds a fresh copy holding only what the spec allows:
//   - a value of the wrong type is dropped (its property omitted), never coerced. In particular a number
//     or boolean where the spec says string is dropped rather than String()-ed: the registry always sends
//     strings there, so a number means the record is broken, and "42" as a title or "true" as a date
//     would be misleading. Likewise "12" is not accepted where a number is expected;
//   - strings are kept exactly as sent (no trimming; the UI escapes text). Only the date formats the
//     spec defines (date, partial date, date-time to minutes) are checked, by shape (digits and dashes,
//     not calendar validity), so date code can rely on the layout;
//   - enums: unknown values are dropped, also inside arrays (the bad items only);
//   - arrays: a non-array is dropped; bad items are dropped, good ones kept in order;
//   - objects: non-objects and arrays are dropped; only the spec's properties are copied (the spec
//     leaves additionalProperties open for study schemas, but the UI can't use what it doesn't know);
//     keys like __proto__ are never read or written, so prototypes can't be polluted; an object missing
//     a required property after conformance (e.g. a geoPoint without a numeric lat) is dropped whole;
//   - null is dropped wherever it appears (the spec has no nullable fields).
// Empty arrays and objects are kept: they are truthful and real records contain them.
// Array length is not capped: truncating a real list (some studies list thousands of sites) would be
// misleading; work is linear in the input, and lists are paged or virtualised by the UI.
// Pure and synchronous; the input is never modified.
//
// No shape table is imported statically: each is its own chunk, loaded on demand (a dynamic import) and
// registered here, so a page pays only for what its requests need:
//   - "list" (study-shape-list.gen.ts, loadShapes("list")): Study and PagedStudies pruned to the pieces
//     list views ask for (LIST_PIECES, in the same file). Conforming with it keeps only those paths,
//     which is all a list request gets back;
//   - "main" (study-shape.gen.ts, loadShapes("main")): everything but what is reachable only through
//     ResultsSection: the study page's record, whole records, any other fields, Version;
//   - results (study-shape-results.gen.ts, loadResultsShapes(), which loads "main" too).
// Conforming before the table it needs is loaded is a programming error and throws ShapesNotLoadedError
// (ResultsShapesNotLoadedError when a `resultsSection` is met before the results shapes): nothing is ever
// silently dropped for lack of shapes. The fetch layer (studies.ts) starts the load alongside each request
// and, whenever a response holds results (holdsResults), loads them and conforms it with "main"; the
// conforming itself stays synchronous.
import type { PagedStudies, Study, Version } from "./types";
import type { NamedShape, ShapeName } from "./study-shape.gen";
import type { ResultsShapeName } from "./study-shape-results.gen";
import type { ListShapeName } from "./study-shape-list.gen";


/** Conformed value, or undefined for "drop it". */
type Conformer = (value: unknown, depth: number) => unknown;

// Far deeper than study records nest (Study and PagedStudies are at most 9 named schemas deep); only matters if the spec ever gains a cycle.
const MAX_DEPTH = 64;

const PRIMITIVES: Readonly<Record<string, Conformer>> = {
  string: (v) => (typeof v === "string" ? v : undefined),
  boolean: (v) => (typeof v === "boolean" ? v : undefined),
  integer: (v) => (typeof v === "number" && Number.isInteger(v) ? v : undefined),
  number: (v) => (typeof v === "number" && Number.isFinite(v) ? v : undefined),
  date: matching(/^\d{4}-\d{2}-\d{2}$/),
  "partial-date": matching(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/),
  "date-minutes": matching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/),
};

function matching(pattern: RegExp): Conformer {
  return (v) => (typeof v === "string" && pattern.test(v) ? v : undefined);
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Which table conforms a response: the list views' pruned one, or the main one (see above). */
export type StudyShape = "list" | "main";
type Table = StudyShape | "results";

/**
 * A programming error, not bad data: a value was conformed before the shapes it needs were loaded
 * (loadShapes, loadResultsShapes). Thrown rather than dropping what could not be checked.
 */
export class ShapesNotLoadedError extends Error {
  override readonly name: string = "ShapesNotLoadedError";
  constructor(schema: string, table: string, load = `loadShapes("${table}")`) {
    super(`study-shape: ${schema} met before the ${table} shapes were loaded (await ${load} first)`);
  }
}

/** A value that holds results (or a results schema) conformed before loadResultsShapes() finished. */
export class ResultsShapesNotLoadedError extends ShapesNotLoadedError {
  override readonly name = "ResultsShapesNotLoadedError";
  constructor(schema: string) {
    super(schema, "results", "loadResultsShapes()");
  }
}

// Each table is compiled once, when registered: one closure per named schema. References go through
// `named` at call time, so schemas may refer to each other in any order (and recursively), and the main
// file's reference to ResultsSection works once the results file is in. A name in two tables (the list
// file's whole schemas are also in the main file) is described alike in both (conform.test.ts checks).
const named = new Map<string, Conformer>();
/** Schema names a reference may use: those of the tables registered, and those the main file defers. */
const known = new Set<string>();
const registered = new Set<Table>();

function reference(name: string, scope: ReadonlySet<string>): Conformer {
  if (!scope.has(name)) throw new Error(`study-shape: unknown schema ${name}`);
  let target: Conformer | undefined;
  return (v, depth) => (target ??= lookup(name))(v, depth);
}

function lookup(name: string): Conformer {
  const conformer = named.get(name);
  if (conformer) return conformer;
  // Not compiled. Once "main" is in, the only names it refers to without describing are the results'.
  if (!registered.has("main")) throw new ShapesNotLoadedError(name, "main");
  if (!registered.has("results")) throw new ResultsShapesNotLoadedError(name);
  throw new Error(`study-shape: schema ${name} not compiled`);
}

function compileDescriptor(descriptor: string, scope: ReadonlySet<string>): Conformer {
  if (descriptor.endsWith("[]")) return compileArray(compileDescriptor(descriptor.slice(0, -2), scope));
  return (Object.hasOwn(PRIMITIVES, descriptor) && PRIMITIVES[descriptor]) || reference(descriptor, scope);
}

function compileArray(item: Conformer): Conformer {
  return (v, depth) => {
    if (!Array.isArray(v) || depth >= MAX_DEPTH) return undefined;
    const out: unknown[] = [];
    for (let i = 0; i < v.length; i++) {
      const c = item(v[i], depth + 1);
      if (c !== undefined) out.push(c);
    }
    return out;
  };
}

function compileEnum(values: readonly string[]): Conformer {
  const allowed = new Set(values);
  return (v) => (typeof v === "string" && allowed.has(v) ? v : undefined);
}

type Property = { readonly key: string; readonly conform: Conformer; readonly required: boolean };

function compileObject(props: Readonly<Record<string, string>>, scope: ReadonlySet<string>): Conformer {
  const properties: Property[] = Object.entries(props).map(([key, descriptor]) => {
    const required = descriptor.endsWith("!");
    return { key, required, conform: compileDescriptor(required ? descriptor.slice(0, -1) : descriptor, scope) };
  });
  return (v, depth) => {
    if (!isRecord(v) || depth >= MAX_DEPTH) return undefined;
    const out: Record<string, unknown> = {};
    for (const { key, conform, required } of properties) {
      // Own properties only: never picks up anything inherited from a (polluted) prototype.
      const c = Object.hasOwn(v, key) ? conform(v[key], depth + 1) : undefined;
      if (c !== undefined) out[key] = c;
      else if (required) return undefined;
    }
    return out;
  };
}

function compileNamed(shape: NamedShape, scope: ReadonlySet<string>): Conformer {
  if (typeof shape === "string") return compileDescriptor(shape, scope);
  if (isEnum(shape)) return compileEnum(shape);
  return compileObject(shape, scope);
}

function isEnum(shape: NamedShape): shape is readonly string[] {
  return Array.isArray(shape);
}

/**
 * Compiles a table's schemas into `named`, all or none. Its references may use its own names, those it
 * defers (`deferred`, described by a table registered later) and those of tables registered before.
 */
function register(table: Table, shapes: Readonly<Record<string, NamedShape>>, deferred: readonly string[] = []): void {
  if (registered.has(table)) return;
  const scope = new Set([...known, ...Object.keys(shapes), ...deferred]);
  const compiled = Object.entries(shapes).map(([name, shape]) => [name, compileNamed(shape, scope)] as const);
  for (const name of scope) known.add(name);
  for (const [name, conformer] of compiled) named.set(name, conformer);
  registered.add(table);
}

const loading = new Map<Table, Promise<void>>();

/** Calls share one import per table; after a failure (e.g. no connection) the next call tries again. */
function load(table: Table, start: () => Promise<void>): Promise<void> {
  let promise = loading.get(table);
  if (!promise) {
    promise = start().catch((error: unknown) => {
      loading.delete(table);
      throw error;
    });
    loading.set(table, promise);
  }
  return promise;
}

/**
 * Loads and registers the list or main table (each its own chunk). Start it alongside the request whose
 * response it will conform, so it adds no wait.
 */
export function loadShapes(shape: StudyShape): Promise<void> {
  return shape === "list"
    ? load("list", () =>
        import("./study-shape-list.gen").then((module) => {
          register("list", module.listShapes);
          listPieces = module.LIST_PIECES;
        }),
      )
    : load("main", () => import("./study-shape.gen").then((module) => register("main", module.studyShapes, module.deferredShapeNames)));
}

let listPieces: ReadonlySet<string> | undefined;

/** The registry pieces the list table covers (generated with it), once loadShapes("list") has finished. */
export function listShapePieces(): ReadonlySet<string> {
  if (!listPieces) throw new ShapesNotLoadedError("LIST_PIECES", "list");
  return listPieces;
}

/** Loads and registers the results schemas (study-shape-results.gen.ts) and, alongside, the main ones they hang from. */
export function loadResultsShapes(): Promise<void> {
  return load("results", () =>
    Promise.all([import("./study-shape-results.gen"), loadShapes("main")]).then(([{ resultsShapes }]) => register("results", resultsShapes)),
  );
}

/** Whether a table has been loaded and registered, so values can be conformed with it. */
export function shapesLoaded(table: Table): boolean {
  return registered.has(table);
}

/** Whether loadResultsShapes() has finished, so values holding results can be conformed. */
export function resultsShapesLoaded(): boolean {
  return registered.has("results");
}

/**
 * Whether a response holds results: a study with a `resultsSection`, or a page with such a study (the
 * only places the spec puts one; whatever its value, since conforming it needs the results shapes).
 * The fetch layer awaits loadResultsShapes() and conforms with "main" when this is true, whatever it asked for.
 */
export function holdsResults(value: unknown): boolean {
  if (!isRecord(value)) return false;
  if (Object.hasOwn(value, "resultsSection")) return true;
  const studies = Object.hasOwn(value, "studies") ? value["studies"] : undefined;
  return Array.isArray(studies) && studies.some((study) => isRecord(study) && Object.hasOwn(study, "resultsSection"));
}

/**
 * Generic entry point: conforms `value` to a named schema of a loaded table. Returns undefined when the
 * value itself has the wrong type (or lacks a required property).
 */
export function conform(schema: ShapeName | ResultsShapeName | ListShapeName, value: unknown): unknown {
  return lookup(schema)(value, 0);
}

/** `value` conformed to a root schema of `table` (undefined if not an object); throws if the table isn't loaded. */
function conformRoot(table: StudyShape, schema: string, value: unknown): unknown {
  if (!registered.has(table)) throw new ShapesNotLoadedError(schema, table);
  return isRecord(value) ? lookup(schema)(value, 0) : undefined;
}

// The casts below are the one place where types meet data: the value was rebuilt by the conformer from
// the shape of the same spec that schema.d.ts comes from (conform.test.ts checks that the two agree; a
// list schema is its spec schema with fewer properties, so a list-conformed value is a valid Study too).

/**
 * A single study (GET /studies/{nctId}), with the main table unless told otherwise (the list table keeps
 * only the list views' paths). Throws TypeError if the response isn't a JSON object, ShapesNotLoadedError
 * if the table isn't loaded, and ResultsShapesNotLoadedError if it holds a resultsSection before
 * loadResultsShapes() finished.
 */
export function conformStudy(value: unknown, shape: StudyShape = "main"): Study {
  const study = conformRoot(shape, shape === "list" ? "ListStudy" : "Study", value);
  if (study === undefined) throw new TypeError("Registry response is not a study");
  return study as Study;
}

/**
 * A page of studies (GET /studies). Throws TypeError unless the response is an object with a
 * `studies` array (required by the spec; a missing list must not look like "no results").
 * Items of `studies` that aren't objects are dropped. Table and shapes not loaded: as conformStudy.
 */
export function conformPagedStudies(value: unknown, shape: StudyShape = "main"): PagedStudies {
  const page = conformRoot(shape, shape === "list" ? "ListPagedStudies" : "PagedStudies", value);
  if (page === undefined) throw new TypeError("Registry response is not a page of studies");
  return page as PagedStudies;
}

/** GET /version (main table). Throws TypeError unless the response is an object with a string `apiVersion`. */
export function conformVersion(value: unknown): Version {
  const version = conformRoot("main", "Version", value);
  if (version === undefined) throw new TypeError("Registry response is not a version");
  return version as Version;
}
