// A study's acronym next to its title ("Spine Patient Outcomes Research Trial (SPORT)"), but only when
// it adds something: many brief titles already carry it ("… (SPORT) - Disc Herniation").

const collapse = (text: string | undefined) => text?.replace(/\s+/g, " ").trim() ?? "";

/**
 * The acronym to append to `title`, or undefined when there is none or the title already contains it
 * as a word. Case-insensitive ("BiOSS Study" has BIOSS, "mBrain-21" has MBRAIN-21); as a whole word
 * only, so "ACT" is not found in "Impact of …" (letters or digits around it make another word).
 */
export function acronymToAppend(title: string | undefined, acronym: string | undefined): string | undefined {
  const short = collapse(acronym);
  if (!short) return undefined;
  // A search, not a RegExp built per call: compiling a case-insensitive Unicode pattern for every card
  // took a few milliseconds of each search's first render.
  const haystack = collapse(title).toLowerCase();
  const needle = short.toLowerCase();
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = Array.from(haystack.slice(Math.max(0, at - 2), at)).pop();
    const after = haystack.codePointAt(at + needle.length);
    const joined = (before !== undefined && WORD_CHAR.test(before)) || (after !== undefined && WORD_CHAR.test(String.fromCodePoint(after)));
    if (!joined) return undefined;
  }
  return short;
}

/** A letter or digit: around the acronym, one makes it part of another word. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
