// @vitest-environment node
import { describe, test, expect } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { components } from "./schema";
import { studyShapes } from "./study-shape.gen";
import { conform, conformPagedStudies, conformStudy, conformVersion } from "./conform";
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
  // Real API output (11 records, e.g. NCT00763412): {"bmiLimits":{"minBmi":0,"maxBmi":101}}, a derived
  // ML prediction the spec doesn't list. The app has no use for it.
  "derivedSection.miscInfoModule.modelPredictions": "not in spec; unused by the app",
  // Not API output: added by the fixture's source repo (mcode/clinical-trial-matching-service) to
  // NCT02513394; an exact copy of `locations`.
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
// Type-level agreement between the runtime shape and the openapi-typescript types of the same spec.
type Schemas = components["schemas"];
type Shapes = typeof studyShapes;
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

describe("study shape", () => {
  test("agrees with schema.d.ts (checked by tsc) and covers the roots", () => {
    expect(shapesAgreeWithSchemaTypes).toBe(true);
    expect(Object.keys(studyShapes)).toEqual(expect.arrayContaining(["Study", "PagedStudies", "Version"]));
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
/** A small valid study, built fresh for each test. */
function validStudy() {
  return {
    protocolSection: {
      identificationModule: { nctId: "NCT00000001", briefTitle: "A study", organization: { fullName: "Org", class: "OTHER" } },
      statusModule: { overallStatus: "RECRUITING", startDateStruct: { date: "2020-01", type: "ACTUAL" } },
      conditionsModule: { conditions: ["Asthma"], keywords: ["lung"] },
      designModule: { studyType: "INTERVENTIONAL", phases: ["PHASE2", "PHASE3"], enrollmentInfo: { count: 100, type: "ESTIMATED" } },
      contactsLocationsModule: {
        locations: [{ facility: "Clinic", city: "Paris", country: "France", geoPoint: { lat: 48.85, lon: 2.35 } }],
      },
    },
    hasResults: false,
  };
}

const JUNK = "☠JUNK☠";
const JUNK_NUMBER = 666_666.5;

describe("hostile input", () => {
  test("a valid study comes back equal but as a fresh copy", () => {
    const input = validStudy();
    const output = conformStudy(input);
    expect(output).toStrictEqual(input);
    expect(output).not.toBe(input);
    expect(output.protocolSection).not.toBe(input.protocolSection);
    expect(output.protocolSection?.conditionsModule?.conditions).not.toBe(input.protocolSection.conditionsModule.conditions);
  });

  test("wrong types at many levels are dropped, never coerced", () => {
    const input = JSON.parse(
      JSON.stringify({
        protocolSection: {
          identificationModule: {
            nctId: 12345678901,
            briefTitle: 42,
            officialTitle: { toString: JUNK },
            acronym: [JUNK],
            nctIdAliases: JUNK,
            organization: [JUNK],
          },
          statusModule: {
            overallStatus: "HACKED",
            lastKnownStatus: ["RECRUITING"],
            whyStopped: true,
            startDateStruct: { date: "banana", type: "SOMETIME" },
            primaryCompletionDateStruct: { date: 2020, type: "ACTUAL" },
            studyFirstSubmitDate: "2020-01", // `format: date` needs a full date
            lastUpdateSubmitDate: "2020-01-15",
          },
          conditionsModule: { conditions: JUNK, keywords: [1, null, "ok", {}, [JUNK], true] },
          designModule: {
            studyType: 1,
            phases: ["PHASE2", "PHASE9", 3, null, { PHASE1: true }, "phase1", "PHASE1"],
            enrollmentInfo: { count: "100", type: "GUESSED" },
            designInfo: { maskingInfo: { whoMasked: ["PARTICIPANT", JUNK, "INVESTIGATOR"] } },
          },
          armsInterventionsModule: { interventions: [{ name: "Drug", type: "DRUG", armGroupLabels: "A" }, { type: JUNK }] },
          eligibilityModule: { healthyVolunteers: "yes", sex: "ALL", minimumAge: 18, stdAges: ["ADULT", "TEEN"] },
          contactsLocationsModule: {
            locations: [
              null,
              JUNK,
              JUNK_NUMBER,
              [],
              { facility: JUNK_NUMBER, city: "Paris", geoPoint: { lat: "48.8", lon: 2.3 } },
              { city: "Lyon", geoPoint: { lat: 45.76, lon: null } },
              { city: "Nice", geoPoint: { lat: 43.7, lon: 7.26, alt: JUNK } },
              { city: "Bordeaux", status: "RECRUITING", contacts: { name: JUNK } },
            ],
            centralContacts: { name: JUNK },
          },
        },
        derivedSection: { conditionBrowseModule: { meshes: [{ id: "D001249", term: null }, JUNK] } },
        resultsSection: {
          outcomeMeasuresModule: {
            outcomeMeasures: [
              {
                title: "Score",
                classes: [{ categories: [{ measurements: [{ groupId: "OG000", value: "12.5" }, { groupId: "OG001", value: 12.5 }] }] }],
              },
            ],
          },
        },
        hasResults: "true",
        extraTopLevel: JUNK,
      }),
    ) as unknown;

    const output: Study = conformStudy(input);

    expect(output).toStrictEqual({
      protocolSection: {
        identificationModule: {},
        statusModule: { startDateStruct: {}, primaryCompletionDateStruct: { type: "ACTUAL" }, lastUpdateSubmitDate: "2020-01-15" },
        conditionsModule: { keywords: ["ok"] },
        designModule: { phases: ["PHASE2", "PHASE1"], enrollmentInfo: {}, designInfo: { maskingInfo: { whoMasked: ["PARTICIPANT", "INVESTIGATOR"] } } },
        armsInterventionsModule: { interventions: [{ name: "Drug", type: "DRUG" }, {}] },
        eligibilityModule: { sex: "ALL", stdAges: ["ADULT"] },
        contactsLocationsModule: {
          locations: [{ city: "Paris" }, { city: "Lyon" }, { city: "Nice", geoPoint: { lat: 43.7, lon: 7.26 } }, { city: "Bordeaux", status: "RECRUITING" }],
        },
      },
      derivedSection: { conditionBrowseModule: { meshes: [{ id: "D001249" }] } },
      resultsSection: {
        outcomeMeasuresModule: {
          outcomeMeasures: [
            { title: "Score", classes: [{ categories: [{ measurements: [{ groupId: "OG000", value: "12.5" }, { groupId: "OG001" }] }] }] },
          ],
        },
      },
    });
    // Compile-time: the result is the generated type, usable without casts.
    const city: string | undefined = output.protocolSection?.contactsLocationsModule?.locations?.[0]?.city;
    expect(city).toBe("Paris");
    const all = leaves(output);
    expect(all).not.toContain(JUNK);
    expect(all).not.toContain(JUNK_NUMBER);
    expect(all).not.toContain(null);
    expect(all).not.toContain(undefined);
    expect(JSON.stringify(output)).not.toMatch(/JUNK|HACKED|banana|object Object|undefined/);
  });

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

  test("the input is not modified (works on frozen input)", () => {
    const deepFreeze = (value: unknown): unknown => {
      if (typeof value === "object" && value !== null) {
        Object.values(value).forEach(deepFreeze);
        Object.freeze(value);
      }
      return value;
    };
    const input = validStudy();
    input.protocolSection.designModule.phases.push("BOGUS");
    const before = JSON.stringify(input);
    deepFreeze(input);
    const output = conformStudy(input);
    expect(JSON.stringify(input)).toBe(before);
    expect(output.protocolSection?.designModule?.phases).toEqual(["PHASE2", "PHASE3"]);
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
  test("a page keeps its valid studies and drops junk items and bad fields", () => {
    const page = conformPagedStudies({
      studies: [1, JUNK, null, [], {}, validStudy(), { protocolSection: JUNK }],
      nextPageToken: 5,
      totalCount: "3",
    });
    expect(page).toStrictEqual({ studies: [{}, validStudy(), {}] });
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
