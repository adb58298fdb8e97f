import { describe, expect, it } from "vitest";
import { INTL_LOCALES } from "../i18n/languages";
import { formatCount } from "./format-count";

describe("formatCount", () => {
  it("groups thousands as en-US Intl does", () => {
    const format = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
    for (const n of [0, 1, 9, 10, 999, 1000, 1234, 9999, 10_000, 123_456, 999_999, 1_000_000, 1_234_567_890, Number.MAX_SAFE_INTEGER, -1, -1234, 12.4, 12.6, 1999.5]) {
      expect(formatCount(n), String(n)).toBe(format.format(n));
    }
  });

  it("writes whole numbers as Intl does in every language's locale (en-US, es-US)", () => {
    const values = [0, 1, 7, 12, 999, 1000, 1001, 1234, 9999, 10_000, 12_345, 99_999, 100_000, 999_999, 1_000_000, 1_234_567, 123_456_789, 1_234_567_890, Number.MAX_SAFE_INTEGER];
    for (let n = 1; n < 1e15; n = n * 7 + 3) values.push(n);
    for (const locale of Object.values(INTL_LOCALES)) {
      const format = new Intl.NumberFormat(locale);
      for (const n of [...values, ...values.filter((v) => v !== 0).map((v) => -v)]) {
        expect(formatCount(n), `${locale} ${n}`).toBe(format.format(n));
      }
    }
  });

  it("never shows NaN or Infinity", () => {
    expect(formatCount(Number.NaN)).toBe("0");
    expect(formatCount(Number.POSITIVE_INFINITY)).toBe("0");
    expect(formatCount(-0.2)).toBe("0");
  });
});
