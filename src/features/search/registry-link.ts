// Links to the registry, in its own vocabulary, as they reach us: pasted into a search field, or opened
// at our host (links in papers and e-mails since 2000, the host swapped for ours). A study link becomes
// our study address (at its results when the link was to them); a search link becomes the same search
// here (registry-search.ts). Loaded only when an address or a pasted text needs it, so a first visit
// doesn't. Bad input never throws: what can't be kept is dropped with a note a person can read.
import { historyState, type HistoryState } from "../../lib/history-state";
import { checkNctId } from "../../lib/nct-id";
import { readRegistrySearch } from "./registry-search";
import { searchToPath } from "./search-url";
import type { Search } from "./search-types";

export type RegistryImport =
  | { kind: "search"; search: Search; notes: string[] }
  /** `id` as the link wrote it when it is not a valid NCT number (the study page then says so). */
  | { kind: "study"; id: string; section?: "results" };

/**
 * A pasted clinicaltrials.gov link (scheme and www optional): a study page (`/study/NCT…`, classic
 * `/ct2/show/NCT…`) or a search (`/search?…`, `/expert-search?…`, classic `/ct2/results?…`).
 * undefined when it is not a registry link we understand (or names no valid study: then it is text).
 */
export function fromRegistryUrl(input: string): RegistryImport | undefined {
  const url = readRegistryUrl(input);
  if (!url) return undefined;
  const path = url.pathname.replace(/\/+$/, "").toLowerCase();
  const link =
    path === "/search" || path === "/expert-search"
      ? { kind: "search" as const, ...readRegistrySearch(url.searchParams, "website") }
      : /^\/study\/[^/]+$/.test(path)
        ? websiteStudy(url)
        : fromRegistryPath(url.pathname, url.search);
  return link?.kind === "study" && !checkNctId(link.id).ok ? undefined : link;
}

/**
 * A classic-site address on this app's host (links in papers and e-mails since 2000, the host swapped for
 * ours): a study (`/ct2/show/NCT…`, `/ct2/show/record/NCT…`, `/ct2/show/study/NCT…`, `/show/NCT…`;
 * `/ct2/show/results/NCT…` opens its results) or a search (`/ct2/results?…`). A study link's own query
 * (`?term=…&rank=1`: how the classic search got there) is not part of the study. undefined for any other
 * address (a classic help page, say).
 */
export function fromRegistryPath(pathname: string, search: string): RegistryImport | undefined {
  const path = pathname.replace(/\/+$/, "");
  const study = /^\/(?:ct2\/show(?:\/(record|study|results))?|show)\/([^/]+)$/i.exec(path);
  if (study?.[2]) {
    const id = checkNctId(safeDecode(study[2]));
    return { kind: "study", id: id.ok ? id.id : id.input, ...(study[1]?.toLowerCase() === "results" ? { section: "results" as const } : {}) };
  }
  const lower = path.toLowerCase();
  if (lower === "/ct2/results" || lower === "/ct2/results/refine") {
    return { kind: "search", ...readRegistrySearch(new URLSearchParams(search), "classic") };
  }
  return undefined;
}

/** The website's study page: `?tab=results` is its results. */
function websiteStudy(url: URL): RegistryImport {
  const id = checkNctId(safeDecode(url.pathname.replace(/\/+$/, "").split("/").pop() ?? ""));
  const tab = [...url.searchParams].find(([name]) => name.toLowerCase() === "tab")?.[1].trim().toLowerCase();
  return { kind: "study", id: id.ok ? id.id : id.input, ...(tab === "results" ? { section: "results" as const } : {}) };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Where a registry link goes here: our address for it, and the notes about it to carry in history state. */
export function importTarget(link: RegistryImport): { path: string; state?: HistoryState } {
  if (link.kind === "study") return { path: `/study/${encodeURIComponent(link.id)}${link.section ? `#${link.section}` : ""}` };
  return { path: searchToPath(link.search), state: historyState({ searchNotes: link.notes }) };
}

function readRegistryUrl(input: string): URL | undefined {
  const text = input.trim();
  const withScheme = /^https?:\/\//i.test(text) ? text : `https://${text.replace(/^\/\//, "")}`;
  try {
    const url = new URL(withScheme);
    const host = url.hostname.toLowerCase();
    return host === "clinicaltrials.gov" || host.endsWith(".clinicaltrials.gov") ? url : undefined;
  } catch {
    return undefined;
  }
}

