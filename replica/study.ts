// Minimal, app-independent view of a ClinicalTrials.gov API v2 study record.
// The replica only ever reads records, so a plain parsed-JSON object plus a few
// path helpers is enough (src/ has its own generated types; we must not depend on them).

export type StudyRecord = Record<string, unknown>;

/**
 * NCT ids: the API's pattern is `^[Nn][Cc][Tt]0*[1-9]\d{0,7}$`, which would also accept `NCT123`;
 * the replica additionally requires the canonical 8 digits, so a truncated id is reported as
 * malformed (400) instead of "not found" (404). Case-insensitive, like the API.
 */
export const NCT_ID_RE = /^[Nn][Cc][Tt](?!0{8})\d{8}$/;

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Upper-case form of a well-formed id (`nct02513394` → `NCT02513394`), else undefined. */
export function canonicalNctId(raw: string): string | undefined {
  return NCT_ID_RE.test(raw) ? raw.toUpperCase() : undefined;
}

function flattenInto(out: unknown[], value: unknown): void {
  if (Array.isArray(value)) for (const item of value) flattenInto(out, item);
  else if (value !== undefined && value !== null) out.push(value);
}

/**
 * Every value found at `path` below `root`, descending into arrays at any level,
 * so a piece under a list (LocationCity under locations[]) yields one value per element
 * and a list leaf (conditions: text[]) yields one value per item.
 */
export function valuesAt(root: unknown, path: readonly string[]): unknown[] {
  let current: unknown[] = [root];
  for (const key of path) {
    const next: unknown[] = [];
    for (const value of current) if (isObject(value)) flattenInto(next, value[key]);
    current = next;
  }
  return current;
}

/** The value at an exact object path (no array descent), e.g. for single-valued fields. */
export function valueAt(root: unknown, path: readonly string[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (!isObject(current)) return undefined;
    current = current[key];
  }
  return current;
}

const ID_PATH = ["protocolSection", "identificationModule", "nctId"] as const;
const ALIAS_PATH = ["protocolSection", "identificationModule", "nctIdAliases"] as const;

export function nctIdOf(study: StudyRecord): string | undefined {
  const id = valueAt(study, ID_PATH);
  return typeof id === "string" ? id.toUpperCase() : undefined;
}

export function aliasesOf(study: StudyRecord): string[] {
  return valuesAt(study, ALIAS_PATH)
    .filter((v): v is string => typeof v === "string")
    .map((v) => v.toUpperCase());
}
