// Shared helpers for the replica's tests (not a test file itself). Expected values are computed
// from the raw records with plain code here, independently of the replica's own matching logic.
import { connect } from "node:net";
import { loadCorpus, resolveCorpusDir } from "./corpus.ts";
import { handleRequest } from "./handle.ts";
import type { ReplicaResponse } from "./handle.ts";
import type { StudyRecord } from "./study.ts";

export const corpusDir = resolveCorpusDir();
export const corpus = loadCorpus(corpusDir);
export const hasCorpus = corpus.studies.length > 0;

// In CI the corpus must be there: fail loudly instead of silently skipping every test.
if (!hasCorpus && process.env.CTGOV_CORPUS_REQUIRED === "1") {
  throw new Error(`CTGOV_CORPUS_REQUIRED=1 but no study records were found in ${corpusDir} (set CTGOV_CORPUS)`);
}

export type SearchPage = { studies: StudyRecord[]; nextPageToken?: string; totalCount?: number };

export function api(pathAndQuery: string, method = "GET"): ReplicaResponse {
  return handleRequest(corpus, new URL(pathAndQuery, "http://replica.test"), "/api/v2", method);
}

export function searchUrl(params: Record<string, string>): string {
  return `/api/v2/studies?${new URLSearchParams(params).toString()}`;
}

/** GET /studies with `params`; asserts a JSON 200 and returns the parsed page. */
export function search(params: Record<string, string>): SearchPage {
  const response = api(searchUrl(params));
  if (response.status !== 200) throw new Error(`expected 200, got ${response.status}: ${response.body}`);
  return JSON.parse(response.body) as SearchPage;
}

/** Every NCT id matching `params`, walking all pages with the biggest page size. */
export function allIds(params: Record<string, string>): string[] {
  return walk({ ...params, pageSize: "1000" }).flatMap((page) => page.studies.map(idOf));
}

/** Walks every page (following nextPageToken); fields=NCTId unless given. */
export function walk(params: Record<string, string>): SearchPage[] {
  const pages: SearchPage[] = [];
  let token: string | undefined;
  do {
    const page = search({ fields: "NCTId", ...params, ...(token ? { pageToken: token } : {}) });
    pages.push(page);
    token = page.nextPageToken;
  } while (token && pages.length < 2000);
  return pages;
}

// ---- independent accessors over raw records -------------------------------------------------

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Obj) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string => (typeof v === "string" ? v : "");

export const section = (s: StudyRecord, module: string): Obj => obj(obj(s.protocolSection)[module]);
export const idOf = (s: StudyRecord): string => str(section(s, "identificationModule").nctId);
export const statusOf = (s: StudyRecord): string => str(section(s, "statusModule").overallStatus);
export const phasesOf = (s: StudyRecord): string[] => arr(section(s, "designModule").phases).map(str);
export const conditionsOf = (s: StudyRecord): string[] => arr(section(s, "conditionsModule").conditions).map(str);
export const locationsOf = (s: StudyRecord): Obj[] => arr(section(s, "contactsLocationsModule").locations).map(obj);
export const eligibility = (s: StudyRecord): Obj => section(s, "eligibilityModule");
export const lastUpdateOf = (s: StudyRecord): string =>
  str(obj(section(s, "statusModule").lastUpdatePostDateStruct).date);
export const byId = (id: string): StudyRecord => {
  const study = corpus.byId.get(id);
  if (!study) throw new Error(`${id} is not in the corpus`);
  return study;
};

/** Ids of the raw records satisfying `predicate`, in NCT order. */
export function idsWhere(predicate: (s: StudyRecord) => boolean): string[] {
  return corpus.studies.filter(predicate).map(idOf).sort();
}

/** Whole-word, case-insensitive test (`\bword` + optional plural s), the replica's documented matching. */
export function hasWord(text: string, word: string): boolean {
  return new RegExp(`(^|[^\\p{L}\\p{N}])${word}s?([^\\p{L}\\p{N}]|$)`, "iu").test(text);
}

/** Ages in days as NormalizedTime means them (`18 Years`, `6 Months`). */
export function ageDays(value: unknown): number | undefined {
  const m = /^(\d+) (Year|Month|Week|Day|Hour|Minute)s?$/.exec(str(value));
  if (!m) return undefined;
  const perUnit = { Year: 365.25, Month: 365.25 / 12, Week: 7, Day: 1, Hour: 1 / 24, Minute: 1 / 1440 }[m[2] as "Year"];
  return Number(m[1]) * perUnit;
}

export const sorted = (ids: readonly string[]): string[] => [...ids].sort();

export type RawResponse = { status: number; headers: Map<string, string>; body: string };

/** HTTP/1.0 GET to a running server (`base` = http://host:port): one unchunked response, then the server closes. */
export function rawGet(base: string, path: string): Promise<RawResponse> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(`GET ${path} HTTP/1.0\r\nHost: ${hostname}:${port}\r\nAccept: */*\r\n\r\n`);
    });
    const chunks: Buffer[] = [];
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      const split = raw.indexOf("\r\n\r\n");
      const [statusLine = "", ...headerLines] = raw.slice(0, split).split("\r\n");
      const headers = new Map(
        headerLines.map((line) => [line.slice(0, line.indexOf(":")).toLowerCase(), line.slice(line.indexOf(":") + 1).trim()]),
      );
      resolve({ status: Number(statusLine.split(" ")[1]), headers, body: raw.slice(split + 4) });
    });
  });
}
