// Piece name → JSON path catalogue, built from a saved `/studies/metadata` response so that
// AREA[...], sort=, fields= and the search areas use the API's real names (incl. altPieceNames).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadEnumValues } from "./enums.ts";
import type { EnumValues } from "./enums.ts";
import { isObject } from "./study.ts";

/** How values of a field are compared (derived from sourceType / type / isEnum). */
export type FieldKind = "text" | "enum" | "date" | "number" | "boolean" | "time" | "struct" | "geo";

export type FieldInfo = {
  piece: string;
  /** JSON path from the study root, as the metadata nests it. */
  path: readonly string[];
  kind: FieldKind;
  /** Metadata `type` without `[]`, e.g. "Phase", "PartialDate", "Location". */
  type: string;
  /** True if the node itself or an ancestor is a list. */
  isList: boolean;
};

export type FieldCatalog = {
  /** Piece names and altPieceNames (case-sensitive, like the API). */
  byName: Map<string, FieldInfo>;
  /** The same paths joined with dots. */
  byPath: Map<string, FieldInfo>;
  enums: EnumValues;
};

const METADATA_FILE = "studies-metadata.aact-2024-10.json";
const OAS_FILE = "ctg-oas-v2.yaml";
// Path arithmetic on the file path, not URL objects: under jsdom (Vitest) the global URL is jsdom's.
const SHARED = join(dirname(fileURLToPath(import.meta.url)), "../../shared/ctgov");
export const DEFAULT_METADATA_PATH = join(SHARED, "metadata", METADATA_FILE);
export const DEFAULT_OAS_PATH = join(SHARED, OAS_FILE);

/** `$CTGOV_METADATA`, else `<corpus>/../metadata/<file>` if present, else the default shared copy. */
export function resolveMetadataPath(corpusDir: string): string {
  const fromEnv = process.env.CTGOV_METADATA;
  if (fromEnv) return fromEnv;
  const sibling = join(dirname(corpusDir), "metadata", METADATA_FILE);
  return existsSync(sibling) ? sibling : DEFAULT_METADATA_PATH;
}

/** The OpenAPI spec (for enum values), looked up next to the metadata directory. */
export function resolveOasPath(metadataPath: string): string {
  const sibling = join(dirname(dirname(metadataPath)), OAS_FILE);
  return existsSync(sibling) ? sibling : DEFAULT_OAS_PATH;
}

const cache = new Map<string, FieldCatalog>();

/** The JSON path of a piece the replica relies on; a clear error if the metadata lacks it. */
export function fieldPath(catalog: FieldCatalog, piece: string): readonly string[] {
  const field = catalog.byName.get(piece);
  if (!field) throw new Error(`Offline replica: the field metadata has no piece ${piece}`);
  return field.path;
}

export function catalogForCorpusDir(corpusDir: string): FieldCatalog {
  return loadFieldCatalog(resolveMetadataPath(corpusDir));
}

export function loadFieldCatalog(metadataPath: string): FieldCatalog {
  const cached = cache.get(metadataPath);
  if (cached) return cached;
  if (!existsSync(metadataPath)) {
    throw new Error(`Offline replica: field metadata not found at ${metadataPath} (set CTGOV_METADATA)`);
  }
  const tree: unknown = JSON.parse(readFileSync(metadataPath, "utf8"));
  if (!Array.isArray(tree)) throw new Error(`Offline replica: ${metadataPath} is not a metadata array`);
  const catalog: FieldCatalog = {
    byName: new Map(),
    byPath: new Map(),
    enums: loadEnumValues(resolveOasPath(metadataPath)),
  };
  for (const node of tree) addNode(catalog, node, [], false);
  cache.set(metadataPath, catalog);
  return catalog;
}

function addNode(catalog: FieldCatalog, node: unknown, parent: readonly string[], parentIsList: boolean): void {
  if (!isObject(node) || typeof node.name !== "string" || typeof node.piece !== "string") return;
  const rawType = typeof node.type === "string" ? node.type : "";
  const path = [...parent, node.name];
  const isList = parentIsList || rawType.endsWith("[]");
  const info: FieldInfo = {
    piece: node.piece,
    path,
    kind: kindOf(String(node.sourceType ?? ""), rawType, node.isEnum === true),
    type: rawType.replace(/\[\]$/, ""),
    isList,
  };
  catalog.byPath.set(path.join("."), info);
  const alt = Array.isArray(node.altPieceNames) ? node.altPieceNames : [];
  for (const name of [node.piece, ...alt]) if (typeof name === "string") catalog.byName.set(name, info);
  if (Array.isArray(node.children)) for (const child of node.children) addNode(catalog, child, path, isList);
}

function kindOf(sourceType: string, type: string, isEnum: boolean): FieldKind {
  if (isEnum) return "enum";
  if (type === "boolean") return "boolean";
  if (type === "GeoPoint") return "geo";
  if (sourceType === "STRUCT") return "struct";
  if (sourceType === "DATE") return "date";
  if (sourceType === "TIME") return "time";
  if (sourceType === "NUMERIC" || ["integer", "number", "long"].includes(type)) return "number";
  return "text";
}
