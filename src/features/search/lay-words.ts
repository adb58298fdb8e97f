// Whether a search's words could hold an everyday phrase of lay-terms.ts, without loading that table:
// the first word of every phrase (lay-terms.test.ts keeps this list in step with the table), so a search
// for "asthma" never downloads it and "heart attack" does.
import type { Search } from "./search-types";

export const LAY_FIRST_WORDS: ReadonlySet<string> = new Set(
  "acid athlete bed bedwetting bile bird blood bowel brittle cancer chicken chickenpox cold cross crossed enlarged flu frozen gall gallstone german hardening hay heart heartburn high kidney lazy lockjaw lou low lupus mini overactive pile pink pressure ringing river shingle slipped stomach sugar tennis tongue underactive voice water whooping".split(" "),
);

/** Lower case, apostrophes removed, other punctuation as spaces, simple plurals folded. */
export function normalizeWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['\u2019\u2018`]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "")
    .map(singular);
}

/** Crude plural folding, applied to the text and the phrases alike, so it only has to be consistent. */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith("s") && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Some field a lay phrase is looked for in (condition, treatment, other words) has a phrase's first word. */
export const mayHaveLayTerms = (search: Search) =>
  [search.cond, search.term, search.intr].some((text) => text !== undefined && normalizeWords(text).some((word) => LAY_FIRST_WORDS.has(word)));
