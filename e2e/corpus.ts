import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";

// The e2e server serves the real records from the same folder (CTGOV_CORPUS or ../shared/ctgov/studies).
export const corpusDir = process.env.CTGOV_CORPUS ?? resolve(import.meta.dirname, "../../shared/ctgov/studies");

export function corpusSize(): number {
  return readdirSync(corpusDir).filter((name) => name.endsWith(".json")).length;
}

export function briefTitle(nctId: string): string {
  const record: unknown = JSON.parse(readFileSync(join(corpusDir, `${nctId}.json`), "utf8"));
  const title = (record as { protocolSection?: { identificationModule?: { briefTitle?: unknown } } }).protocolSection
    ?.identificationModule?.briefTitle;
  if (typeof title !== "string") throw new Error(`${nctId} has no brief title`);
  return title.replace(/\s+/g, " ").trim();
}

/** Every NCT id the replica can serve (the file names of the corpus). */
export function corpusIds(): Set<string> {
  return new Set(readdirSync(corpusDir).filter((name) => /^NCT\d{8}\.json$/.test(name)).map((name) => name.slice(0, -5)));
}

/** The ids of the records for which `keep` holds (read from the same files the replica serves). */
export function idsWhere(keep: (record: Record<string, unknown>) => boolean): Set<string> {
  const ids = new Set<string>();
  for (const id of corpusIds()) {
    if (keep(JSON.parse(readFileSync(join(corpusDir, `${id}.json`), "utf8")) as Record<string, unknown>)) ids.add(id);
  }
  return ids;
}
