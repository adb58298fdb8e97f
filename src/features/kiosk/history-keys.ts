// Back must not show the last visitor's pages. The kiosk remembers the history entries (react-router's
// `location.key`) opened since its last reset; going back or forward to any other entry shows nothing
// and is replaced by the start page. Kept in sessionStorage (a reload keeps them); a reset clears all
// storage and begins an empty set.
const STORAGE_KEY = "trial-finder:kiosk-history";
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
    if (!keys.includes(key)) write([...keys, key]);
  },
  /** A reset: nothing visited yet. */
  restart: () => write([]),
  forget(): void {
    try {
      sessionStorage.removeItem(STORAGE_KEY);
    } catch {
      // nothing to forget
    }
  },
};

/**
 * May this location be shown? New entries (PUSH, REPLACE) always; a POP (Back, Forward, reload) only to
 * an entry of this session. "default" is the key of entries the router did not create: the first page
 * of a tab and in-page `#section` links the browser follows itself; those count as this session's when
 * only the hash changed.
 */
export function mayShow(options: {
  navigationType: "POP" | "PUSH" | "REPLACE";
  key: string;
  path: string;
  previousPath: string | undefined;
  known: readonly string[] | undefined;
}): boolean {
  const { navigationType, key, path, previousPath, known } = options;
  if (navigationType !== "POP" || known === undefined) return true;
  if (known.includes(key)) return true;
  return key === "default" && previousPath === path;
}
