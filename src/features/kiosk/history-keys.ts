// Back must not show the last visitor's pages. The kiosk remembers the history entries (react-router's
// `location.key`) opened since its last reset; going back or forward to any other entry shows nothing
// and is replaced by the start page. Kept in sessionStorage (a reload keeps them); a reset clears all
// storage and begins an empty set.
import { KIOSK_HISTORY_KEY as STORAGE_KEY, forgetKioskHistory } from "./kiosk-flag";

/** Enough for any one visit; the oldest are forgotten first (Back past them then starts over). */
const MAX_KEYS = 500;

function read(): string[] | undefined {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    if (raw === null) return undefined;
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter((k): k is string => typeof k === "string") : [];
  } catch {
    return [];
  }
}

function write(keys: string[]): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(keys.slice(-MAX_KEYS)));
  } catch {
    // Storage blocked: every Back then starts over, which is safe.
  }
}

export const historyKeys = {
  /** undefined: no kiosk session yet (the first page of one is always allowed). */
  list: read,
  add(key: string): void {
    const keys = read() ?? [];
    if (key === UNKEYED) {
      if (keys.length === 0) write(keys); // still begins the session
      return;
    }
    if (!keys.includes(key)) write([...keys, key]);
  },
  /** A reset: nothing visited yet. */
  restart: () => write([]),
  forget: forgetKioskHistory,
};

/** The key react-router gives entries it did not create: a tab's first page, and #links the browser follows itself. */
export const UNKEYED = "default";

/**
 * May this location be shown? New entries (PUSH, REPLACE) always; a POP (Back, Forward, reload) only to
 * an entry of this session. Unkeyed entries can't be told apart, so they are never remembered: one is
 * shown only when it is an in-page #link on the page just shown (same path, a remembered entry).
 */
export function mayShow(options: {
  navigationType: "POP" | "PUSH" | "REPLACE";
  key: string;
  path: string;
  previous: { key: string; path: string } | undefined;
  known: readonly string[] | undefined;
}): boolean {
  const { navigationType, key, path, previous, known } = options;
  if (navigationType !== "POP" || known === undefined) return true;
  if (key !== UNKEYED) return known.includes(key);
  return previous !== undefined && previous.path === path && known.includes(previous.key);
}
