// Lingui's settings (decision record 005): English is the source, Spanish the first translation. One
// catalogue per area of the code (PO files, for translators: the English as msgid, references without
// line numbers), so areas are translated and reviewed on their own. The browser never reads the English
// catalogues: each module carries its own English (scripts/lib/lingui-macro.mjs). Another language loads
// all its catalogues when chosen (src/i18n/i18n.ts).
import { defineConfig } from "@lingui/conf";
import { formatter } from "@lingui/format-po";

/** Catalogue name → the folders whose messages it holds (a file belongs to the first that matches). */
export const AREAS = {
  glossary: ["src/components/glossary"],
  common: ["src/app", "src/api", "src/components", "src/lib", "src/i18n"],
  search: ["src/features/search", "src/features/home"],
  study: ["src/features/study"],
  shortlist: ["src/features/shortlist"],
  kiosk: ["src/features/kiosk"],
} as const;

export default defineConfig({
  sourceLocale: "en",
  locales: ["en", "es"],
  catalogs: Object.entries(AREAS).map(([name, folders], index) => ({
    path: `<rootDir>/src/locales/{locale}/${name}`,
    include: folders.map((folder) => `<rootDir>/${folder}`),
    // Earlier areas' folders are not this one's (the glossary is inside src/components).
    exclude: ["**/*.test.*", ...Object.values(AREAS).slice(0, index).flat().map((folder) => `<rootDir>/${folder}/**`)],
  })),
  format: formatter({ lineNumbers: false }),
  orderBy: "message",
});
