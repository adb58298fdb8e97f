// Enum value lists (Phase, Status, ...) from `components.schemas` of the saved OpenAPI spec.
// The spec is machine-generated YAML with a fixed layout, so a line scanner is enough and we
// avoid a YAML dependency:
//     Status:
//       type: "string"
//       enum:
//       - "ACTIVE_NOT_RECRUITING"
import { existsSync, readFileSync } from "node:fs";

export type EnumValues = Map<string, readonly string[]>;

// Used only if the spec file is missing: the one enum the replica validates outside AREA[].
const FALLBACK: EnumValues = new Map([
  [
    "Status",
    [
      "ACTIVE_NOT_RECRUITING", "COMPLETED", "ENROLLING_BY_INVITATION", "NOT_YET_RECRUITING",
      "RECRUITING", "SUSPENDED", "TERMINATED", "WITHDRAWN", "AVAILABLE", "NO_LONGER_AVAILABLE",
      "TEMPORARILY_NOT_AVAILABLE", "APPROVED_FOR_MARKETING", "WITHHELD", "UNKNOWN",
    ],
  ],
]);

const cache = new Map<string, EnumValues>();

export function loadEnumValues(oasPath: string): EnumValues {
  const cached = cache.get(oasPath);
  if (cached) return cached;
  const result: EnumValues = existsSync(oasPath) ? scan(readFileSync(oasPath, "utf8")) : new Map(FALLBACK);
  cache.set(oasPath, result);
  return result;
}

function scan(yaml: string): EnumValues {
  const result = new Map<string, string[]>();
  let inSchemas = false;
  let schema: string | undefined;
  let values: string[] | undefined;
  for (const line of yaml.split(/\r?\n/)) {
    if (/^ {2}schemas:\s*$/.test(line)) inSchemas = true;
    if (!inSchemas) continue;
    const name = /^ {4}([A-Za-z0-9_]+):\s*$/.exec(line);
    if (name) {
      schema = name[1];
      values = undefined;
    } else if (schema && /^ {6}enum:\s*$/.test(line)) {
      values = [];
      result.set(schema, values);
    } else if (values) {
      const item = /^ {6}- "?([^"]*)"?\s*$/.exec(line);
      if (item?.[1] !== undefined) values.push(item[1]);
      else values = undefined;
    }
  }
  return result.size > 0 ? result : new Map(FALLBACK);
}
