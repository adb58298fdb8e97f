// Makes untrusted registry JSON match the generated TypeScript types, so components can trust them.
//
// One generic conformer walks a value alongside the schema description in study-shape.gen.ts (generated
// from the same OpenAPI spec as schema.d.ts) and builds a fresh copy holding only what the spec allows:
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
import type { PagedStudies, Study, Version } from "./types";
import { studyShapes, type NamedShape, type ShapeName } from "./study-shape.gen";


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

// Compiled once at module load: one closure per named schema. References go through `named` at call
// time, so schemas may refer to each other in any order (and recursively).
const named = new Map<string, Conformer>();

function reference(name: string): Conformer {
  if (!Object.hasOwn(studyShapes, name)) throw new Error(`study-shape: unknown schema ${name}`);
  let target: Conformer | undefined;
  return (v, depth) => (target ??= lookup(name))(v, depth);
}

function lookup(name: string): Conformer {
  const conformer = named.get(name);
  if (!conformer) throw new Error(`study-shape: schema ${name} not compiled`);
  return conformer;
}

function compileDescriptor(descriptor: string): Conformer {
  if (descriptor.endsWith("[]")) return compileArray(compileDescriptor(descriptor.slice(0, -2)));
  return Object.hasOwn(PRIMITIVES, descriptor) ? (PRIMITIVES[descriptor] ?? reference(descriptor)) : reference(descriptor);
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

function compileObject(props: Readonly<Record<string, string>>): Conformer {
  const properties: Property[] = Object.entries(props).map(([key, descriptor]) => {
    const required = descriptor.endsWith("!");
    return { key, required, conform: compileDescriptor(required ? descriptor.slice(0, -1) : descriptor) };
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

function compileNamed(shape: NamedShape): Conformer {
  if (typeof shape === "string") return compileDescriptor(shape);
  if (isEnum(shape)) return compileEnum(shape);
  return compileObject(shape);
}

function isEnum(shape: NamedShape): shape is readonly string[] {
  return Array.isArray(shape);
}

for (const [name, shape] of Object.entries(studyShapes)) named.set(name, compileNamed(shape));

const conformStudyValue = lookup("Study");
const conformPageValue = lookup("PagedStudies");
const conformVersionValue = lookup("Version");

/**
 * Generic entry point: conforms `value` to the named schema of study-shape.gen.ts. Returns undefined
 * when the value itself has the wrong type (or lacks a required property).
 */
export function conform(schema: ShapeName, value: unknown): unknown {
  return lookup(schema)(value, 0);
}

// The casts below are the one place where types meet data: the value was rebuilt by the conformer from
// the shape of the same spec that schema.d.ts comes from (conform.test.ts checks that the two agree).

/** A single study (GET /studies/{nctId}). Throws TypeError if the response isn't a JSON object. */
export function conformStudy(value: unknown): Study {
  const study = isRecord(value) ? conformStudyValue(value, 0) : undefined;
  if (study === undefined) throw new TypeError("Registry response is not a study");
  return study as Study;
}

/**
 * A page of studies (GET /studies). Throws TypeError unless the response is an object with a
 * `studies` array (required by the spec; a missing list must not look like "no results").
 * Items of `studies` that aren't objects are dropped.
 */
export function conformPagedStudies(value: unknown): PagedStudies {
  const page = isRecord(value) ? conformPageValue(value, 0) : undefined;
  if (page === undefined) throw new TypeError("Registry response is not a page of studies");
  return page as PagedStudies;
}

/** GET /version. Throws TypeError unless the response is an object with a string `apiVersion`. */
export function conformVersion(value: unknown): Version {
  const version = isRecord(value) ? conformVersionValue(value, 0) : undefined;
  if (version === undefined) throw new TypeError("Registry response is not a version");
  return version as Version;
}
