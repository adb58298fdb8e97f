import { describe, expect, test } from "vitest";
import { ageInYears, formatAge, formatAgeRange, parseAge } from "./ages";
import { corpus } from "../testing/server";

describe("parseAge", () => {
  test("reads registry NormalizedTime values", () => {
    expect(parseAge("18 Years")).toEqual({ value: 18, unit: "year", years: 18 });
    expect(parseAge("1 Year")).toEqual({ value: 1, unit: "year", years: 1 });
    expect(parseAge("6 Months")).toMatchObject({ value: 6, unit: "month", years: 0.5 });
    expect(parseAge("30 Days")).toMatchObject({ value: 30, unit: "day" });
    expect(parseAge("2 Weeks")).toMatchObject({ value: 2, unit: "week" });
  });

  test("tolerates odd spacing and case", () => {
    expect(parseAge("  18   years ")).toMatchObject({ value: 18, unit: "year" });
    expect(parseAge("18Years")).toMatchObject({ value: 18, unit: "year" });
    expect(parseAge("6 MONTHS")).toMatchObject({ value: 6, unit: "month" });
    expect(parseAge("3 mos")).toMatchObject({ value: 3, unit: "month" });
  });

  test("anything that is not an age is undefined", () => {
    for (const raw of [undefined, "", "   ", "N/A", "adult", "Years", "-3 Years"]) {
      expect(parseAge(raw)).toBeUndefined();
    }
  });

  test("ageInYears gives a number for comparisons", () => {
    expect(ageInYears("18 Years")).toBe(18);
    expect(ageInYears("18 Months")).toBe(1.5);
    expect(ageInYears("30 Days")).toBeCloseTo(30 / 365.25);
    expect(ageInYears(undefined)).toBeUndefined();
  });

  test("formatAge uses singular and plural", () => {
    expect(formatAge(parseAge("1 Year")!)).toBe("1 year");
    expect(formatAge(parseAge("17 Years")!)).toBe("17 years");
  });
});

describe("formatAgeRange", () => {
  test("plain-word ranges", () => {
    expect(formatAgeRange("18 Years", undefined)).toBe("18 years and older");
    expect(formatAgeRange(undefined, "17 Years")).toBe("Up to 17 years");
    expect(formatAgeRange("18 Years", "65 Years")).toBe("18 to 65 years");
    expect(formatAgeRange("6 Months", "17 Years")).toBe("6 months to 17 years");
    expect(formatAgeRange("1 Year", "1 Year")).toBe("1 year");
    expect(formatAgeRange(undefined, undefined)).toBe("All ages");
    expect(formatAgeRange(" ", "N/A")).toBe("All ages");
  });

  test("a minimum of 0 is no lower limit", () => {
    expect(formatAgeRange("0 Years", "17 Years")).toBe("Up to 17 years");
    expect(formatAgeRange("0 Years", undefined)).toBe("All ages");
  });

  test("a value that is not an age is shown as written rather than dropped", () => {
    expect(formatAgeRange("Adults", undefined)).toBe("Minimum age: Adults");
    expect(formatAgeRange(undefined, "Elderly")).toBe("Maximum age: Elderly");
    expect(formatAgeRange("18 Years", "Elderly")).toBe("18 years to Elderly");
  });

  test("every record in the corpus reads as words, never undefined or NaN", () => {
    for (const study of corpus.studies) {
      const e = study.protocolSection?.eligibilityModule;
      const text = formatAgeRange(e?.minimumAge, e?.maximumAge);
      expect(text).not.toMatch(/undefined|NaN|null/);
      if (e?.minimumAge) expect(parseAge(e.minimumAge), e.minimumAge).toBeDefined();
      if (e?.maximumAge) expect(parseAge(e.maximumAge), e.maximumAge).toBeDefined();
    }
  });

  test("real records: NCT01100827 (1 Year) and NCT05326594 (18 Months)", () => {
    const range = (id: string) => {
      const e = corpus.byId(id)?.protocolSection?.eligibilityModule;
      return formatAgeRange(e?.minimumAge, e?.maximumAge);
    };
    if (corpus.studies.length === 0) return;
    expect(range("NCT01100827")).toBe("1 year and older");
    expect(range("NCT05326594")).toBe("18 months to 50 years");
  });
});
