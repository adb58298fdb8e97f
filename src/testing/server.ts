import { setupServer } from "msw/node";
import { http, HttpResponse } from "msw";
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadCorpus, resolveCorpusDir } from "../../replica/corpus.ts";
import { replicaHandlers } from "../../replica/msw.ts";
import { CONDITION_WORDS_FILE, conditionWordsText } from "../../scripts/lib/condition-words.mjs";
import { API_BASE } from "../api/config";
import { conformStudy } from "../api/conform";
import type { Study } from "../api/types";

// The tests' registry: MSW answering every API request from the offline replica over the real records.
const replicaCorpus = loadCorpus(resolveCorpusDir());
// The app's own static files (public/geo/…), as the app's origin serves them, and the condition word
// list that builds make from the records (scripts/lib/condition-words.mjs).
const PUBLIC_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../public");
const publicFiles = http.get(/\/geo\/[\w.-]+$/, async ({ request }) => {
  const name = new URL(request.url).pathname.split("/").pop() ?? "";
  try {
    return HttpResponse.text(await readFile(resolve(PUBLIC_DIR, "geo", name), "utf8"));
  } catch {
    return new HttpResponse("Not found", { status: 404 });
  }
});
const conditionWordList = http.get(`*/${CONDITION_WORDS_FILE}`, () => {
  const text = conditionWordsText(replicaCorpus.dir);
  return text ? HttpResponse.text(text) : new HttpResponse("Not found", { status: 404 });
});
export const server = setupServer(...replicaHandlers(replicaCorpus, API_BASE), publicFiles, conditionWordList);

/** The real records, typed, for tests that compare what a page shows with what a record holds. */
export const corpus = {
  dir: replicaCorpus.dir,
  get studies(): Study[] {
    typedStudies ??= replicaCorpus.studies.map((record) => conformStudy(record));
    return typedStudies;
  },
  byId(nctId: string): Study | undefined {
    return this.studies.find((study) => study.protocolSection?.identificationModule?.nctId === nctId);
  },
};
let typedStudies: Study[] | undefined;

/** With CTGOV_CORPUS_REQUIRED=1 a missing corpus fails the run instead of skipping the corpus tests. */
export function requireCorpus(): void {
  if (process.env.CTGOV_CORPUS_REQUIRED === "1" && replicaCorpus.studies.length === 0) {
    throw new Error(`CTGOV_CORPUS_REQUIRED=1 but no study records were found in ${replicaCorpus.dir}`);
  }
}

/** Collects the URL of every request the app sends from now until the test ends. */
export function recordRequests(): string[] {
  const urls: string[] = [];
  const listener = ({ request }: { request: Request }) => void urls.push(request.url);
  server.events.on("request:start", listener);
  return urls;
}
