import { expect, test } from "vitest";
import { tryAgainWhen } from "./wait-text";

const now = new Date(2026, 8, 6, 14, 0, 0); // local time

test("seconds and minutes, rounded to what a reader needs", () => {
  expect(tryAgainWhen(0, now)).toBe("in about 1 second");
  expect(tryAgainWhen(12_400, now)).toBe("in about 13 seconds");
  expect(tryAgainWhen(60_000, now)).toBe("in about 1 minute");
  expect(tryAgainWhen(120_000, now)).toBe("in about 2 minutes");
  expect(tryAgainWhen(59 * 60_000, now)).toBe("in about 59 minutes");
});

test("an hour or more: the local clock time, with the day when it is not today", () => {
  expect(tryAgainWhen(90 * 60_000, now, "en-US")).toBe("after 3:30 PM");
  expect(tryAgainWhen(12 * 60 * 60_000, now, "en-US")).toBe("after Monday 2:00 AM");
});
