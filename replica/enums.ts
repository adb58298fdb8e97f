// Enum value lists (Phase, Status, ...) from `components.schemas` of the saved OpenAPI spec.
// The spec is machine-generated YAML with a fixed layout, so a line scanner is enough and we
// avoid a YAML dependency:
//     Status:
//       type: "string"
//       enum:
//       - "ACTIVE_NOT_RECRUITING"
import { existsSync, readFileSync } from "node:fs";

export type EnumValues = Map<string, readonly string[]>;

const cache = new Map<string, EnumValues>();

export function loadEnumValues(oasPath: string): EnumValues {
  const cached = cache.get(oasPath);
  if (cached) return cached;
  if (!existsSync(oasPath)) throw new Error(`Offline replica: OpenAPI spec not found at ${oasPath} (it lists the enum values)`);
  const result = scan(readFileSync(oasPath, "utf8"));
  if (result.size === 0) throw new Error(`Offline replica: no enum values found in ${oasPath}`);
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
  return result;
}
