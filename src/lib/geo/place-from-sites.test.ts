import { describe, expect, test } from "vitest";
import { looksLikeUsPlace } from "./place-from-sites";

describe("looksLikeUsPlace: text a distance search can find", () => {
  test.each(["02115", " 02115-1234 ", "Boston, MA", "boston,ma", "St. Louis, MO", "Coeur d'Alene, ID", "San Juan, PR", "Boston, Massachusetts", "Portland, new york"])("%s", (text) => {
    expect(looksLikeUsPlace(text)).toBe(true);
  });
  test.each(["", "0211", "021155", "Boston", "Texas", "France", "Paris, FR", "Mayo Clinic", "Boston, Bavaria", "Boston, MA, USA", "12345 Main St"])(
    "not %s",
    (text) => {
      expect(looksLikeUsPlace(text)).toBe(false);
    },
  );
});
