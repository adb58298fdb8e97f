// @vitest-environment node
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test, vi } from "vitest";
import { loadCorpus, resolveCorpusDir } from "./corpus.ts";
import { DEFAULT_METADATA_PATH, resolveMetadataPath } from "./metadata.ts";

const dir = resolveCorpusDir();
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".json")) : [];
if (files.length === 0 && process.env.CTGOV_CORPUS_REQUIRED === "1") {
  throw new Error(`CTGOV_CORPUS_REQUIRED=1 but no study records were found in ${dir}`);
}

describe("resolveCorpusDir", () => {
  test("defaults to ../shared/ctgov/studies next to the project root", () => {
    const previous = process.env.CTGOV_CORPUS;
    delete process.env.CTGOV_CORPUS;
    try {
      const projectRoot = fileURLToPath(new URL("..", import.meta.url));
      expect(resolveCorpusDir()).toBe(join(projectRoot, "..", "shared", "ctgov", "studies"));
    } finally {
      if (previous !== undefined) process.env.CTGOV_CORPUS = previous;
    }
  });

  test("honours CTGOV_CORPUS", () => {
    vi.stubEnv("CTGOV_CORPUS", "/somewhere/else");
    try {
      expect(resolveCorpusDir()).toBe("/somewhere/else");
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe("loadCorpus edge cases", () => {
  test("a missing directory gives an empty corpus", () => {
    const corpus = loadCorpus(join(tmpdir(), "no-such-ctgov-corpus"));
    expect(corpus.studies).toEqual([]);
    expect(corpus.byId.size).toBe(0);
  });

  test.skipIf(files.length === 0)("unparsable files are skipped with a warning", () => {
    const temp = mkdtempSync(join(tmpdir(), "replica-corpus-"));
    try {
      const good = files[0] ?? "";
      copyFileSync(join(dir, good), join(temp, good));
      writeFileSync(join(temp, "NCT00000001.json"), "{ not json");
      writeFileSync(join(temp, "README.txt"), "ignored");
      const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
      const corpus = loadCorpus(temp);
      expect(corpus.studies.map((s) => (s.protocolSection as { identificationModule: { nctId: string } }).identificationModule.nctId)).toEqual([
        good.replace(".json", ""),
      ]);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining("NCT00000001.json"));
      warn.mockRestore();
      expect(loadCorpus(temp)).toBe(corpus); // cached per directory
      // The metadata is found through the fallback when the corpus has no ../metadata sibling.
      expect(resolveMetadataPath(temp)).toBe(DEFAULT_METADATA_PATH);
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  });
});

describe.skipIf(files.length === 0)("loadCorpus on the real corpus", () => {
  // How fast it loads is for `npm run bench`-style measurement, not a test (timings vary with the machine).
  test("loads every record, indexed by id and alias", () => {
    const corpus = loadCorpus(dir);
    expect(corpus.studies).toHaveLength(files.length);
    expect(corpus.byId.size).toBe(files.length);
    for (const file of files.slice(0, 20)) expect(corpus.byId.has(file.replace(".json", ""))).toBe(true);
    expect(corpus.aliases.get("NCT02380456")).toBe("NCT02300909");
    const ids = [...corpus.byId.keys()];
    expect(ids).toEqual([...ids].sort());
    expect(loadCorpus(dir)).toBe(corpus);
  });

  test("the studies index lists the same records", () => {
    const index = join(dir, "..", "studies-index.csv");
    const lines = readFileSync(index, "utf8").trim().split("\n").slice(1);
    const ids = lines.map((line) => line.split(",")[0]);
    expect(new Set(ids)).toEqual(new Set(loadCorpus(dir).byId.keys()));
  });

  test("the field metadata is found next to the corpus", () => {
    expect(resolveMetadataPath(dir)).toBe(join(dir, "..", "metadata", "studies-metadata.aact-2024-10.json"));
  });
});
