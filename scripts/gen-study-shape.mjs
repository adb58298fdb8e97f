#!/usr/bin/env node
// Generates a compact runtime description of the registry schemas reachable from Study, PagedStudies and
// Version in the ClinicalTrials.gov OpenAPI spec. src/api/conform.ts uses it to make untrusted JSON match
// the types that openapi-typescript generates from the same spec. Four files, all loaded on demand by
// conform.ts except the last:
//   src/api/study-shape.gen.ts          every schema reachable from the roots without passing through
//                                       ResultsSection (the study page's record, whole records);
//   src/api/study-shape-results.gen.ts  the schemas reachable only through ResultsSection, ResultsSection
//                                       included (only results requests need them);
//   src/api/study-shape-list.gen.ts     PagedStudies and Study pruned to the paths of LIST_PIECES (below):
//                                       what list views ask for, a fraction of the main file; and
//                                       LIST_PIECES itself (the fetch layer checks a request's fields
//                                       against it once the file is here).
// A schema reachable both ways is in the first file. The list file's pruned objects are named
// "List" + the spec name; schemas it uses whole keep their spec names and definitions (as in the first file).
//
//   node scripts/gen-study-shape.mjs [spec.yaml] [out.ts] [results-out.ts]           write the files
//   node scripts/gen-study-shape.mjs --check [spec.yaml] [out.ts] [results-out.ts]   exit 1 if one is stale
//
// Paths default to ../shared/ctgov/ctg-oas-v2.yaml, src/api/study-shape.gen.ts and, next to the latter,
// study-shape-results.gen.ts (out.ts with "-results" before ".gen.ts") and study-shape-list.gen.ts ("-list"),
// relative to the project root (not the working directory). Pieces are mapped to
// paths with the registry's data model, metadata/studies-metadata.aact-2024-10.json next to the spec.
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
import { basename, dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import yaml from "js-yaml";

const ROOTS = ["Study", "PagedStudies", "Version"];
// Where the second file starts: the main file refers to it by name but does not describe it.
const DEFERRED_ROOT = "ResultsSection";
// String schemas whose format is only given in prose; checked below against their description text,
// so that a change in the spec is noticed instead of silently validated with a stale rule.
const NAMED_FORMATS = {
  PartialDate: { format: "partial-date", description: "Date in `yyyy`, `yyyy-MM`, or `yyyy-MM-dd` format" },
  DateTimeMinutes: { format: "date-minutes", description: "Date and time in `yyyy-MM-dd'T'HH:mm` format" },
};
const PRIMITIVES = new Set(["string", "integer", "number", "boolean", "date", "partial-date", "date-minutes"]);
// The registry pieces (`fields=` names) that list views ask for; src/api/list-shape.test.ts checks that every
// field set the app sends with a list request is covered. A list request whose fields are all here is
// conformed with the list file; anything else with the main file. A piece brings its whole subtree; its
// ancestors get only the children on the way. Add a piece here (and run `npm run gen:api`) together with
// the card or list line that shows it.
const LIST_PIECES = [
  // Result cards (src/features/search/card-fields.ts) and the count request (NCTId, src/api/queries.ts).
  "NCTId", "BriefTitle", "Acronym", "OverallStatus", "Phase", "StudyType", "Condition", "LeadSponsorName",
  "MinimumAge", "MaximumAge", "Sex", "HealthyVolunteers", "LastUpdatePostDate", "LocationCity",
  "LocationState", "LocationCountry", "LocationStatus", "LocationGeoPoint", "HasResults",
  // Status freshness (src/lib/status-freshness.ts), on cards and lists.
  "StatusVerifiedDate", "LastKnownStatus", "CompletionDate", "CompletionDateType", "PrimaryCompletionDate",
  "PrimaryCompletionDateType",
  // The shortlist and its print view (src/features/shortlist/shortlist-fields.ts).
  "NCTIdAlias", "BriefSummary", "EligibilityCriteria", "CentralContactName", "CentralContactRole",
  "CentralContactPhone", "CentralContactPhoneExt", "CentralContactEMail", "LocationFacility", "LocationZip",
  "LocationContactName", "LocationContactRole", "LocationContactPhone", "LocationContactPhoneExt",
  "LocationContactEMail",
  // Place lookup (src/features/search/place-lookup.ts) asks only for Location* pieces listed above.
];
const LIST_PREFIX = "List";
const IDENT = /^[A-Za-z_$][\w$]*$/;

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const check = args[0] === "--check";
if (check) args.shift();
const specPath = resolve(root, args[0] ?? "../shared/ctgov/ctg-oas-v2.yaml");
const outPath = resolve(root, args[1] ?? "src/api/study-shape.gen.ts");
const resultsOutPath = resolve(root, args[2] ?? outPath.replace(/(\.gen)?\.ts$/, "-results$1.ts"));
const listOutPath = outPath.replace(/(\.gen)?\.ts$/, "-list$1.ts");
const metadataPath = resolve(dirname(specPath), "metadata/studies-metadata.aact-2024-10.json");
if (new Set([outPath, resultsOutPath, listOutPath]).size !== 3) fail(`output paths collide: ${outPath}, ${resultsOutPath}`);

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

/**
 * Depth-first from `roots`, in spec property order: deterministic and reads top-down. Names in `skip` are
 * neither described nor followed (they are referenced by name only).
 */
function collect(roots, skip) {
  const shapes = new Map();
  const pending = [...roots].reverse();
  while (pending.length > 0) {
    const name = pending.pop();
    if (shapes.has(name) || skip.has(name)) continue;
    if (!Object.hasOwn(schemas, name)) fail(`root schema ${name} missing`);
    const queue = [];
    shapes.set(name, describeNamed(name, queue));
    for (let i = queue.length - 1; i >= 0; i--) if (!shapes.has(queue[i]) && !skip.has(queue[i])) pending.push(queue[i]);
  }
  return shapes;
}

/** Schema names a shape refers to (descriptors without "!" and "[]" that are not primitives). */
function referencedNames(shape) {
  const descriptors = typeof shape === "string" ? [shape] : Array.isArray(shape) ? [] : Object.values(shape);
  return descriptors.map((d) => d.replace(/!$/, "").replace(/(\[\])+$/, "")).filter((d) => !PRIMITIVES.has(d));
}

// Main file: everything reachable without passing through DEFERRED_ROOT. Results file: what is left of
// everything reachable from DEFERRED_ROOT. Schemas reachable both ways stay in the main file.
const shapes = collect(ROOTS, new Set([DEFERRED_ROOT]));
const resultsShapes = collect([DEFERRED_ROOT], new Set(shapes.keys()));
// What the main file names without describing: must be the deferred root, and the root must be reached
// (a spec where nothing refers to ResultsSection any more would make the results file dead weight).
const deferred = [...new Set([...shapes.values()].flatMap(referencedNames).filter((n) => !shapes.has(n)))];
if (deferred.length !== 1 || deferred[0] !== DEFERRED_ROOT) {
  fail(`the main file should refer to exactly ${DEFERRED_ROOT} outside itself, not ${JSON.stringify(deferred)}`);
}

// List file: PagedStudies and Study pruned to the paths of LIST_PIECES. A selection is a trie over property
// names ({ all, children }); `all` keeps a property whole. Pruning works on the main file's shapes.
/** piece name -> property path (names from Study down), from the registry's data model. */
function piecePaths() {
  let tree;
  try {
    tree = JSON.parse(readFileSync(metadataPath, "utf8"));
  } catch (error) {
    fail(`cannot read ${metadataPath}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const paths = new Map();
  const visit = (nodes, path) => {
    for (const node of Array.isArray(nodes) ? nodes : []) {
      const here = [...path, node.name];
      if (typeof node.piece === "string") paths.set(node.piece, here);
      visit(node.children, here);
    }
  };
  visit(tree, []);
  return paths;
}

const selection = () => ({ all: false, children: new Map() });
const studySelection = selection();
{
  const paths = piecePaths();
  if (new Set(LIST_PIECES).size !== LIST_PIECES.length) fail("LIST_PIECES has duplicates");
  for (const piece of LIST_PIECES) {
    const path = paths.get(piece);
    if (!path) fail(`LIST_PIECES: ${piece} is not a piece in ${relative(root, metadataPath)}`);
    if (path[0] === "resultsSection") fail(`LIST_PIECES: ${piece} is in the results (list views never ask for results)`);
    let node = studySelection;
    for (const name of path) {
      if (node.all) break; // an ancestor is already whole
      if (!node.children.has(name)) node.children.set(name, selection());
      node = node.children.get(name);
    }
    node.all = true;
    node.children.clear();
  }
}
// The page: its own properties whole, `studies` pruned.
const pageSelection = selection();
for (const prop of Object.keys(shapes.get("PagedStudies"))) pageSelection.children.set(prop, { all: true, children: new Map() });
pageSelection.children.set("studies", studySelection);

/** Pruned object and alias schemas by their list names, and the names the list file uses whole. */
const pruned = new Map();
const whole = new Set();
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/** Marks a schema, and everything it refers to, as used whole. */
function useWhole(name) {
  if (name === DEFERRED_ROOT) fail(`the list shape would include ${DEFERRED_ROOT}`);
  if (whole.has(name)) return;
  whole.add(name);
  for (const ref of referencedNames(shapes.get(name))) useWhole(ref);
}

/** Descriptor (as "X[]!") of a property or alias pruned to `sel`. */
function prunedDescriptor(descriptor, sel, where) {
  const [, base, suffix] = /^(.*?)((?:\[\])*!?)$/.exec(descriptor);
  if (sel.all) {
    if (!PRIMITIVES.has(base)) useWhole(base);
    return descriptor;
  }
  if (PRIMITIVES.has(base)) fail(`${where}: a list piece goes inside a ${base}`);
  return prunedName(base, sel, where) + suffix;
}

/** Name of schema `name` pruned to `sel`: its spec name if nothing was pruned away, else List + name. */
function prunedName(name, sel, where) {
  const shape = shapes.get(name);
  if (shape === undefined) fail(`${where}: ${name} is not in the main file`);
  let out;
  if (typeof shape === "string") {
    out = prunedDescriptor(shape, sel, where);
  } else if (Array.isArray(shape)) {
    fail(`${where}: a list piece goes inside the enum ${name}`);
  } else {
    const unknown = [...sel.children.keys()].filter((prop) => !Object.hasOwn(shape, prop));
    if (unknown.length > 0) fail(`${where}: ${name} has no ${unknown.join(", ")} (metadata and spec disagree)`);
    out = {};
    for (const [prop, descriptor] of Object.entries(shape)) {
      const sub = sel.children.get(prop);
      if (sub) out[prop] = prunedDescriptor(descriptor, sub, `${where}.${prop}`);
      else if (descriptor.endsWith("!")) fail(`${where}.${prop} is required by the spec: add its piece to LIST_PIECES`);
    }
  }
  if (same(out, shape)) {
    useWhole(name);
    return name;
  }
  const listName = LIST_PREFIX + name;
  if (Object.hasOwn(schemas, listName)) fail(`${listName}: the list name of ${name} is a schema of the spec`);
  if (pruned.has(listName) && !same(pruned.get(listName), out)) {
    fail(`${where}: ${name} is pruned two different ways; give its prunings distinct names in the generator`);
  }
  pruned.set(listName, out);
  return listName;
}

const listRoot = prunedName("PagedStudies", pageSelection, "PagedStudies");
if (listRoot !== LIST_PREFIX + "PagedStudies" || !pruned.has(LIST_PREFIX + "Study")) fail("LIST_PIECES cover whole records: no list file needed");
for (const name of whole) if (pruned.has(name)) fail(`${name} is both pruned and whole`);
/** The list file's table, depth-first from its root in property order (as the main file). */
const listShapes = new Map();
{
  const shapeOf = (name) => (pruned.has(name) ? pruned.get(name) : shapes.get(name));
  const pending = [listRoot];
  while (pending.length > 0) {
    const name = pending.pop();
    if (listShapes.has(name)) continue;
    const shape = shapeOf(name);
    listShapes.set(name, shape);
    const refs = referencedNames(shape);
    for (let i = refs.length - 1; i >= 0; i--) if (!listShapes.has(refs[i])) pending.push(refs[i]);
  }
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
/** One table entry per schema, in collection order. */
function tableLines(shapes) {
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
  return lines;
}

const source = `// Generated by scripts/gen-study-shape.mjs from ctg-oas-v2.yaml — do not edit.
// Spec: ${spec.info?.title ?? "?"} ${spec.info?.version ?? "?"}; schemas reachable from ${ROOTS.join(", ")} without passing
// through ${DEFERRED_ROOT} (those only reachable through it: ${basename(resultsOutPath)}, loaded on demand).
// Regenerate: node scripts/gen-study-shape.mjs (see the script for the descriptor language).
// Loaded on demand (src/api/conform.ts, loadShapes("main")); list requests use ${basename(listOutPath)}.
//
// Descriptors: "string" | "integer" | "number" | "boolean" | "date" (yyyy-MM-dd)
//   | "partial-date" (yyyy, yyyy-MM or yyyy-MM-dd) | "date-minutes" (yyyy-MM-dd'T'HH:mm)
//   | SchemaName; suffix "[]" = array of it; suffix "!" = required property.
// Each schema is an object (property -> descriptor), an enum (allowed strings) or an alias (a descriptor).

export type ShapeDescriptor = string;
export type NamedShape = ShapeDescriptor | readonly string[] | { readonly [property: string]: ShapeDescriptor };

export const studyShapes = {
${tableLines(shapes).join("\n")}
} as const satisfies Record<string, NamedShape>;

export type ShapeName = keyof typeof studyShapes;

/**
 * Named above but described in ${basename(resultsOutPath)} (the schemas reachable only through them),
 * which src/api/conform.ts loads on demand.
 */
export const deferredShapeNames = [${deferred.map((n) => JSON.stringify(n)).join(", ")}] as const;
`;

const mainModule = `./${basename(outPath).replace(/\.ts$/, "")}`;
const resultsSource = `// Generated by scripts/gen-study-shape.mjs from ctg-oas-v2.yaml — do not edit.
// Spec: ${spec.info?.title ?? "?"} ${spec.info?.version ?? "?"}; schemas reachable from ${ROOTS.join(", ")} only through
// ${DEFERRED_ROOT} (the others: ${basename(outPath)}).
// Regenerate: node scripts/gen-study-shape.mjs (see the script for the descriptor language).
//
// Loaded on demand (src/api/conform.ts, loadResultsShapes): only results requests need these. Descriptors
// as in ${basename(outPath)}; names not described here are described there.

import type { NamedShape } from "${mainModule}";

export const resultsShapes = {
${tableLines(resultsShapes).join("\n")}
} as const satisfies Record<string, NamedShape>;

export type ResultsShapeName = keyof typeof resultsShapes;
`;

const listSource = `// Generated by scripts/gen-study-shape.mjs from ctg-oas-v2.yaml — do not edit.
// Spec: ${spec.info?.title ?? "?"} ${spec.info?.version ?? "?"}; PagedStudies and Study pruned to the paths of the pieces
// list views ask for (LIST_PIECES, below). A piece keeps its whole subtree,
// its ancestors only the children on the way.
// Regenerate: node scripts/gen-study-shape.mjs (see the script for the descriptor language).
//
// Loaded on demand (src/api/conform.ts, loadShapes("list")) for list requests. Descriptors as in
// ${basename(outPath)}. ${LIST_PREFIX}X is schema X with only some properties; every other name is the spec's
// schema, described exactly as in ${basename(outPath)}.

import type { NamedShape } from "${mainModule}";

export const listShapes = {
${tableLines(listShapes).join("\n")}
} as const satisfies Record<string, NamedShape>;

export type ListShapeName = keyof typeof listShapes;

/**
 * The registry pieces (\`fields=\` names) the list shapes above cover: a list request whose fields are
 * all here is conformed with that small shape; any other request with ${basename(outPath)}.
 */
export const LIST_PIECES: ReadonlySet<string> = new Set([
${packed(LIST_PIECES.map((piece) => `${JSON.stringify(piece)},`))
  .map((line) => line.slice(2))
  .join("\n")}
]);
`;

const outputs = [
  [outPath, source, shapes.size],
  [resultsOutPath, resultsSource, resultsShapes.size],
  [listOutPath, listSource, listShapes.size],
];
if (check) {
  const stale = [];
  for (const [path, text, count] of outputs) {
    let current = "";
    try {
      current = readFileSync(path, "utf8");
    } catch {
      // missing counts as stale
    }
    if (current !== text) stale.push(relative(root, path));
    else console.log(`${relative(root, path)} is up to date (${count} schemas)`);
  }
  if (stale.length > 0) fail(`${stale.join(", ")} out of date; run node scripts/gen-study-shape.mjs`);
} else {
  for (const [path, text, count] of outputs) {
    writeFileSync(path, text);
    console.log(`wrote ${relative(root, path)}: ${count} schemas, ${Buffer.byteLength(text)} bytes`);
  }
}
