import { expect, test } from "vitest";
import { parseRetryAfter } from "./retry-after";

const now = Date.parse("2026-09-06T12:00:00Z");

test("delay-seconds", () => {
  expect(parseRetryAfter("3", now)).toBe(3_000);
  expect(parseRetryAfter(" 120 ", now)).toBe(120_000);
  expect(parseRetryAfter("0", now)).toBe(0);
});

test("an HTTP date, counted from now; one in the past means no wait", () => {
  expect(parseRetryAfter("Sun, 06 Sep 2026 12:02:00 GMT", now)).toBe(120_000);
  expect(parseRetryAfter("Sun, 06 Sep 2026 11:59:00 GMT", now)).toBe(0);
});

test("missing or unreadable values give no wait at all (the caller backs off as usual)", () => {
  for (const value of [null, "", "soon", "1.5", "-1", "3 seconds", "2026-09-06T12:02:00Z", "Sun, 06 Sep 2026 12:02:00 PST"]) {
    expect(parseRetryAfter(value, now), String(value)).toBeUndefined();
  }
});
