// The active language. English is always there (each message's English is in the code that shows it,
// see scripts/lib/lingui-macro.mjs); another language's catalogues load when it is chosen, before the app
// shows it. Lingui's global `i18n` is the one instance: the `t` macro and <Trans> both read it.
import { i18n, type Messages } from "@lingui/core";
import { DEFAULT_LANG, INTL_LOCALES, isLang, type Lang } from "./languages";

// Each language's catalogues but English's (src/locales/<lang>.ts), loaded only when chosen.
const CATALOGUES = import.meta.glob<{ messages: Messages }>("../locales/*.ts");
const STORE_KEY = "trial-finder:lang";
const loaded = new Set<Lang>([DEFAULT_LANG]);

i18n.load(DEFAULT_LANG, {}); // English is each message's own text
i18n.activate(DEFAULT_LANG, [INTL_LOCALES[DEFAULT_LANG]]);

export const currentLang = (): Lang => (isLang(i18n.locale) ? i18n.locale : DEFAULT_LANG);

/** The locale for Intl formats (dates, numbers, lists, sorting) in the active language. */
export const intlLocale = (): string => INTL_LOCALES[currentLang()];

/** Fetches a language's catalogue (once); rejects when it cannot be fetched. */
export async function loadLang(lang: Lang): Promise<void> {
  if (loaded.has(lang) || lang === DEFAULT_LANG) return;
  const load = CATALOGUES[`../locales/${lang}.ts`];
  if (!load) throw new Error(`No catalogue for ${lang}`);
  i18n.load(lang, (await load()).messages);
  loaded.add(lang);
}

/** Makes a loaded language the active one: the text, `<html lang>` and every Intl format follow. */
export function activateLang(lang: Lang): void {
  if (!loaded.has(lang)) throw new Error(`The ${lang} catalogue is not loaded`);
  if (typeof document !== "undefined") document.documentElement.lang = lang; // (unit tests run in Node too)
  if (i18n.locale !== lang) i18n.activate(lang, [INTL_LOCALES[lang]]);
}

/**
 * Shows a language without remembering it (a kiosk's return to its own language): at once when its
 * catalogue is here, as it is after a visit in it, so the address that follows is already in it.
 */
export async function showLang(lang: Lang): Promise<void> {
  if (!loaded.has(lang)) await loadLang(lang);
  activateLang(lang);
}

/** The visitor's choice: loaded, shown and remembered for the next visit. */
export async function chooseLang(lang: Lang): Promise<void> {
  await showLang(lang);
  try {
    localStorage.setItem(STORE_KEY, lang);
  } catch {
    // Storage blocked: the choice lasts for this page.
  }
}

/** The language this browser chose before, if any. */
export function storedLang(): Lang | undefined {
  try {
    const stored = localStorage.getItem(STORE_KEY);
    return isLang(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

/** Called when the active language changes (and harmlessly on other catalogue changes). */
export const onLangChange = (listener: () => void) => i18n.on("change", listener);
