// Whether this tab is a kiosk. Kept in sessionStorage (per tab, survives a reload) and restored after
// every reset, which clears all other storage.
export const KIOSK_FLAG_KEY = "trial-finder:kiosk";
export const KIOSK_PATH = "/kiosk";
const PARAM = "kiosk";

export function readKioskFlag(): boolean {
  try {
    return sessionStorage.getItem(KIOSK_FLAG_KEY) === "1";
  } catch {
    return false;
  }
}

export function writeKioskFlag(on: boolean): void {
  try {
    if (on) sessionStorage.setItem(KIOSK_FLAG_KEY, "1");
    else sessionStorage.removeItem(KIOSK_FLAG_KEY);
  } catch {
    // Storage blocked: kiosk mode then lasts until the page is reloaded.
  }
}

/** Where history-keys.ts keeps the entries of a kiosk session (here so the shell can forget them cheaply). */
export const KIOSK_HISTORY_KEY = "trial-finder:kiosk-history";

/** Out of kiosk mode: the next kiosk session starts with no remembered entries. */
export function forgetKioskHistory(): void {
  try {
    sessionStorage.removeItem(KIOSK_HISTORY_KEY);
  } catch {
    // nothing to forget
  }
}

/** Whether the page at this address is in kiosk mode (as kiosk-shell.tsx decides it). */
export const isKioskVisit = ({ pathname, search }: { pathname: string; search: string }) =>
  kioskParam(search) ?? (pathname === KIOSK_PATH || readKioskFlag());

/** `?kiosk=1` → true, `?kiosk=0` → false, absent (or another value) → undefined. */
export function kioskParam(search: string): boolean | undefined {
  const value = new URLSearchParams(search).get(PARAM);
  return value === "1" ? true : value === "0" ? false : undefined;
}

/** The query string without `kiosk` ("" when nothing is left), other parameters untouched. */
export function withoutKioskParam(search: string): string {
  const params = new URLSearchParams(search);
  if (!params.has(PARAM)) return search;
  // Rebuild by hand: URLSearchParams.toString() would re-encode the others (commas, spaces).
  const kept = search
    .replace(/^\?/, "")
    .split("&")
    .filter((part) => part && decodeURIComponentSafe(part.split("=")[0] ?? "") !== PARAM);
  return kept.length > 0 ? `?${kept.join("&")}` : "";
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    return text;
  }
}
