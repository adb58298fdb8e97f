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
