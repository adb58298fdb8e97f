import { describe, expect, test } from "vitest";
import { studyHref } from "./study-href";

describe("a result's study link", () => {
  test("carries the search's point, rounded as in the search, and nothing else of the search", () => {
    expect(studyHref("NCT06791122", { lat: 42.36, lon: -71.06 })).toBe("/study/NCT06791122?near=42.36,-71.06");
    // A ZIP or town arrives as the point the search found for it.
    expect(studyHref("NCT06791122", { lat: 42.3426, lon: -71.0999 })).toBe("/study/NCT06791122?near=42.34,-71.1");
  });

  test("stays canonical without a point (no near, or the place not found yet) or with an impossible one", () => {
    expect(studyHref("NCT06791122")).toBe("/study/NCT06791122");
    expect(studyHref("NCT06791122", { lat: 999, lon: 5 })).toBe("/study/NCT06791122");
  });
});
