import { existsSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { resolveCorpusDir } from "../../../replica/corpus.ts";
import { resolveMetadataPath } from "../../../replica/metadata.ts";
import { LIST_FIELDS, PRINT_FIELDS } from "./shortlist-fields";

// piece name → sourceType, from the saved GET /studies/metadata response.
function metadataPieces(file: string): Map<string, string> {
  const pieces = new Map<string, string>();
  const visit = (nodes: unknown) => {
    if (!Array.isArray(nodes)) return;
    for (const node of nodes as Array<Record<string, unknown>>) {
      if (typeof node.piece === "string") pieces.set(node.piece, String(node.sourceType));
      visit(node.children);
    }
  };
  visit(JSON.parse(readFileSync(file, "utf8")));
  return pieces;
}

describe("shortlist fields", () => {
  const metadataPath = resolveMetadataPath(resolveCorpusDir());
  const required = process.env.CTGOV_CORPUS_REQUIRED === "1";

  test.skipIf(!existsSync(metadataPath) && !required)("every name is a piece of the registry's data model, not a whole module", () => {
    const pieces = metadataPieces(metadataPath);
    for (const field of [...LIST_FIELDS, ...PRINT_FIELDS]) {
      expect(pieces.has(field), `${field} is not a piece in ${metadataPath}`).toBe(true);
      expect(pieces.get(field), `${field} would bring a whole subtree`).not.toBe("STRUCT");
    }
  });

  test("no duplicates; the list view asks for no text bodies", () => {
    expect(new Set(LIST_FIELDS).size).toBe(LIST_FIELDS.length);
    expect(new Set(PRINT_FIELDS).size).toBe(PRINT_FIELDS.length);
    for (const field of LIST_FIELDS) expect(field).not.toMatch(/Summary|Description|Criteria|Contact|Facility/);
  });
});
