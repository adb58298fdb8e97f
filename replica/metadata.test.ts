// @vitest-environment node
import { existsSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { loadCorpus, resolveCorpusDir } from "./corpus.ts";
import { DEFAULT_METADATA_PATH, fieldPath, loadFieldCatalog } from "./metadata.ts";
import { valueAt, valuesAt } from "./study.ts";

describe.skipIf(!existsSync(DEFAULT_METADATA_PATH) && process.env.CTGOV_CORPUS_REQUIRED !== "1")("fieldPath", () => {
  const catalog = loadFieldCatalog(DEFAULT_METADATA_PATH);

  test("the paths it gives lead to the values in the real records (the fields aggFilters and filter.overallStatus read)", () => {
    const corpus = loadCorpus(resolveCorpusDir());
    const status = fieldPath(catalog, "OverallStatus");
    const allowed = catalog.enums.get("Status") ?? [];
    expect(corpus.studies.length).toBeGreaterThan(0);
    for (const study of corpus.studies) expect(allowed).toContain(valueAt(study, status));
    for (const piece of ["Phase", "StudyType", "Sex", "StdAge", "LeadSponsorClass", "HealthyVolunteers"]) {
      const found = corpus.studies.filter((study) => valuesAt(study, fieldPath(catalog, piece)).length > 0);
      expect(found.length, piece).toBeGreaterThan(corpus.studies.length / 2);
    }
  });

  test("a piece the metadata lacks is a clear error, not a filter that silently matches nothing", () => {
    expect(() => fieldPath(catalog, "NoSuchPiece")).toThrow(/no piece NoSuchPiece/);
  });
});
