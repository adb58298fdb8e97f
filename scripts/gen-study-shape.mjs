#!/usr/bin/env node
// Generates src/api/study-shape.gen.ts: a compact runtime description of the registry schemas reachable
// from Study, PagedStudies and Version in the ClinicalTrials.gov OpenAPI spec. src/api/conform.ts uses it
// to make untrusted JSON match the types that openapi-typescript generates from the same spec.
//
//   node scripts/gen-study-shape.mjs [spec.yaml] [out.ts]      write the file
//   node scripts/gen-study-shape.mjs --check [spec.yaml] [out.ts]   exit 1 if the file is stale
//
// Paths default to ../shared/ctgov/ctg-oas-v2.yaml and src/api/study-shape.gen.ts, relative to the
// project root (not the working directory).
//
// Descriptor language (also documented in the generated file):
//   "string" | "integer" | "number" | "boolean"     JSON primitives ("integer" = whole number)
//   "date"           string in yyyy-MM-dd form            (OpenAPI `format: date`)
//   "partial-date"   string in yyyy, yyyy-MM or yyyy-MM-dd  (schema PartialDate, by its description)
//   "date-minutes"   string in yyyy-MM-dd'T'HH:mm          (schema DateTimeMinutes, by its description)
//   "Name"           a named schema (kept by name, never inlined, so recursion is harmless)
//   "X[]"            array of X;   "X!" (object properties only): the property is required
// A named schema is an object (property -> descriptor), an enum (array of allowed strings) or an alias
// (one descriptor string). Anything else in a reachable schema (anyOf, inline objects, nested arrays,
// free-form objects) makes the generator fail, so the conformer never meets a construct it can't check.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import yaml from "js-yaml";

const ROOTS = ["Study", "PagedStudies", "Version"];
// String schemas whose format is only given in prose; checked below against their description text,
// so that a change in the spec is noticed instead of silently validated with a stale rule.
const NAMED_FORMATS = {
  PartialDate: { format: "partial-date", description: "Date in `yyyy`, `yyyy-MM`, or `yyyy-MM-dd` format" },
  DateTimeMinutes: { format: "date-minutes", description: "Date and time in `yyyy-MM-dd'T'HH:mm` format" },
};
const PRIMITIVES = new Set(["string", "integer", "number", "boolean", "date", "partial-date", "date-minutes"]);
const IDENT = /^[A-Za-z_$][\w$]*$/;

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const check = args[0] === "--check";
if (check) args.shift();
const specPath = resolve(root, args[0] ?? "../shared/ctgov/ctg-oas-v2.yaml");
const outPath = resolve(root, args[1] ?? "src/api/study-shape.gen.ts");

let spec;
try {
  spec = yaml.load(readFileSync(specPath, "utf8"));
} catch (error) {
  fail(`cannot read ${specPath}: ${error instanceof Error ? error.message : String(error)}`);
}
const schemas = spec?.components?.schemas;
if (!schemas || typeof schemas !== "object") fail("no components.schemas in the spec");

function fail(message) {
  console.error(`gen-study-shape: ${message}`);
  process.exit(1);
}

/** Schema name of a local $ref, or a failure for anything else. */
function refName(ref, where) {
  const m = /^#\/components\/schemas\/([^/]+)$/.exec(ref);
  if (!m || !Object.hasOwn(schemas, m[1])) fail(`${where}: unresolvable $ref ${ref}`);
  if (PRIMITIVES.has(m[1])) fail(`${where}: schema name ${m[1]} collides with a primitive descriptor`);
  return m[1];
}

/** Descriptor string of a property or array item schema; queues referenced names. */
function describe(node, where, queue) {
  if (!node || typeof node !== "object") fail(`${where}: not a schema`);
  for (const key of ["anyOf", "oneOf", "allOf", "not", "nullable"]) {
    if (key in node) fail(`${where}: unsupported keyword ${key}`);
  }
  if (node.$ref) {
    const name = refName(node.$ref, where);
    queue.push(name);
    return name;
  }
  switch (node.type) {
    case "string":
      if (node.enum) fail(`${where}: inline enum (expected a named enum schema)`);
      if (node.format === "date") return "date";
      if (node.format !== undefined) fail(`${where}: unknown string format ${node.format}`);
      // `pattern` (ages, targetDuration) and min/maxLength (nct) are deliberately not enforced: they
      // describe display text, and hiding a real value over a cosmetic mismatch helps nobody.
      return "string";
    case "integer":
      return "integer";
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "array": {
      const item = describe(node.items, `${where}[]`, queue);
      if (item.endsWith("[]")) fail(`${where}: nested arrays are not supported`);
      return `${item}[]`;
    }
    default:
      fail(`${where}: unsupported schema ${JSON.stringify(node).slice(0, 120)} (inline objects must be named)`);
  }
}

/** Descriptor of a named schema: object, enum array or alias string. */
function describeNamed(name, queue) {
  const node = schemas[name];
  const known = NAMED_FORMATS[name];
  if (known) {
    if (node.type !== "string" || node.description?.trim() !== known.description) {
      fail(`${name}: description changed, review the ${known.format} rule: ${JSON.stringify(node.description)}`);
    }
    return known.format;
  }
  if (node.enum) {
    if (node.type !== "string" || !node.enum.every((v) => typeof v === "string")) fail(`${name}: non-string enum`);
    return [...node.enum];
  }
  if (node.type === "object") {
    if (!node.properties) fail(`${name}: free-form object`);
    const required = new Set(node.required ?? []);
    for (const r of required) if (!Object.hasOwn(node.properties, r)) fail(`${name}: required ${r} not a property`);
    const props = {};
    for (const [prop, sub] of Object.entries(node.properties)) {
      if (prop === "__proto__") fail(`${name}: property __proto__`);
      props[prop] = describe(sub, `${name}.${prop}`, queue) + (required.has(prop) ? "!" : "");
    }
    return props;
  }
  return describe(node, name, queue);
}

// Depth-first from the roots, in spec property order: deterministic and reads top-down.
const shapes = new Map();
const pending = [...ROOTS].reverse();
while (pending.length > 0) {
  const name = pending.pop();
  if (shapes.has(name)) continue;
  if (!Object.hasOwn(schemas, name)) fail(`root schema ${name} missing`);
  const queue = [];
  shapes.set(name, describeNamed(name, queue));
  for (let i = queue.length - 1; i >= 0; i--) if (!shapes.has(queue[i])) pending.push(queue[i]);
}

const key = (k) => (IDENT.test(k) ? k : JSON.stringify(k));
/** Items joined into indented lines of at most 110 characters. */
function packed(items) {
  const out = [];
  for (const item of items) {
    const last = out.length - 1;
    if (last >= 0 && out[last].length + 1 + item.length <= 110) out[last] += ` ${item}`;
    else out.push(`    ${item}`);
  }
  return out;
}
const lines = [];
for (const [name, shape] of shapes) {
  if (typeof shape === "string") {
    lines.push(`  ${key(name)}: ${JSON.stringify(shape)},`);
  } else if (Array.isArray(shape)) {
    const one = `  ${key(name)}: [${shape.map((v) => JSON.stringify(v)).join(", ")}],`;
    if (one.length <= 110) lines.push(one);
    else lines.push(`  ${key(name)}: [`, ...packed(shape.map((v) => `${JSON.stringify(v)},`)), "  ],");
  } else {
    const props = Object.entries(shape).map(([p, d]) => `${key(p)}: ${JSON.stringify(d)}`);
    const one = `  ${key(name)}: { ${props.join(", ")} },`;
    if (one.length <= 110) lines.push(one);
    else lines.push(`  ${key(name)}: {`, ...props.map((p) => `    ${p},`), "  },");
  }
}

const source = `// Generated by scripts/gen-study-shape.mjs from ctg-oas-v2.yaml — do not edit.
// Spec: ${spec.info?.title ?? "?"} ${spec.info?.version ?? "?"}; schemas reachable from ${ROOTS.join(", ")}.
// Regenerate: node scripts/gen-study-shape.mjs (see the script for the descriptor language).
//
// Descriptors: "string" | "integer" | "number" | "boolean" | "date" (yyyy-MM-dd)
//   | "partial-date" (yyyy, yyyy-MM or yyyy-MM-dd) | "date-minutes" (yyyy-MM-dd'T'HH:mm)
//   | SchemaName; suffix "[]" = array of it; suffix "!" = required property.
// Each schema is an object (property -> descriptor), an enum (allowed strings) or an alias (a descriptor).

export type ShapeDescriptor = string;
export type NamedShape = ShapeDescriptor | readonly string[] | { readonly [property: string]: ShapeDescriptor };

export const studyShapes = {
${lines.join("\n")}
} as const satisfies Record<string, NamedShape>;

export type ShapeName = keyof typeof studyShapes;
`;

const shown = relative(root, outPath);
if (check) {
  let current = "";
  try {
    current = readFileSync(outPath, "utf8");
  } catch {
    // missing counts as stale
  }
  if (current !== source) fail(`${shown} is out of date; run node scripts/gen-study-shape.mjs`);
  console.log(`${shown} is up to date (${shapes.size} schemas)`);
} else {
  writeFileSync(outPath, source);
  console.log(`wrote ${shown}: ${shapes.size} schemas, ${Buffer.byteLength(source)} bytes`);
}
