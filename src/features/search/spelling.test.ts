import { describe, expect, test } from "vitest";
import { conditionWordsText } from "../../../scripts/lib/condition-words.mjs";
import { corpus, requireCorpus } from "../../testing/server";
import { buildVocabulary, editDistance, foldWord, maxEdits, parseConditionList, suggestSpelling } from "./spelling";

// The list the app fetches, as a build makes it from the real records.
requireCorpus();
const LIST = conditionWordsText(corpus.dir) ?? "#conditions v1\n";
const vocabulary = buildVocabulary(parseConditionList(LIST));

describe("editDistance (Damerau-Levenshtein)", () => {
  test.each([
    ["breast", "breast", 0],
    ["brest", "breast", 1], // a letter missing
    ["asthmma", "asthma", 1], // one too many
    ["canser", "cancer", 1], // one wrong
    ["ashtma", "asthma", 1], // two swapped
    ["nuemonia", "pneumonia", 2],
    ["cat", "dog", 3],
  ])("%s → %s: %i", (a, b, distance) => {
    expect(editDistance(a, b, 5)).toBe(distance);
    expect(editDistance(b, a, 5)).toBe(distance);
  });

  test("stops early once past the limit", () => {
    expect(editDistance("hypertension", "hypotension", 0)).toBe(1);
    expect(editDistance("a", "abcdef", 2)).toBe(3);
  });

  test("allowed edits grow with the word's length", () => {
    expect([3, 4, 6, 7, 12].map(maxEdits)).toEqual([0, 1, 1, 2, 2]);
  });
});

describe.skipIf(corpus.studies.length === 0)("suggestSpelling over the real condition list", () => {
  test.each([
    ["brest cancer", "breast cancer"],
    ["diabetis", "diabetes"],
    ["alzheimers", "alzheimer"],
    ["Alzheimers disease", "Alzheimer disease"],
    ["astma", "asthma"],
    ["ashtma", "asthma"],
    ["rheumatiod arthritis", "rheumatoid arthritis"],
    ["hypertention", "hypertension"],
    ["Brest Cancer", "Breast Cancer"], // the typed capitals are kept
    ["BREST CANCER", "BREAST CANCER"],
    ["brest  cancer, stage 2", "breast  cancer, stage 2"], // what is between the words stays too
  ])("%s → %s", (typed, expected) => {
    expect(suggestSpelling(typed, vocabulary)).toBe(expected);
  });

  test.each([
    "breast cancer",
    "diabetes mellitus, type 2",
    "asthma",
    "Alzheimer's disease", // a possessive is the word itself
    "lung cancer",
    "heart attack", // lay terms are known words too
    "cholangiocarcinoma",
  ])("a correct condition (%s) gets no suggestion", (typed) => {
    expect(suggestSpelling(typed, vocabulary)).toBeUndefined();
  });

  test.each(["NCT02513394", "2", "type 2", "covid19", "a1c", "ms", "xyzzyqwv", "", "  "])("%j gets no suggestion (numbers, ids, short or unknowable words)", (typed) => {
    expect(suggestSpelling(typed, vocabulary)).toBeUndefined();
  });

  test("case and accents don't count", () => {
    expect(suggestSpelling("ASTHMA", vocabulary)).toBeUndefined();
    expect(suggestSpelling("ásthma", vocabulary)).toBeUndefined();
    expect(suggestSpelling("Diabètes", vocabulary)).toBeUndefined();
    expect(foldWord("Sjögren’s")).toBe("sjogren");
  });
});

describe("suggestSpelling's choices", () => {
  const small = buildVocabulary([
    ["breast cancer", 5],
    ["bed rest", 20],
    ["sjogrens disease", 1],
  ]);

  test("of equally near words: the one that goes with the rest of the text, then the same first letter, then the commoner", () => {
    expect(suggestSpelling("brest cancer", small)).toBe("breast cancer"); // not "rest", though commoner
    expect(suggestSpelling("brest", small)).toBe("breast");
    const near = buildVocabulary([
      ["mast cell disease", 50],
      ["cast nephropathy", 1],
      ["fast food", 1],
      ["last menstrual period", 99],
    ]);
    expect(suggestSpelling("bast", near)).toBe("last"); // no first letter matches: the commonest
    expect(suggestSpelling("bast nephropathy", near)).toBe("cast nephropathy");
    expect(suggestSpelling("fost", near)).toBe("fast");
  });

  test("adding a plural s is no correction", () => {
    expect(suggestSpelling("sjogren", small)).toBeUndefined();
  });

  test("a word with no near neighbour stays as typed, and alone gives no suggestion", () => {
    expect(suggestSpelling("zebra", small)).toBeUndefined();
    expect(suggestSpelling("zebra brest", small)).toBe("zebra breast");
  });
});

describe("parseConditionList", () => {
  test("reads the committed list", () => {
    const names = parseConditionList(LIST);
    expect(names.length).toBeGreaterThan(100);
    for (const [name, count] of names) {
      expect(name).toBe(name.toLowerCase().trim());
      expect(count).toBeGreaterThan(0);
    }
  });

  test("refuses what is not the list (an SPA fallback's index.html)", () => {
    expect(() => parseConditionList("<!doctype html><html>")).toThrow("not in the expected format");
    expect(() => parseConditionList("#conditions v1\nbreast cancer\n")).toThrow("bad line");
  });
});
