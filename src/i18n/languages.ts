// The languages the app speaks, and the language in an address (`?lang=es`). English is the default and
// is never written into an address: a link without `lang` is English unless its reader chose otherwise.
export const LANGUAGES = { en: "English", es: "Español" } as const;
export type Lang = keyof typeof LANGUAGES;
/** The locale each language formats dates and numbers in: the United States' ("1,234", "5 de diciembre de 2026"). */
export const INTL_LOCALES: Record<Lang, string> = { en: "en-US", es: "es-US" };
export const DEFAULT_LANG: Lang = "en";
const PARAM = "lang";


export const isLang = (value: unknown): value is Lang => typeof value === "string" && Object.hasOwn(LANGUAGES, value);

/** The language a `?lang=` names ("es", "ES", "es-MX"); undefined when absent or one we don't have. */
export function langOf(search: string): Lang | undefined {
  return langFromTag(new URLSearchParams(search).get(PARAM));
}

/** The language of a BCP 47 tag we have, by its primary subtag. */
export function langFromTag(tag: string | null | undefined): Lang | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return isLang(primary) ? primary : undefined;
}

/** A kiosk's language after every reset (VITE_KIOSK_LANG: "es", "es-US"…), English when unset or unknown. */
export const KIOSK_LANG: Lang = langFromTag(import.meta.env.VITE_KIOSK_LANG) ?? DEFAULT_LANG;

/** The first of the browser's languages that we have. */
export const browserLang = (tags: readonly string[]): Lang | undefined => tags.map(langFromTag).find(isLang);

/**
 * An in-app address ("/search?cond=x#y") with its `lang` for the given language: set for any language but
 * English, removed for English unless `explicit` (the language switch's English link says so, to win over
 * a stored choice). The rest of the address is kept exactly as written (commas, spaces).
 */
export function withLang(path: string, lang: Lang, explicit = false): string {
  const hashAt = path.indexOf("#");
  const hash = hashAt === -1 ? "" : path.slice(hashAt);
  const beforeHash = hashAt === -1 ? path : path.slice(0, hashAt);
  const queryAt = beforeHash.indexOf("?");
  const pathname = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
  const parts = (queryAt === -1 ? "" : beforeHash.slice(queryAt + 1)).split("&").filter((part) => part !== "" && part.split("=")[0]!.toLowerCase() !== PARAM);
  if (lang !== DEFAULT_LANG || explicit) parts.push(`${PARAM}=${lang}`);
  return `${pathname}${parts.length > 0 ? `?${parts.join("&")}` : ""}${hash}`;
}

/**
 * The language of a first render: the address's `?lang=`, then this browser's earlier choice, then a
 * kiosk's own language, then the browser's languages, then English.
 */
export const initialLang = ({ search, stored, kiosk, browser }: { search: string; stored?: Lang; kiosk: boolean; browser: readonly string[] }): Lang =>
  langOf(search) ?? stored ?? (kiosk ? KIOSK_LANG : browserLang(browser)) ?? DEFAULT_LANG;
