import { describe, expect, test } from "vitest";
import { ageOf, readAboutYou, yearsSince, type AboutYou } from "./about-you";
import { eligibilityFit, rulesOut, type EligibilityFacts } from "./eligibility-fit";

const TODAY = new Date(Date.UTC(2026, 11, 5));
const fit = (facts: EligibilityFacts | undefined, about: AboutYou | undefined) => eligibilityFit(facts, about, TODAY);

describe("eligibilityFit", () => {
  test("nothing told, nothing said; nothing in the record, every told fact is 'can't tell'", () => {
    expect(fit({ minimumAge: "18 Years", sex: "FEMALE", healthyVolunteers: false }, undefined)).toEqual([]);
    expect(fit({ minimumAge: "18 Years" }, {})).toEqual([]);
    expect(fit(undefined, { age: 45, sex: "MALE", role: "volunteer" }).map((l) => l.verdict)).toEqual(["unknown", "unknown", "unknown"]);
    expect(fit({}, { age: 45 })).toEqual([{ about: "age", verdict: "unknown", text: "The record gives no age range: ask the study team (you are 45)" }]);
  });

  // Every combination of the age range's two sides (present or missing) against ages on and around them.
  test.each([
    [{ minimumAge: "18 Years", maximumAge: "75 Years" }, 45, "fits", "Ages 18 to 75 years: you are 45"],
    [{ minimumAge: "18 Years", maximumAge: "75 Years" }, 17, "rules-out", "Ages 18 to 75 years: you are 17"],
    [{ minimumAge: "18 Years", maximumAge: "75 Years" }, 18, "fits", "Ages 18 to 75 years: you are 18"],
    [{ minimumAge: "18 Years", maximumAge: "75 Years" }, 75, "fits", "Ages 18 to 75 years: you are 75"],
    [{ minimumAge: "18 Years", maximumAge: "75 Years" }, 76, "rules-out", "Ages 18 to 75 years: you are 76"],
    [{ minimumAge: "18 Years" }, 90, "fits", "Ages 18 years and older: you are 90"],
    [{ maximumAge: "17 Years" }, 17, "fits", "Ages up to 17 years: you are 17"],
    [{ maximumAge: "17 Years" }, 18, "rules-out", "Ages up to 17 years: you are 18"],
    [{ minimumAge: "6 Months", maximumAge: "5 Years" }, 0, "fits", "Ages 6 months to 5 years: you are 0"],
  ] as const)("%j at %i: %s", (facts, age, verdict, text) => {
    expect(fit(facts, { age })).toEqual([{ about: "age", verdict, text }]);
  });

  test.each([
    [undefined, "FEMALE", "unknown", "The record does not say which sexes can join"],
    ["ALL", "MALE", "fits", "Open to all sexes"],
    ["FEMALE", "FEMALE", "fits", "Women only: you said female"],
    ["FEMALE", "MALE", "rules-out", "Women only: you said male"],
    ["MALE", "FEMALE", "rules-out", "Men only: you said female"],
  ] as const)("record sex %s, visitor %s: %s", (sex, said, verdict, text) => {
    expect(fit({ sex }, { sex: said })).toEqual([{ about: "sex", verdict, text }]);
  });

  test.each([
    [undefined, "unknown", "The record does not say whether it takes healthy volunteers"],
    [true, "fits", "Takes healthy volunteers"],
    [false, "rules-out", "Does not take healthy volunteers"],
  ] as const)("healthy volunteers %s, as a volunteer: %s", (healthyVolunteers, verdict, text) => {
    expect(fit({ healthyVolunteers }, { role: "volunteer" })).toEqual([{ about: "healthy", verdict, text }]);
    // Someone with the condition is not ruled in or out by it.
    expect(fit({ healthyVolunteers }, { role: "patient" })).toEqual([]);
  });

  test("lines come in a fixed order, and one rule-out is enough", () => {
    const lines = fit({ minimumAge: "18 Years", sex: "FEMALE", healthyVolunteers: true }, { age: 45, sex: "MALE", role: "volunteer" });
    expect(lines.map((l) => l.about)).toEqual(["age", "sex", "healthy"]);
    expect(rulesOut(lines)).toBe(true);
    expect(rulesOut(lines.filter((l) => l.about !== "sex"))).toBe(false);
  });
});

describe("about you", () => {
  test("a date of birth gives whole years, and wins over a typed age", () => {
    expect(yearsSince("1981-12-05", TODAY)).toBe(45);
    expect(yearsSince("1981-12-06", TODAY)).toBe(44);
    expect(yearsSince("2030-01-01", TODAY)).toBeUndefined();
    expect(yearsSince("1981-02-30", TODAY)).toBeUndefined();
    expect(ageOf({ age: 30, birthDate: "1981-12-05" }, TODAY)).toBe(45);
    expect(ageOf({ age: 30 }, TODAY)).toBe(30);
  });

  test("what is stored is checked field by field", () => {
    expect(readAboutYou({ age: 45, sex: "FEMALE", role: "patient" })).toEqual({ age: 45, sex: "FEMALE", role: "patient" });
    expect(readAboutYou({ age: 500, sex: "other", role: "x", birthDate: "yesterday", extra: 1 })).toBeUndefined();
    expect(readAboutYou("45")).toBeUndefined();
    expect(readAboutYou(null)).toBeUndefined();
  });
});
