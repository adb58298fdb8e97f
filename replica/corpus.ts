// Loads the saved ClinicalTrials.gov records (one API v2 study JSON per file) that the
// offline replica serves. Node-only: used by vite.config.ts and tests, never bundled.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { aliasesOf, isObject, nctIdOf } from "./study.ts";
import type { StudyRecord } from "./study.ts";

export type { StudyRecord } from "./study.ts";

export type Corpus = {
  /** Absolute directory the records were read from. */
  dir: string;
  /** Records sorted by NCT id (the replica's stable default order). */
  studies: StudyRecord[];
  /** Current NCT id (upper case) → record. */
  byId: Map<string, StudyRecord>;
  /** Alias NCT id (from nctIdAliases) → current NCT id. */
  aliases: Map<string, string>;
};

/** `$CTGOV_CORPUS`, else `../shared/ctgov/studies` next to the project root. */
export function resolveCorpusDir(): string {
  const fromEnv = process.env.CTGOV_CORPUS;
  if (fromEnv) return resolve(fromEnv);
  // This file is <root>/replica/corpus.ts, so ../../ is the parent of the project root.
  // Path arithmetic on the file path, not URL objects: under jsdom (Vitest) the global URL is jsdom's.
  return resolve(dirname(fileURLToPath(import.meta.url)), "../../shared/ctgov/studies");
}

// Parsing 13 MB of JSON is the slow part; every caller (config, each test file) shares it.
const cache = new Map<string, Corpus>();

export function loadCorpus(dir: string): Corpus {
  const absDir = resolve(dir);
  const cached = cache.get(absDir);
  if (cached) return cached;

  const studies: StudyRecord[] = [];
  const files = existsSync(absDir) ? readdirSync(absDir).filter((f) => f.endsWith(".json")) : [];
  for (const file of files) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(join(absDir, file), "utf8"));
      if (isObject(parsed) && nctIdOf(parsed)) studies.push(parsed);
      else console.warn(`[replica] ${file}: not a study record (no protocolSection.identificationModule.nctId), skipped`);
    } catch (error) {
      console.warn(`[replica] ${file}: unreadable JSON, skipped (${String(error)})`);
    }
  }

  const idOf = (s: StudyRecord): string => nctIdOf(s) ?? "";
  studies.sort((a, b) => (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0));
  const byId = new Map<string, StudyRecord>();
  const aliases = new Map<string, string>();
  const unique: StudyRecord[] = [];
  for (const study of studies) {
    const id = idOf(study);
    if (byId.has(id)) {
      console.warn(`[replica] ${id} appears in more than one file, keeping the first`);
      continue;
    }
    byId.set(id, study);
    unique.push(study);
    for (const alias of aliasesOf(study)) aliases.set(alias, id);
  }

  const corpus: Corpus = { dir: absDir, studies: unique, byId, aliases };
  cache.set(absDir, corpus);
  return corpus;
}
