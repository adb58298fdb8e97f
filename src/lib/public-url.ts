// Addresses handed to someone else's device (QR codes, copied and printed links). VITE_PUBLIC_ORIGIN,
// when set, is the address phones reach the app at: a kiosk may itself run on localhost or an internal
// address that no phone can open. The address keeps the language it was read in.
import { currentLang } from "../i18n/i18n";
import { withLang } from "../i18n/languages";

/** The origin of an http(s) address, or undefined for anything else. */
export function parsePublicOrigin(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  if (!trimmed) return undefined;
  try {
    const url = new URL(trimmed);
    return url.protocol === "https:" || url.protocol === "http:" ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

const PUBLIC_ORIGIN = parsePublicOrigin(import.meta.env.VITE_PUBLIC_ORIGIN);

/** An in-app path ("/list?ids=…") as the absolute URL another device opens. */
export function publicUrl(path: string, origin = PUBLIC_ORIGIN ?? window.location.origin): string {
  return `${origin}${withLang(path, currentLang())}`;
}
