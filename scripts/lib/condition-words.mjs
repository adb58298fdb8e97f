// The condition names that "Did you mean …?" corrects spelling against (src/features/search/spelling.ts),
// served at /words/conditions.txt. The registry has no spelling service, so the app brings its own
// vocabulary, fetched from its own origin only when a search finds nothing.
//
// Made from the study records at build time (and by the dev server and the tests' mock registry), never
// committed: it is registry data. Source: each record's conditions and the MeSH terms the registry derived
// from them (derivedSection.conditionBrowseModule meshes and ancestors); the app adds its lay-term table.
// The same records always give the same bytes.
//
// Format (text): a `#conditions v1` header line, then one name per line, lower case with spaces
// collapsed, as `N name` where N is how many records name it; most named first, then alphabetical.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const HEADER =
  "#conditions v1: N name per line, N = records naming it. Conditions and their MeSH terms from " +
  "ClinicalTrials.gov study records. Made by scripts/lib/condition-words.mjs";

/** Lower case, one space between words, no space at the ends; undefined for anything but text. */
function normalize(name) {
  if (typeof name !== "string") return undefined;
  const text = name.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
  return /\p{L}/u.test(text) ? text : undefined;
}

/** Every condition name a record gives, once per record. */
function namesOf(record) {
  const conditions = record?.protocolSection?.conditionsModule?.conditions ?? [];
  const browse = record?.derivedSection?.conditionBrowseModule ?? {};
  const mesh = [...(browse.meshes ?? []), ...(browse.ancestors ?? [])].map((term) => term?.term);
  return new Set([...conditions, ...mesh].map(normalize).filter(Boolean));
}

/** The list's text, or undefined when `corpusDir` holds no records (the app then offers no spelling). */
export function conditionWordsText(corpusDir) {
  const files = existsSync(corpusDir) ? readdirSync(corpusDir).filter((name) => /^NCT\d{8}\.json$/.test(name)) : [];
  if (files.length === 0) return undefined;
  const counts = new Map();
  for (const file of files.sort()) {
    const record = JSON.parse(readFileSync(join(corpusDir, file), "utf8"));
    for (const name of namesOf(record)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const rows = [...counts].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0));
  return `${HEADER}\n${rows.map(([name, count]) => `${count} ${name}`).join("\n")}\n`;
}

export const CONDITION_WORDS_FILE = "words/conditions.txt";

/** Vite plugin: the list in every build (an asset) and on the dev server, from the records in `corpusDir`. */
export function conditionWords(corpusDir) {
  let text;
  const made = () => (text ??= conditionWordsText(corpusDir) ?? "");
  return {
    name: "condition-words",
    configureServer(server) {
      server.middlewares.use(`/${CONDITION_WORDS_FILE}`, (_req, res, next) => {
        if (!made()) return next();
        res.setHeader("Content-Type", "text/plain; charset=utf-8");
        res.end(made());
      });
    },
    generateBundle() {
      if (made()) this.emitFile({ type: "asset", fileName: CONDITION_WORDS_FILE, source: made() });
    },
  };
}
