// @vitest-environment node
import { describe, test, expect } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { components } from "./schema";
import { deferredShapeNames, studyShapes } from "./study-shape.gen";
import { resultsShapes } from "./study-shape-results.gen";
import { listShapes } from "./study-shape-list.gen";
import { conform, conformPagedStudies, conformStudy, conformVersion, resultsShapesLoaded } from "./conform";
import type { Study } from "./types";

const projectRoot = fileURLToPath(new URL("../../", import.meta.url));
const ctgovDir = join(projectRoot, "../shared/ctgov");
const studiesDir = join(ctgovDir, "studies");
const specPath = join(ctgovDir, "ctg-oas-v2.yaml");
const corpusRequired = process.env.CTGOV_CORPUS_REQUIRED === "1";
const corpusMissing = !existsSync(studiesDir);

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));
const jsonFiles = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith(".json")).sort() : [];

/**
 * Paths (array indices collapsed to []) where `input` holds a value that `output` lacks or changed.
 * Used to name every real field the conformer would drop.
 */
function droppedPaths(input: unknown, output: unknown, path = "", found = new Set<string>()): Set<string> {
  if (Array.isArray(input)) {
    if (!Array.isArray(output) || output.length !== input.length) found.add(path || "(root)");
    else input.forEach((item, i) => droppedPaths(item, output[i], `${path}[]`, found));
  } else if (typeof input === "object" && input !== null) {
    if (typeof output !== "object" || output === null || Array.isArray(output)) found.add(path || "(root)");
    else
      for (const [key, value] of Object.entries(input)) {
        droppedPaths(value, Object.hasOwn(output, key) ? (output as Record<string, unknown>)[key] : undefined, path ? `${path}.${key}` : key, found);
      }
  } else if (!Object.is(input, output)) {
    found.add(path || "(root)");
  }
  return found;
}

/**
 * Fields of real records that the spec (2.0.5) doesn't describe, so the conformer drops them. The test
 * fails if another one appears, or if one of these stops being dropped.
 */
const KNOWN_NOT_IN_SPEC: Readonly<Record<string, string>> = {
  // Real API output in some records: the registry's machine-learning prediction of the eligible body-mass
  // index range (a lower and an upper BMI limit), which the spec doesn't list. The app has no use for it.
  "derivedSection.miscInfoModule.modelPredictions": "not in spec; unused by the app",
  // Not API output: added to one record by the repo the record was taken from (a third-party test
  // fixture, mcode/clinical-trial-matching-service); an exact copy of `locations`.
  "protocolSection.contactsLocationsModule.locations_nested": "invented by a third-party fixture",
};

/** Deletes the property at a dotted path (no arrays on the way), if present. */
function omitPath(value: unknown, path: readonly string[]): void {
  const [head, ...rest] = path;
  if (head === undefined || typeof value !== "object" || value === null || Array.isArray(value)) return;
  const record = value as Record<string, unknown>;
  if (rest.length === 0) delete record[head];
  else omitPath(record[head], rest);
}

/** Every primitive leaf of a JSON-like value. */
function leaves(value: unknown, out: unknown[] = []): unknown[] {
  if (Array.isArray(value)) value.forEach((v) => leaves(v, out));
  else if (typeof value === "object" && value !== null) Object.values(value).forEach((v) => leaves(v, out));
  else out.push(value);
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Type-level agreement between the runtime shape (all files) and the openapi-typescript types of the same spec.
// The list file's pruned List* schemas are no spec schemas: the "study shape" tests check them against the
// main file's, and its other schemas (spec names) are checked here like the main file's.
type Schemas = components["schemas"];
type ListWhole = { [K in keyof typeof listShapes as K extends `List${string}` ? never : K]: (typeof listShapes)[K] };
type Shapes = typeof studyShapes & typeof resultsShapes & ListWhole;
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Bare<D> = D extends `${infer X}!` ? X : D;
type DescribedType<D> = D extends `${infer X}[]`
  ? DescribedType<X>[]
  : D extends "string" | "date" | "partial-date" | "date-minutes"
    ? string
    : D extends "integer" | "number"
      ? number
      : D extends "boolean"
        ? boolean
        : D extends keyof Schemas
          ? Schemas[D]
          : { unknownDescriptor: D };
type RequiredKeys<T> = { [P in keyof T]-?: object extends Pick<T, P> ? never : P }[keyof T];
type RequiredInShape<S> = { [P in keyof S]: S[P] extends `${string}!` ? P : never }[keyof S];
type Mismatch<K extends keyof Shapes> = K extends keyof Schemas
  ? Shapes[K] extends readonly string[]
    ? Equals<Shapes[K][number], Schemas[K]> extends true
      ? never
      : `${K}: enum values differ`
    : Shapes[K] extends string
      ? Equals<DescribedType<Shapes[K]>, Schemas[K]> extends true
        ? never
        : `${K}: alias type differs`
      : Equals<keyof Shapes[K], keyof Schemas[K]> extends false
        ? `${K}: property names differ`
        : Equals<RequiredInShape<Shapes[K]>, RequiredKeys<Schemas[K]>> extends false
          ? `${K}: required properties differ`
          : {
              [P in keyof Shapes[K]]: P extends keyof Schemas[K]
                ? Equals<DescribedType<Bare<Shapes[K][P]>>, Exclude<Schemas[K][P], undefined>> extends true
                  ? never
                  : `${K}.${P & string}: type differs`
                : never;
            }[keyof Shapes[K]]
  : `${K}: not a schema in schema.d.ts`;
type ShapeMismatches = { [K in keyof Shapes]: Mismatch<K> }[keyof Shapes];
// If this line fails to compile, the error names each disagreement (e.g. "GeoPoint.lat: type differs").
const shapesAgreeWithSchemaTypes: [ShapeMismatches] extends [never] ? true : ShapeMismatches = true;

/** Names a shape refers to (as in the generator: descriptors without "!" and "[]", not primitives). */
function referencedNames(shape: unknown): string[] {
  const descriptors = typeof shape === "string" ? [shape] : Array.isArray(shape) ? [] : Object.values(shape as Record<string, string>);
  const primitives = new Set(["string", "integer", "number", "boolean", "date", "partial-date", "date-minutes"]);
  return descriptors.map((d) => d.replace(/!$/, "").replace(/(\[\])+$/, "")).filter((d) => !primitives.has(d));
}

/** Schema names reachable from `roots` in the spec itself (every $ref, followed), except through `barrier`. */
function reachableInSpec(spec: { components: { schemas: Record<string, unknown> } }, roots: string[], barrier?: string): Set<string> {
  const found = new Set<string>();
  const pending = [...roots];
  while (pending.length > 0) {
    const name = pending.pop() as string;
    if (found.has(name) || name === barrier) continue;
    found.add(name);
    for (const [, ref] of JSON.stringify(spec.components.schemas[name]).matchAll(/"#\/components\/schemas\/([^"]+)"/g)) pending.push(ref as string);
  }
  return found;
}

describe("study shape", () => {
  test("agrees with schema.d.ts (checked by tsc, both files) and covers the roots", () => {
    expect(shapesAgreeWithSchemaTypes).toBe(true);
    expect(Object.keys(studyShapes)).toEqual(expect.arrayContaining(["Study", "PagedStudies", "Version"]));
    expect(Object.keys(resultsShapes)).toContain("ResultsSection");
  });

  test("the files split at ResultsSection: no schema in both, every reference resolves", () => {
    const main = new Set(Object.keys(studyShapes));
    const results = new Set(Object.keys(resultsShapes));
    expect([...main].filter((name) => results.has(name))).toEqual([]);
    expect(deferredShapeNames).toEqual(["ResultsSection"]);
    // The main file refers outside itself only to ResultsSection; the results file only to the two files.
    const mainOutside = new Set(Object.values(studyShapes).flatMap(referencedNames).filter((name) => !main.has(name)));
    expect([...mainOutside]).toEqual(["ResultsSection"]);
    const unresolved = Object.values(resultsShapes).flatMap(referencedNames).filter((name) => !main.has(name) && !results.has(name));
    expect(unresolved).toEqual([]);
    // Under test src/testing/setup.ts loads the main and results files at once; results-shapes.test.ts and
    // list-shape.test.ts check the on-demand paths.
    expect(resultsShapesLoaded()).toBe(true);
  });

  test("the list file is the main file pruned: spec names as there, List* its schemas with fewer properties", () => {
    const main: Readonly<Record<string, unknown>> = studyShapes;
    const twinOf = (name: string) => (name.startsWith("List") && !Object.hasOwn(main, name) ? name.slice(4) : name);
    const problems: string[] = [];
    for (const [name, shape] of Object.entries(listShapes)) {
      const original = main[twinOf(name)];
      if (original === undefined) problems.push(`${name}: no ${twinOf(name)} in the main file`);
      else if (twinOf(name) === name) {
        if (JSON.stringify(shape) !== JSON.stringify(original)) problems.push(`${name}: described differently from the main file`);
      } else if (typeof shape === "string") {
        // A pruned alias: the same descriptor with its schema replaced by the pruned twin.
        if (typeof original !== "string" || shape.replace(/^List/, "") !== original) problems.push(`${name}: ${shape} is not a pruned ${String(original)}`);
      } else if (Array.isArray(shape) || typeof original !== "object" || Array.isArray(original)) {
        problems.push(`${name}: only objects and aliases are pruned`);
      } else {
        const props = original as Readonly<Record<string, string>>;
        if (JSON.stringify(shape) === JSON.stringify(props)) problems.push(`${name}: not pruned (should keep the name ${twinOf(name)})`);
        for (const [prop, descriptor] of Object.entries(shape)) {
          const expected = props[prop];
          if (expected === undefined) problems.push(`${name}.${prop}: not in ${twinOf(name)}`);
          else if (descriptor !== expected && descriptor.replace(/^List/, "") !== expected) problems.push(`${name}.${prop}: ${descriptor} vs ${expected}`);
        }
        // Required properties are never pruned away, so the result still satisfies the spec type.
        for (const [prop, descriptor] of Object.entries(props)) if (descriptor.endsWith("!") && !Object.hasOwn(shape, prop)) problems.push(`${name}.${prop}: required`);
      }
    }
    expect(problems).toEqual([]);
    expect(Object.keys(listShapes)).toEqual(expect.arrayContaining(["ListPagedStudies", "ListStudy"]));
    // Self-contained (no results, nothing from the main file), and no schema it does not use.
    const names = new Set(Object.keys(listShapes));
    expect(Object.values(listShapes).flatMap(referencedNames).filter((name) => !names.has(name))).toEqual([]);
    const used = new Set<string>();
    const visit = (name: string) => {
      if (used.has(name)) return;
      used.add(name);
      referencedNames((listShapes as Readonly<Record<string, unknown>>)[name]).forEach(visit);
    };
    visit("ListPagedStudies");
    expect([...names].filter((name) => !used.has(name))).toEqual([]);
  });

  test.skipIf(!existsSync(specPath))("together the files hold exactly the spec's schemas reachable from the roots", () => {
    // Read with js-yaml in a child process (the package has no types here), independently of the generator.
    const script = `import yaml from "js-yaml"; import { readFileSync } from "node:fs";
      process.stdout.write(JSON.stringify(yaml.load(readFileSync(process.argv[1], "utf8"))));`;
    const spec = JSON.parse(
      execFileSync(process.execPath, ["--input-type=module", "-e", script, specPath], { cwd: projectRoot, encoding: "utf8", maxBuffer: 64 << 20 }),
    ) as { components: { schemas: Record<string, unknown> } };
    const roots = ["Study", "PagedStudies", "Version"];
    const all = reachableInSpec(spec, roots);
    const withoutResults = reachableInSpec(spec, roots, "ResultsSection");
    const main = Object.keys(studyShapes);
    const results = Object.keys(resultsShapes);
    expect([...main, ...results].sort()).toEqual([...all].sort());
    // The main file: everything reachable without passing through ResultsSection (shared schemas included).
    expect([...main].sort()).toEqual([...withoutResults].sort());
    // The results file: only schemas that are unreachable without ResultsSection.
    expect(results.filter((name) => withoutResults.has(name))).toEqual([]);
    expect(results.length).toBeGreaterThan(0);
  });

  test.skipIf(!existsSync(specPath))("is up to date with the spec", () => {
    // Throws (exit 1) if the committed file differs from what the generator writes now.
    execFileSync(process.execPath, [join(projectRoot, "scripts/gen-study-shape.mjs"), "--check"], {
      stdio: "pipe",
    });
  });
});

// ---------------------------------------------------------------------------------------------------
describe.skipIf(corpusMissing && !corpusRequired)("real records round-trip unchanged", () => {
  test("studies/ has the 566 complete records", () => {
    expect(existsSync(studiesDir), `corpus missing: ${studiesDir}`).toBe(true);
    expect(jsonFiles(studiesDir)).toHaveLength(566);
  });

  test("every complete record conforms to a deep-equal copy of itself", () => {
    const dropped = new Map<string, string[]>();
    const outputs = new Map<string, [input: unknown, output: Study]>();
    for (const name of jsonFiles(studiesDir)) {
      const input = readJson(join(studiesDir, name));
      const output = conformStudy(input);
      outputs.set(name, [input, output]);
      for (const path of droppedPaths(input, output)) dropped.set(path, [...(dropped.get(path) ?? []), name]);
    }
    // Anything dropped from real data must be a known, accepted gap of the spec (listed above).
    const unexpected = [...dropped]
      .filter(([path]) => !Object.hasOwn(KNOWN_NOT_IN_SPEC, path))
      .map(([path, files]) => `${path} (${files.length}: ${files.slice(0, 3).join(", ")})`);
    expect(unexpected).toEqual([]);
    // …and every listed gap must still occur, so the list can't go stale when the spec or corpus changes.
    expect([...dropped.keys()].sort()).toEqual(Object.keys(KNOWN_NOT_IN_SPEC).sort());
    for (const [name, [input, output]] of outputs) {
      const expected = structuredClone(input);
      for (const path of Object.keys(KNOWN_NOT_IN_SPEC)) omitPath(expected, path.split("."));
      expect(output, name).toStrictEqual(expected);
    }
  });

  test("partial records and saved search pages round-trip too", () => {
    const report: string[] = [];
    for (const name of jsonFiles(join(ctgovDir, "studies-partial"))) {
      const input = readJson(join(ctgovDir, "studies-partial", name));
      for (const path of droppedPaths(input, conformStudy(input))) report.push(`studies-partial/${name}: ${path}`);
    }
    for (const name of jsonFiles(join(ctgovDir, "search-responses"))) {
      const input = readJson(join(ctgovDir, "search-responses", name));
      for (const path of droppedPaths(input, conformPagedStudies(input))) report.push(`search-responses/${name}: ${path}`);
    }
    expect(report).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------
const JUNK = "☠JUNK☠";
const JUNK_NUMBER = 666_666.5;
/** Marks, in the expected output, a value the conformer must drop (an object key or an array item). */
const DROPPED = Symbol("dropped");
/** Words that must never reach the output: any of them there means junk leaked through or was coerced. */
const LEAK = /JUNK|HACKED|banana|object Object|undefined/;

type Key = string | number;
/** "a.b[2].c" → ["a", "b", 2, "c"]. */
const keysOf = (path: string): Key[] =>
  path
    .replace(/\[(\d+)\]/g, ".$1")
    .split(".")
    .map((key) => (/^\d+$/.test(key) ? Number(key) : key));

/** The value at a path, or undefined when the path leads nowhere. */
function valueAt(root: unknown, path: string): unknown {
  let value = root;
  for (const key of keysOf(path)) {
    if (typeof value !== "object" || value === null) return undefined;
    value = Object.hasOwn(value, key) ? (value as Record<Key, unknown>)[key] : undefined;
  }
  return value;
}

/** Where a value can be put at `path`: an existing object holding the key, or an existing array item. */
function canSet(root: unknown, path: string): boolean {
  const keys = keysOf(path);
  const last = keys.pop();
  const parent = keys.reduce<unknown>(
    (value, key) => (typeof value === "object" && value !== null ? (value as Record<Key, unknown>)[key] : undefined),
    root,
  );
  if (typeof last === "number") return Array.isArray(parent) && last < parent.length;
  return typeof parent === "object" && parent !== null && !Array.isArray(parent);
}

/** Puts `value` at `path` (see canSet), replacing what was there. */
function setAt(root: unknown, path: string, value: unknown): void {
  if (!canSet(root, path)) throw new Error(`nowhere to put a value at ${path}`);
  const keys = keysOf(path);
  const last = keys.pop() as Key;
  const parent = keys.reduce<unknown>((v, key) => (v as Record<Key, unknown>)[key], root) as Record<Key, unknown>;
  parent[last] = value;
}

/** A copy without the values marked DROPPED: those keys deleted, those array items removed (the rest in order). */
function withoutDropped(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => item !== DROPPED).map(withoutDropped);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, item]) => item !== DROPPED)
        .map(([key, item]) => [key, withoutDropped(item)]),
    );
  }
  return value;
}

/**
 * Hostile values put into a real record: [path (dotted, with array indices), junk put there, what the
 * conformer must leave at that path (DROPPED: nothing, the key or array item is gone)]. Every path
 * below must exist in the sample record up to its last step, so the junk sits among real data.
 */
const INJECTIONS: ReadonlyArray<readonly [path: string, junk: unknown, expected: unknown]> = [
  // Wrong primitive types, and objects or arrays where a string belongs.
  ["protocolSection.identificationModule.nctId", 12345678901, DROPPED],
  ["protocolSection.identificationModule.briefTitle", 42, DROPPED],
  ["protocolSection.identificationModule.officialTitle", { toString: JUNK }, DROPPED],
  ["protocolSection.identificationModule.acronym", [JUNK], DROPPED],
  ["protocolSection.identificationModule.nctIdAliases", JUNK, DROPPED],
  ["protocolSection.identificationModule.organization", [JUNK], DROPPED],
  // Enum values not in the spec; an array or boolean where an enum or string belongs.
  ["protocolSection.statusModule.overallStatus", "HACKED", DROPPED],
  ["protocolSection.statusModule.lastKnownStatus", ["RECRUITING"], DROPPED],
  ["protocolSection.statusModule.whyStopped", true, DROPPED],
  // Date structs with junk inside keep their valid fields; a partial date that must be a full date.
  ["protocolSection.statusModule.startDateStruct.date", "banana", DROPPED],
  ["protocolSection.statusModule.startDateStruct.type", "SOMETIME", DROPPED],
  ["protocolSection.statusModule.primaryCompletionDateStruct.date", 2020, DROPPED],
  ["protocolSection.statusModule.studyFirstSubmitDate", "2020-01", DROPPED], // `format: date` needs a full date
  ["protocolSection.statusModule.lastUpdateSubmitDate", "2020-01-15", "2020-01-15"],
  // Arrays: a non-array is dropped; junk items are dropped and the valid ones kept in order.
  ["protocolSection.conditionsModule.conditions", JUNK, DROPPED],
  ["protocolSection.conditionsModule.keywords", [1, null, "ok", {}, [JUNK], true], ["ok"]],
  ["protocolSection.designModule.studyType", 1, DROPPED],
  ["protocolSection.designModule.phases", ["PHASE2", "PHASE9", 3, null, { PHASE1: true }, "phase1", "PHASE1"], ["PHASE2", "PHASE1"]],
  // Numbers as strings, unknown enum values inside a struct.
  ["protocolSection.designModule.enrollmentInfo.count", "100", DROPPED],
  ["protocolSection.designModule.enrollmentInfo.type", "GUESSED", DROPPED],
  ["protocolSection.designModule.designInfo.maskingInfo.whoMasked", ["PARTICIPANT", JUNK, "INVESTIGATOR"], ["PARTICIPANT", "INVESTIGATOR"]],
  ["protocolSection.armsInterventionsModule.interventions[0].armGroupLabels", "A", DROPPED],
  ["protocolSection.armsInterventionsModule.interventions[1].type", JUNK, DROPPED],
  ["protocolSection.eligibilityModule.healthyVolunteers", "yes", DROPPED],
  ["protocolSection.eligibilityModule.sex", "ALL", "ALL"],
  ["protocolSection.eligibilityModule.minimumAge", 18, DROPPED],
  ["protocolSection.eligibilityModule.stdAges", ["ADULT", "TEEN"], ["ADULT"]],
  // A list of sites with null, junk, number and array items among the real ones, and junk inside sites.
  ["protocolSection.contactsLocationsModule.locations[0]", null, DROPPED],
  ["protocolSection.contactsLocationsModule.locations[1]", JUNK, DROPPED],
  ["protocolSection.contactsLocationsModule.locations[2]", JUNK_NUMBER, DROPPED],
  ["protocolSection.contactsLocationsModule.locations[3]", [], DROPPED],
  ["protocolSection.contactsLocationsModule.locations[4].facility", JUNK_NUMBER, DROPPED],
  // A geoPoint missing a required number (a string lat, a null lon) is dropped whole.
  ["protocolSection.contactsLocationsModule.locations[4].geoPoint", { lat: "48.8", lon: 2.3 }, DROPPED],
  ["protocolSection.contactsLocationsModule.locations[5].geoPoint", { lat: 45.76, lon: null }, DROPPED],
  ["protocolSection.contactsLocationsModule.locations[6].geoPoint.alt", JUNK, DROPPED],
  ["protocolSection.contactsLocationsModule.locations[6].status", "RECRUITING", "RECRUITING"],
  ["protocolSection.contactsLocationsModule.locations[6].contacts", { name: JUNK }, DROPPED],
  ["protocolSection.contactsLocationsModule.centralContacts", { name: JUNK }, DROPPED],
  ["derivedSection.conditionBrowseModule.meshes[0].term", null, DROPPED],
  ["derivedSection.conditionBrowseModule.meshes[1]", JUNK, DROPPED],
  // Deep in the results: a number where the spec says string.
  ["resultsSection.outcomeMeasuresModule.outcomeMeasures[0].classes[0].categories[0].measurements[1].value", 12.5, DROPPED],
  ["hasResults", "true", DROPPED],
  ["extraTopLevel", JUNK, DROPPED],
];

/** What the tests below use besides the injection paths. */
const SAMPLE_NEEDS = ["protocolSection.designModule.phases[0]", "protocolSection.conditionsModule.conditions[0]"];

let sampleRecord: unknown;
/**
 * The smallest real record that has every part the tests inject into (found by scanning the corpus,
 * so the tests hold for any corpus that has such a record), conforms unchanged, and contains none of
 * the LEAK words. Returns a fresh copy of the raw JSON each time.
 */
function validStudy(): Study {
  sampleRecord ??= (() => {
    const candidates = jsonFiles(studiesDir)
      .map((name) => readFileSync(join(studiesDir, name), "utf8"))
      .filter((text) => !LEAK.test(text))
      .sort((a, b) => a.length - b.length)
      .map((text): unknown => JSON.parse(text));
    const found = candidates.find(
      (record) =>
        INJECTIONS.every(([path]) => canSet(record, path)) &&
        SAMPLE_NEEDS.every((path) => valueAt(record, path) !== undefined) &&
        droppedPaths(record, conformStudy(record)).size === 0,
    );
    if (found === undefined) throw new Error(`no record in ${studiesDir} has every part the hostile-input tests need`);
    return found;
  })();
  return structuredClone(sampleRecord) as Study;
}

describe.skipIf(corpusMissing && !corpusRequired)("hostile input in a real record", () => {
  test("a valid study comes back equal but as a fresh copy", () => {
    const input = validStudy();
    const output = conformStudy(input);
    expect(output).toStrictEqual(input);
    expect(output).not.toBe(input);
    expect(output.protocolSection).not.toBe(input.protocolSection);
    expect(output.protocolSection?.conditionsModule?.conditions).toEqual(input.protocolSection?.conditionsModule?.conditions);
    expect(output.protocolSection?.conditionsModule?.conditions).not.toBe(input.protocolSection?.conditionsModule?.conditions);
  });

  test("wrong types at many levels are dropped, never coerced", () => {
    const record = validStudy();
    const input: unknown = structuredClone(record);
    const expected: unknown = structuredClone(conformStudy(record));
    for (const [path, junk, after] of INJECTIONS) {
      setAt(input, path, structuredClone(junk));
      setAt(expected, path, after);
    }

    const output: Study = conformStudy(input);

    expect(output).toStrictEqual(withoutDropped(expected));
    // Compile-time: the result is the generated type, usable without casts. The first four sites were junk.
    const city: string | undefined = output.protocolSection?.contactsLocationsModule?.locations?.[0]?.city;
    expect(city).toBe(record.protocolSection?.contactsLocationsModule?.locations?.[4]?.city);
    const all = leaves(output);
    expect(all).not.toContain(JUNK);
    expect(all).not.toContain(JUNK_NUMBER);
    expect(all).not.toContain(null);
    expect(all).not.toContain(undefined);
    expect(JSON.stringify(output)).not.toMatch(LEAK);
  });

  test("the input is not modified (works on frozen input)", () => {
    const deepFreeze = (value: unknown): unknown => {
      if (typeof value === "object" && value !== null) {
        Object.values(value).forEach(deepFreeze);
        Object.freeze(value);
      }
      return value;
    };
    const input = validStudy();
    const phases = [...(input.protocolSection?.designModule?.phases ?? [])];
    (valueAt(input, "protocolSection.designModule.phases") as unknown[]).push("BOGUS");
    const before = JSON.stringify(input);
    deepFreeze(input);
    const output = conformStudy(input);
    expect(JSON.stringify(input)).toBe(before);
    expect(phases.length).toBeGreaterThan(0);
    expect(output.protocolSection?.designModule?.phases).toEqual(phases);
  });

  test("a page keeps its valid studies and drops junk items and bad fields", () => {
    const page = conformPagedStudies({
      studies: [1, JUNK, null, [], {}, validStudy(), { protocolSection: JUNK }],
      nextPageToken: 5,
      totalCount: "3",
    });
    expect(page).toStrictEqual({ studies: [{}, validStudy(), {}] });
  });
});

describe("hostile input", () => {
  test("nulls everywhere are dropped", () => {
    const input = JSON.parse(
      '{"protocolSection":{"identificationModule":null,"statusModule":{"overallStatus":null,"startDateStruct":null},' +
        '"conditionsModule":{"conditions":[null,"Flu",null],"keywords":null}},"resultsSection":null,"hasResults":null}',
    ) as unknown;
    expect(conformStudy(input)).toStrictEqual({
      protocolSection: { statusModule: {}, conditionsModule: { conditions: ["Flu"] } },
    });
  });

  test("__proto__ and constructor keys neither pollute prototypes nor leak into the output", () => {
    const input = JSON.parse(
      '{"__proto__":{"polluted":"yes","hasResults":true},"constructor":{"prototype":{"polluted":"yes"}},' +
        '"protocolSection":{"__proto__":{"polluted":"yes"},"identificationModule":{"nctId":"NCT00000002",' +
        '"__proto__":{"briefTitle":"inherited"},"constructor":"x"},"conditionsModule":{"conditions":["__proto__"]}}}',
    ) as unknown;
    const output = conformStudy(input);
    expect(output).toStrictEqual({
      protocolSection: { identificationModule: { nctId: "NCT00000002" }, conditionsModule: { conditions: ["__proto__"] } },
    });
    expect(Object.getPrototypeOf(output)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(output.protocolSection)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    expect(Object.keys(output)).toEqual(["protocolSection"]);
    expect(output.protocolSection?.identificationModule?.briefTitle).toBeUndefined();
  });

  test("inherited properties of non-JSON objects are ignored", () => {
    const sneaky = Object.create({ briefTitle: "inherited" }) as Record<string, unknown>;
    sneaky["nctId"] = "NCT00000003";
    const output = conformStudy({ protocolSection: { identificationModule: sneaky } });
    expect(output).toStrictEqual({ protocolSection: { identificationModule: { nctId: "NCT00000003" } } });
  });

  test("huge arrays and deeply nested junk are handled without blowing the stack", () => {
    let deep: unknown = JUNK;
    for (let i = 0; i < 100_000; i++) deep = i % 2 ? [deep] : { briefTitle: deep };
    const junkItems = Array.from({ length: 200_000 }, (_, i) => (i % 3 === 0 ? { city: `C${i}` } : i % 3 === 1 ? null : [deep]));
    const output = conformStudy({
      protocolSection: {
        identificationModule: { briefTitle: deep, officialTitle: "Real" },
        conditionsModule: { conditions: Array.from({ length: 100_000 }, (_, i) => `c${i}`) },
        contactsLocationsModule: { locations: junkItems },
      },
      deep,
    });
    expect(output.protocolSection?.identificationModule).toStrictEqual({ officialTitle: "Real" });
    expect(output.protocolSection?.conditionsModule?.conditions).toHaveLength(100_000);
    expect(output.protocolSection?.contactsLocationsModule?.locations).toHaveLength(66_667);
  });

  test("dates must have the form the spec gives", () => {
    const dates = (date: unknown, submit: unknown, start: unknown) =>
      conformStudy({
        protocolSection: { statusModule: { startDateStruct: { date }, studyFirstSubmitDate: submit } },
        annotationSection: { annotationModule: { unpostedAnnotation: { unpostedEvents: [{ date: start }] } } },
      });
    expect(dates("2021", "2021-03-04", "2021-03-04")).toStrictEqual({
      protocolSection: { statusModule: { startDateStruct: { date: "2021" }, studyFirstSubmitDate: "2021-03-04" } },
      annotationSection: { annotationModule: { unpostedAnnotation: { unpostedEvents: [{ date: "2021-03-04" }] } } },
    });
    expect(dates("March 2021", "2021-3-4", "04/03/2021")).toStrictEqual({
      protocolSection: { statusModule: { startDateStruct: {} } },
      annotationSection: { annotationModule: { unpostedAnnotation: { unpostedEvents: [{}] } } },
    });
  });

  test("numbers: integers must be whole, numbers finite", () => {
    const enrollment = (count: unknown) => conformStudy({ protocolSection: { designModule: { enrollmentInfo: { count } } } });
    expect(enrollment(120)).toStrictEqual({ protocolSection: { designModule: { enrollmentInfo: { count: 120 } } } });
    for (const bad of [1.5, "120", Number.NaN, Number.POSITIVE_INFINITY, true, null]) {
      expect(enrollment(bad)).toStrictEqual({ protocolSection: { designModule: { enrollmentInfo: {} } } });
    }
    expect(conform("GeoPoint", { lat: Number.NaN, lon: 1 })).toBeUndefined();
    expect(conform("GeoPoint", { lat: -33.9, lon: 151.2 })).toStrictEqual({ lat: -33.9, lon: 151.2 });
  });
});

describe("top-level garbage throws a TypeError", () => {
  // test.for, not test.each: each passes array cases as separate arguments.
  test.for<unknown>([null, undefined, "study", 42, true, [], [{}]])("conformStudy(%j)", (value) => {
    expect(() => conformStudy(value)).toThrow(new TypeError("Registry response is not a study"));
  });

  test.for<unknown>([null, "x", [], {}, { studies: "x" }, { studies: { 0: {} } }, { studies: null }])("conformPagedStudies(%j)", (value) => {
    expect(() => conformPagedStudies(value)).toThrow(new TypeError("Registry response is not a page of studies"));
  });

  test.for<unknown>([null, "2.0.5", {}, { apiVersion: 2 }, [{ apiVersion: "2.0.5" }]])("conformVersion(%j)", (value) => {
    expect(() => conformVersion(value)).toThrow(new TypeError("Registry response is not a version"));
  });
});

describe("pages and versions", () => {
  test("a page keeps its fields when they are valid", () => {
    expect(conformPagedStudies({ studies: [], nextPageToken: "abc", totalCount: 0 })).toStrictEqual({
      studies: [],
      nextPageToken: "abc",
      totalCount: 0,
    });
  });

  test("version", () => {
    expect(conformVersion({ apiVersion: "2.0.5", dataTimestamp: "2024-10-01T09:00:00", extra: 1 })).toStrictEqual({
      apiVersion: "2.0.5",
      dataTimestamp: "2024-10-01T09:00:00",
    });
    expect(conformVersion({ apiVersion: "2.0.5", dataTimestamp: 7 })).toStrictEqual({ apiVersion: "2.0.5" });
  });
});
