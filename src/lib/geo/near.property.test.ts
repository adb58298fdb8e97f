// @vitest-environment node
// Properties of `near`, for any text: reading never throws, a refusal is a readable one-line note, and
// whatever is accepted writes out a canonical value that reads back to exactly the same place.
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { hostileText, hugeText, isWellFormed } from "../../testing/url-arbitraries";
import { MAX_PLACE_LENGTH, parseNear, parseRadius, serializeNear, serializeRadius } from "./near";

const RUNS = { seed: 20_240_517, numRuns: 1000 };
const numberText = fc.oneof(fc.double({ min: -200, max: 200, noNaN: true }).map(String), fc.integer({ min: -999, max: 99_999 }).map(String));
const nearText = fc.oneof(
  hostileText(40),
  hugeText,
  fc.tuple(numberText, fc.constantFrom(",", ", ", " ", ";", " ,  "), numberText).map(([a, separator, b]) => `${a}${separator}${b}`),
  fc.string({ unit: fc.constantFrom(..."0123456789- "), maxLength: 12 }),
);

describe("near: properties", () => {
  test("any text reads without throwing; accepted places are clean, short and stable", () => {
    fc.assert(
      fc.property(nearText, (raw) => {
        const parsed = parseNear(raw);
        if (!parsed) return;
        if (!parsed.ok) {
          expect(isWellFormed(parsed.error) && !/[\n\r]/.test(parsed.error), parsed.error).toBe(true);
          return;
        }
        const text = serializeNear(parsed.near);
        expect(isWellFormed(text)).toBe(true);
        expect([...text].length).toBeLessThanOrEqual(MAX_PLACE_LENGTH);
        expect(parseNear(text)).toEqual(parsed);
        expect(serializeNear(parsed.near)).toBe(text);
      }),
      RUNS,
    );
  });

  test("radius: any text gives a usable radius, and its canonical value reads back silently", () => {
    fc.assert(
      fc.property(fc.oneof(hostileText(12), fc.constantFrom("25mi", "100 km", "10", "50 miles", "250KM")), (raw) => {
        const { radius } = parseRadius(raw);
        expect(parseRadius(serializeRadius(radius))).toEqual({ radius });
      }),
      RUNS,
    );
  });
});
