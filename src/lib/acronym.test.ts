import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { corpus } from "../testing/server";
import { acronymToAppend } from "./acronym";

// Real records whose title already holds the acronym (in another case, or followed by "-21" or ":"),
// read from the corpus at test time rather than copied here.
const TITLE_HAS_ACRONYM = ["NCT00000410", "NCT03475563", "NCT04983186", "NCT01562210"];

describe("acronymToAppend", () => {
  test.each([
    ["ACT-1: a trial", "ACT", undefined],
    ["Spine Patient Outcomes Research Trial", "SPORT", "SPORT"],
    ["Impact of exercise", "ACT", "ACT"], // inside another word
    ["Study of A.B.C. in adults", "A.B.C.", undefined], // regex characters are literal
    ["Study of ABCD in adults", "A.B.C", "A.B.C"],
    ["Title", "  TWO   WORDS ", "TWO WORDS"],
    ["A TWO\nWORDS trial", "TWO WORDS", undefined],
    ["Title", "  ", undefined],
    ["Title", undefined, undefined],
    [undefined, "SPORT", "SPORT"],
  ])("%j + %j → %j", (title, acronym, expected) => {
    expect(acronymToAppend(title, acronym)).toBe(expected);
  });
});

describe.skipIf(corpus.studies.length === 0)("acronymToAppend on real records", () => {
  test.each(TITLE_HAS_ACRONYM)("%s: the title already has its acronym, so nothing is appended", (nctId) => {
    const identification = corpus.byId(nctId)?.protocolSection?.identificationModule;
    expect(identification?.acronym, `${nctId} in the corpus, with an acronym`).toBeTruthy();
    expect(acronymToAppend(identification?.briefTitle, identification?.acronym)).toBeUndefined();
  });
});

// The definition the search implements: the acronym as a whole word, case-insensitive, anywhere in the title.
function byPattern(title: string | undefined, acronym: string | undefined): string | undefined {
  const collapse = (text: string | undefined) => text?.replace(/\s+/g, " ").trim() ?? "";
  const short = collapse(acronym);
  if (!short) return undefined;
  const escaped = short.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "iu").test(collapse(title)) ? undefined : short;
}

describe("acronymToAppend agrees with the whole-word pattern", () => {
  test.skipIf(corpus.studies.length === 0)("on every real record", () => {
    for (const study of corpus.studies) {
      const { briefTitle, acronym } = study.protocolSection?.identificationModule ?? {};
      expect(acronymToAppend(briefTitle, acronym), study.protocolSection?.identificationModule?.nctId).toBe(byPattern(briefTitle, acronym));
    }
  });

  test("on generated titles, acronyms taken from inside them included", () => {
    const piece = fc.constantFrom("ACT", "act", "Sport", "é", "É", "ß", "1", "-", " ", ".", "(", "😀", "ǅ", "x", "\n");
    const text = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, text, fc.nat(), fc.nat(), (title, other, from, length) => {
        const points = Array.from(title); // whole characters: a lone surrogate is no acronym
        const start = from % (points.length + 1);
        const slice = points.slice(start, start + (length % 6)).join("");
        for (const acronym of [other, slice]) expect(acronymToAppend(title, acronym)).toBe(byPattern(title, acronym));
      }),
      { numRuns: 2000 },
    );
  });
});
