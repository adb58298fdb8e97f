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
  const escaped = short.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const asWord = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "iu");
  return asWord.test(collapse(title)) ? undefined : short;
}
