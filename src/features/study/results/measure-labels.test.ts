import { expect, test } from "vitest";
import { formatAffected, formatMeasurement, measureKindLabel, milestoneLabel, restrictionLabel, showsNA, telHref } from "./measure-labels";

test("measureKindLabel: parameter and dispersion in words, from the enum (baseline) or words (outcomes)", () => {
  expect(measureKindLabel("MEAN", "STANDARD_DEVIATION")).toBe("Mean (Standard Deviation)");
  expect(measureKindLabel("MEDIAN", "Inter-Quartile Range")).toBe("Median (Inter-Quartile Range)");
  expect(measureKindLabel("LEAST_SQUARES_MEAN", "CONFIDENCE_95")).toBe("Least squares mean (95% Confidence Interval)");
  expect(measureKindLabel("COUNT_OF_PARTICIPANTS", undefined)).toBe("Count of participants");
  expect(measureKindLabel("NUMBER", "NA")).toBe("Number");
  expect(measureKindLabel("NUMBER", "Not Applicable")).toBe("Number");
  expect(measureKindLabel(undefined, "  ")).toBeUndefined();
});

test("formatMeasurement: value with spread or limits, exactly as sent", () => {
  expect(formatMeasurement({ value: "44.9", spread: "10.5" })).toBe("44.9 (10.5)");
  expect(formatMeasurement({ value: "59", lowerLimit: "39", upperLimit: "82" })).toBe("59 (39 to 82)");
  expect(formatMeasurement({ value: "15.6", lowerLimit: "9.6", upperLimit: "NA" })).toBe("15.6 (9.6 to NA)");
  expect(formatMeasurement({ value: "30,600" })).toBe("30,600");
  expect(formatMeasurement({ value: " " })).toBeUndefined();
  expect(formatMeasurement(undefined)).toBeUndefined();
  expect(showsNA({ value: "15.6", upperLimit: "NA" })).toBe(true);
  expect(showsNA({ value: "NAb" })).toBe(false);
});

test("formatAffected: affected of at risk, with a percentage only when defined", () => {
  expect(formatAffected(99, 2841)).toBe("99 of 2,841 (3.48%)");
  expect(formatAffected(0, 41)).toBe("0 of 41 (0.00%)");
  expect(formatAffected(0, 0)).toBe("0 of 0");
  expect(formatAffected(3, undefined)).toBe("3 affected");
  expect(formatAffected(undefined, 10)).toBe("Not stated of 10");
  expect(formatAffected(undefined, undefined)).toBeUndefined();
});

test("milestones: the three standard ones in words, free text as written", () => {
  expect(milestoneLabel("NOT COMPLETED")).toBe("Not completed");
  expect(milestoneLabel("STARTED")).toBe("Started");
  expect(milestoneLabel("Safety Analysis Set")).toBe("Safety Analysis Set");
  expect(milestoneLabel(undefined)).toBe("Milestone not named");
});

test("restriction types in words", () => {
  expect(restrictionLabel("GT60")).toMatch(/more than 60 days, but no more than 180 days/);
  expect(restrictionLabel(undefined)).toBeUndefined();
});

test("telHref: digits and a leading +, extension per RFC 3966", () => {
  expect(telHref("617-632-3800")).toBe("tel:6176323800");
  expect(telHref("+1 (215) 625-2894", " 123 ")).toBe("tel:+12156252894;ext=123");
  expect(telHref("n/a")).toBeUndefined();
  expect(telHref(undefined)).toBeUndefined();
});
