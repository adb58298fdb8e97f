import { describe, expect, test } from "vitest";
import { acronymToAppend } from "./acronym";

describe("acronymToAppend", () => {
  test.each([
    // Real titles from the corpus
    ["Spine Patient Outcomes Research Trial (SPORT) - Intervertebral Disc Herniation", "SPORT", undefined], // NCT00000410
    ["BiOSS Study (BiOSS LIM C Stent Registry in Bifurcated Lesions)", "BIOSS", undefined],
    ["mBrain-21 : a Three-month Study on Context-awareness", "MBRAIN-21", undefined],
    ["Olaparib Dose Escalating Trial + Concurrent RT", "olaparib", undefined],
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
