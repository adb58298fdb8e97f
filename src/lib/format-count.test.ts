import { describe, expect, it } from "vitest";
import { formatCount } from "./format-count";

describe("formatCount", () => {
  it("groups thousands as en-US Intl does", () => {
    const format = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
    for (const n of [0, 1, 9, 10, 999, 1000, 1234, 9999, 10_000, 123_456, 999_999, 1_000_000, 1_234_567_890, Number.MAX_SAFE_INTEGER, -1, -1234, 12.4, 12.6, 1999.5]) {
      expect(formatCount(n), String(n)).toBe(format.format(n));
    }
  });

  it("never shows NaN or Infinity", () => {
    expect(formatCount(Number.NaN)).toBe("0");
    expect(formatCount(Number.POSITIVE_INFINITY)).toBe("0");
    expect(formatCount(-0.2)).toBe("0");
  });
});
