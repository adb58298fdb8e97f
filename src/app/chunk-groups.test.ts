import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CHUNK_GROUPS, codeSplitting } from "../../scripts/lib/chunk-groups.mjs";

const root = path.resolve(__dirname, "../..");

describe("chunk groups (scripts/lib/chunk-groups.mjs)", () => {
  it.each(Object.entries(CHUNK_GROUPS).flatMap(([group, files]) => files.map((file) => [group, file])))("%s: %s exists", (_group, file) => {
    // A renamed module would silently leave its group (and the chunk sizes would grow unnoticed).
    expect(existsSync(path.join(root, file))).toBe(true);
  });

  it("puts a module in at most one group", () => {
    const files = Object.values(CHUNK_GROUPS).flat();
    expect(new Set(files).size).toBe(files.length);
  });

  it("captures exactly the listed modules, whatever query a plugin appends to the id", () => {
    const { groups } = codeSplitting(root);
    const record = groups.find((group) => group.name === "record-kit");
    expect(record?.test(path.join(root, "src/api/http.ts"))).toBe(true);
    expect(record?.test(`${path.join(root, "src/lib/dates.ts")}?used`)).toBe(true);
    expect(record?.test(path.join(root, "src/features/search/search-url.ts"))).toBe(false);
    expect(record?.test(path.join(root, "src/api/study-shape.gen.ts"))).toBe(false);
  });
});
