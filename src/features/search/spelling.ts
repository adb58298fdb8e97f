// "Did you mean …?" for a misspelt condition ("brest cancer" → "breast cancer"). The registry has no
// spelling service, so the words come from condition names in real records (/words/conditions.txt, which
// builds make with scripts/lib/condition-words.mjs) plus the lay-term table. Each word of the text is checked on
// its own: known words, numbers and short words stay as typed; an unknown word becomes the nearest known
// one within a few edits (Damerau-Levenshtein), if there is one. Case and accents don't count.
import { LAY_TERMS } from "./lay-terms";

type Entry = {
  /** The word as the names write it (lower case, accents kept). */
  form: string;
  /** How many records name a condition with this word: the commoner of two equally near words wins. */
  count: number;
  /** Indexes of the names that contain it: a word that goes with the rest of the text wins too. */
  names: Set<number>;
};

export type Vocabulary = ReadonlyMap<string, Entry>;

const HEADER = "#conditions v1";
const LINE = /^(\d+) (.+)$/;

/** The word list file as [name, count] pairs; throws on anything else (an SPA fallback's index.html). */
export function parseConditionList(text: string): [string, number][] {
  if (!text.startsWith(HEADER)) throw new Error("The condition word list is not in the expected format.");
  return text
    .split(/\r?\n/)
    .slice(1)
    .filter(Boolean)
    .map((line) => {
      const match = LINE.exec(line);
      if (!match) throw new Error(`The condition word list has a bad line: ${line.slice(0, 40)}`);
      return [match[2] ?? "", Number(match[1])];
    });
}

/** A word as compared: lower case, no accents, no apostrophes, no possessive "'s". */
export function foldWord(word: string): string {
  return word
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’‘`]s$/, "")
    .replace(/['’‘`]/g, "");
}

const WORD = /[\p{L}\p{M}\p{N}'’‘`]+/gu;

/** The vocabulary from the names (with how many records name each) and the lay-term table. */
export function buildVocabulary(names: readonly (readonly [string, number])[]): Vocabulary {
  const lay = LAY_TERMS.flatMap(({ lay, medical }) => [...lay, medical].map((name) => [name, 1] as const));
  const vocabulary = new Map<string, Entry>();
  [...names, ...lay].forEach(([name, count], index) => {
    for (const form of name.toLowerCase().match(WORD) ?? []) {
      const key = foldWord(form);
      if (!/^\p{L}+$/u.test(key)) continue; // words with digits ("type2") are never suggested
      const entry = vocabulary.get(key) ?? { form: form.replace(/['’‘`]s$/, ""), count: 0, names: new Set<number>() };
      entry.count += count;
      entry.names.add(index);
      vocabulary.set(key, entry);
    }
  });
  return vocabulary;
}

/** Edits allowed for a word of this length: none below 4 letters (too many near neighbours), then more. */
export function maxEdits(length: number): number {
  return length < 4 ? 0 : length < 7 ? 1 : 2;
}

/**
 * Damerau-Levenshtein distance (optimal string alignment: insert, delete, substitute, swap two
 * neighbours), or `max + 1` as soon as it must be more than `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length] ?? max + 1, max + 1);
}

/** The known word nearest to an unknown one, or undefined when none is near enough. */
function nearest(key: string, vocabulary: Vocabulary, context: ReadonlySet<number>): Entry | undefined {
  const max = maxEdits(key.length);
  if (max === 0) return undefined;
  let best: { entry: Entry; rank: number[] } | undefined;
  for (const [word, entry] of vocabulary) {
    const distance = editDistance(key, word, max);
    if (distance > max || word === `${key}s`) continue; // a plural "s" corrects no spelling ("Sjögren")
    const fits = [...entry.names].filter((name) => context.has(name)).length;
    // Nearest first; then one that goes with the other words, starts with the same letter, is common.
    const rank = [distance, -Math.min(fits, 1), word[0] === key[0] ? 0 : 1, -entry.count];
    if (!best || compare(rank, best.rank) < 0 || (compare(rank, best.rank) === 0 && entry.form < best.entry.form)) best = { entry, rank };
  }
  return best?.entry;
}

const compare = (a: number[], b: number[]) => a.reduce((order, value, i) => order || value - (b[i] ?? 0), 0);

/**
 * The text with its misspelt words corrected, or undefined when every word is known (or nothing near
 * is known). Numbers, words with digits ("NCT02513394", "covid19") and words under 4 letters stay as
 * typed, and so does the text between words; a corrected word keeps the typed word's capitals.
 */
export function suggestSpelling(text: string, vocabulary: Vocabulary): string | undefined {
  const words = [...text.matchAll(WORD)].map((match) => ({ typed: match[0], at: match.index, key: foldWord(match[0]) }));
  const checkable = (key: string) => /^\p{L}+$/u.test(key) && key.length >= 4;
  // The names that the known words come from: a correction that goes with them is likelier.
  const context = new Set(words.flatMap(({ key }) => [...(vocabulary.get(key)?.names ?? [])]));
  let changed = false;
  let out = "";
  let from = 0;
  for (const { typed, at, key } of words) {
    const fix = checkable(key) && !vocabulary.has(key) ? nearest(key, vocabulary, context) : undefined;
    out += text.slice(from, at) + (fix ? matchCase(typed, fix.form) : typed);
    from = at + typed.length;
    changed ||= fix !== undefined;
  }
  return changed ? out + text.slice(from) : undefined;
}

/** "Brest" → "Breast", "BREST" → "BREAST", "brest" → "breast". */
function matchCase(typed: string, word: string): string {
  if (typed.length > 1 && typed === typed.toUpperCase()) return word.toUpperCase();
  if (typed[0] && typed[0] === typed[0].toUpperCase() && typed[0] !== typed[0].toLowerCase()) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}
