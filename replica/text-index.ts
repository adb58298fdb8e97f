// Searchable text per (study, piece), normalised once per corpus and cached, so a search is a
// handful of String.includes calls per study.
import type { Corpus } from "./corpus.ts";
import type { FieldInfo } from "./metadata.ts";
import { isObject, valuesAt } from "./study.ts";

/** Plural folding, applied to text and query alike (see normalizeText). */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return word.slice(0, -3) + "y";
  if (word.length > 3 && word.endsWith("s") && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;

/**
 * Lower-cased, accent-free, stemmed words separated by single spaces; punctuation separates
 * words (`non-small` → `non small`). Stemming is crude plural folding so `cancer` finds
 * `Cancers` and `studies` finds `study` (Essie does real stemming and synonyms).
 * A hand-written scanner: this runs over megabytes of text and is much faster than regexes.
 */
export function normalizeText(raw: string): string {
  const lower = raw.toLowerCase();
  const words: string[] = [];
  let start = -1;
  let nonAscii = false;
  for (let i = 0; i <= lower.length; i++) {
    const code = i < lower.length ? lower.charCodeAt(i) : 32;
    const ascii = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
    if (ascii || (code > 127 && WORD_CHAR.test(lower[i] ?? ""))) {
      if (start < 0) start = i;
      if (!ascii) nonAscii = true;
    } else if (start >= 0) {
      const word = lower.slice(start, i);
      words.push(stem(nonAscii ? word.normalize("NFD").replace(/\p{M}+/gu, "") : word));
      start = -1;
      nonAscii = false;
    }
  }
  return words.join(" ");
}

export function normalizeWords(raw: string): string[] {
  const text = normalizeText(raw);
  return text === "" ? [] : text.split(" ");
}

function collectStrings(value: unknown, out: string[]): void {
  if (typeof value === "string") out.push(value);
  else if (typeof value === "number" || typeof value === "boolean") out.push(String(value));
  else if (Array.isArray(value)) for (const v of value) collectStrings(v, out);
  else if (isObject(value)) for (const v of Object.values(value)) collectStrings(v, out);
}

/**
 * ` w1 w2 \n w3 ` : every value's words joined and padded by single spaces, values separated by a
 * newline, so a needle ` w2 w3 ` (a phrase) can never span two list items.
 */
export function searchableText(values: readonly unknown[]): string {
  const strings: string[] = [];
  for (const v of values) collectStrings(v, strings);
  const normalized = strings.map(normalizeText).filter((s) => s !== "");
  return normalized.length > 0 ? ` ${normalized.join(" \n ")} ` : "";
}

const cache = new WeakMap<Corpus, Map<string, string[]>>();

/** Searchable text of `field` for the study at `index` in corpus.studies (built lazily per piece). */
export function fieldText(corpus: Corpus, field: FieldInfo, index: number): string {
  let perPiece = cache.get(corpus);
  if (!perPiece) {
    perPiece = new Map();
    cache.set(corpus, perPiece);
  }
  let texts = perPiece.get(field.piece);
  if (!texts) {
    texts = corpus.studies.map((study) => searchableText(valuesAt(study, field.path)));
    perPiece.set(field.piece, texts);
  }
  return texts[index] ?? "";
}

const combined = new WeakMap<Corpus, Map<string, string[]>>();

/**
 * All of `fields`' text for one study in one string (newline-separated, so a phrase cannot span
 * two fields): one `includes` rules out a study for a whole search area.
 */
export function combinedText(corpus: Corpus, fields: readonly FieldInfo[], index: number): string {
  let perKey = combined.get(corpus);
  if (!perKey) {
    perKey = new Map();
    combined.set(corpus, perKey);
  }
  const key = fields.map((f) => f.piece).join(",");
  let texts = perKey.get(key);
  if (!texts) {
    texts = corpus.studies.map((_, i) => fields.map((f) => fieldText(corpus, f, i)).join("\n"));
    perKey.set(key, texts);
  }
  return texts[index] ?? "";
}

/** Builds the text of `fields` up front (e.g. at server start) so the first search is fast too. */
export function warmTextIndex(corpus: Corpus, fields: readonly FieldInfo[]): void {
  if (corpus.studies.length > 0) for (const field of fields) fieldText(corpus, field, 0);
}
