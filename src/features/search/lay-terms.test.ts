import { describe, expect, test } from "vitest";
import { LAY_TERMS, medicalTermSearches, suggestMedicalTerms } from "./lay-terms";
import { LAY_FIRST_WORDS, mayHaveLayTerms, normalizeWords } from "./lay-words";

describe("suggestMedicalTerms", () => {
  test("the issue's examples", () => {
    expect(suggestMedicalTerms("bile duct cancer")).toEqual(["cholangiocarcinoma"]);
    expect(suggestMedicalTerms("heart attack")).toEqual(["myocardial infarction"]);
  });

  test.each([
    ["high blood pressure", "hypertension"],
    ["sugar diabetes", "diabetes mellitus"],
    ["kidney failure", "renal insufficiency"],
    ["bedwetting", "nocturnal enuresis"],
    ["bed wetting", "nocturnal enuresis"],
    ["shingles", "herpes zoster"],
    ["lupus", "systemic lupus erythematosus"],
    ["Lou Gehrig's disease", "amyotrophic lateral sclerosis"],
    ["lou gehrig’s disease", "amyotrophic lateral sclerosis"],
    ["Lou Gehrigs disease", "amyotrophic lateral sclerosis"],
    ["Lou Gehrig disease", "amyotrophic lateral sclerosis"],
    ["mini-stroke", "transient ischemic attack"],
    ["athletes foot", "tinea pedis"],
    ["chicken pox", "varicella"],
  ])("%j → %j", (text, medical) => {
    expect(suggestMedicalTerms(text)).toEqual([medical]);
  });

  test("case-insensitive, inside longer text, with punctuation around", () => {
    expect(suggestMedicalTerms("Are there active trials for BILE DUCT CANCER?")).toEqual(["cholangiocarcinoma"]);
    expect(suggestMedicalTerms("after a Heart-Attack, what now")).toEqual(["myocardial infarction"]);
  });

  test("simple plurals", () => {
    expect(suggestMedicalTerms("heart attacks")).toEqual(["myocardial infarction"]);
    expect(suggestMedicalTerms("bile duct cancers")).toEqual(["cholangiocarcinoma"]);
    expect(suggestMedicalTerms("kidney stones")).toEqual(["nephrolithiasis"]);
    expect(suggestMedicalTerms("gallstones")).toEqual(["cholelithiasis"]);
    expect(suggestMedicalTerms("cold sores")).toEqual(["herpes labialis"]);
  });

  test("whole phrases only: no suggestion for a part of a phrase or a part of a word", () => {
    for (const text of [
      "heart",
      "attack",
      "heart failure",
      "heart disease attack",
      "bile duct",
      "duct cancer",
      "blood pressure",
      "high blood",
      "kidney",
      "influenza",
      "fluid",
      "flute",
      "heartattack",
      "stroke",
      "diabetes",
      "diabetes insipidus",
      "cancer",
      "",
      "   ",
    ]) {
      expect(suggestMedicalTerms(text), text).toEqual([]);
    }
  });

  test("several lay phrases: every term, in the order they were typed, once each", () => {
    expect(suggestMedicalTerms("high blood pressure after a heart attack")).toEqual(["hypertension", "myocardial infarction"]);
    expect(suggestMedicalTerms("shingles, lupus and shingles again")).toEqual(["herpes zoster", "systemic lupus erythematosus"]);
    expect(suggestMedicalTerms("heart attack or bile duct cancer or hay fever")).toEqual([
      "myocardial infarction",
      "cholangiocarcinoma",
      "allergic rhinitis",
    ]);
  });

  test("the longer phrase wins where two overlap", () => {
    expect(suggestMedicalTerms("bird flu")).toEqual(["avian influenza"]);
    expect(suggestMedicalTerms("stomach flu")).toEqual(["gastroenteritis"]);
    expect(suggestMedicalTerms("flu")).toEqual(["influenza"]);
    expect(suggestMedicalTerms("bird flu and flu")).toEqual(["avian influenza", "influenza"]);
  });

  test("terms already in the text are not suggested again", () => {
    expect(suggestMedicalTerms("bile duct cancer cholangiocarcinoma")).toEqual([]);
    expect(suggestMedicalTerms("heart attack (myocardial infarction)")).toEqual([]);
    expect(suggestMedicalTerms("Hypertension OR high blood pressure OR heart attack")).toEqual(["myocardial infarction"]);
  });

  test("the list: about 40 entries, lower case, no phrase twice, never suggesting itself", () => {
    expect(LAY_TERMS.length).toBeGreaterThanOrEqual(35);
    expect(LAY_TERMS.length).toBeLessThanOrEqual(60);
    const seen = new Set<string>();
    for (const { lay, medical } of LAY_TERMS) {
      expect(medical).toBe(medical.toLowerCase());
      for (const phrase of lay) {
        expect(phrase).toBe(phrase.toLowerCase());
        expect(seen.has(phrase), phrase).toBe(false);
        seen.add(phrase);
        expect(suggestMedicalTerms(phrase), phrase).toEqual([medical]);
        expect(suggestMedicalTerms(medical), medical).not.toContain(medical);
      }
    }
  });
});

describe("the gate that spares a search the table (lay-words.ts)", () => {
  test("holds exactly the first word of every lay phrase, so it never hides a suggestion", () => {
    const first = new Set(LAY_TERMS.flatMap(({ lay }) => lay.map((phrase) => normalizeWords(phrase)[0] ?? "")));
    expect([...LAY_FIRST_WORDS].sort()).toEqual([...first].sort());
  });

  test("lets through every search the table has a suggestion for, and not others", () => {
    for (const { lay } of LAY_TERMS) {
      for (const phrase of lay) {
        const search = { cond: `treatment of ${phrase}s` };
        if (medicalTermSearches(search).length > 0) expect(mayHaveLayTerms(search), phrase).toBe(true);
      }
    }
    expect(mayHaveLayTerms({ cond: "asthma" })).toBe(false);
    expect(mayHaveLayTerms({ intr: "vaccine", term: "Heart Attacks" })).toBe(true);
    expect(mayHaveLayTerms({})).toBe(false);
  });
});
