import { expect, test } from "vitest";
import { formatCount } from "../../../lib/format-count";
import { plural } from "../../../lib/format-count";
import { formatDate, outcomeTypeLabel, text } from "./result-labels";

test("text: whitespace-only and missing strings count as absent", () => {
  expect(text(undefined)).toBeUndefined();
  expect(text("  \n ")).toBeUndefined();
  expect(text("  Mean ")).toBe("Mean");
});

test("formatDate: full and partial dates, without inventing a day or month", () => {
  expect(formatDate("2010-11-01")).toBe("November 1, 2010");
  expect(formatDate("2015-08")).toBe("August 2015");
  expect(formatDate("2015")).toBe("2015");
  expect(formatDate("2015-13")).toBe("2015");
  expect(formatDate("soon")).toBeUndefined();
  expect(formatDate(undefined)).toBeUndefined();
});

test("counts and plurals", () => {
  expect(formatCount(1688)).toBe("1,688");
  expect(plural(1, "group")).toBe("1 group");
  expect(plural(0, "group")).toBe("0 groups");
  expect(plural(1688, "term")).toBe("1,688 terms");
  expect(plural(2, "analysis", "analyses")).toBe("2 analyses");
});

test("outcome types in words", () => {
  expect(outcomeTypeLabel("OTHER_PRE_SPECIFIED")).toBe("Other pre-specified");
  expect(outcomeTypeLabel("POST_HOC")).toBe("Post-hoc");
  expect(outcomeTypeLabel(undefined)).toBeUndefined();
});
