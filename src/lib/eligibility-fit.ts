// How a study's structured eligibility (age range, sex, healthy volunteers) fits what a visitor told
// "About you", in plain words. Never a decision: a line says "fits", "rules you out" or "can't tell", and
// the criteria themselves are for the study team to judge. Pure.
import { t } from "@lingui/core/macro";
import { ageOf, type AboutYou } from "./about-you";
import { ageInYears, formatAgeRange } from "./ages";

export type FitVerdict = "fits" | "rules-out" | "unknown";
export type FitLine = { about: "age" | "sex" | "healthy"; verdict: FitVerdict; text: string };

/** The record's fields the fit reads (the search cards ask for these too). */
export type EligibilityFacts = {
  minimumAge?: string;
  maximumAge?: string;
  sex?: "ALL" | "FEMALE" | "MALE";
  healthyVolunteers?: boolean;
};

/**
 * One line per fact the visitor gave (nothing given, no lines). A missing limit on one side of the age
 * range is no limit (the registry's own reading); a record with neither, or without a sex, is "can't tell".
 */
export function eligibilityFit(facts: EligibilityFacts | undefined, about: AboutYou | undefined, today = new Date()): FitLine[] {
  const lines: FitLine[] = [];
  const age = ageOf(about, today);
  if (age !== undefined) {
    const min = ageInYears(facts?.minimumAge);
    const max = ageInYears(facts?.maximumAge);
    const range = formatAgeRange(facts?.minimumAge, facts?.maximumAge);
    if (min === undefined && max === undefined) {
      lines.push({ about: "age", verdict: "unknown", text: t`The record gives no age range: ask the study team (you are ${age})` });
    } else {
      // A person of 17 years and 364 days is 17: eligible up to "17 Years" but not from "18 Years".
      const fits = (min === undefined || age + 1 > min) && (max === undefined || age <= max);
      const ages = lowerFirst(range);
      lines.push({ about: "age", verdict: fits ? "fits" : "rules-out", text: t`Ages ${ages}: you are ${age}` });
    }
  }
  if (about?.sex) {
    const female = about.sex === "FEMALE";
    if (!facts?.sex) lines.push({ about: "sex", verdict: "unknown", text: t`The record does not say which sexes can join` });
    else if (facts.sex === "ALL") lines.push({ about: "sex", verdict: "fits", text: t`Open to all sexes` });
    else {
      const text =
        facts.sex === "FEMALE"
          ? female ? t`Women only: you said female` : t`Women only: you said male`
          : female ? t`Men only: you said female` : t`Men only: you said male`;
      lines.push({ about: "sex", verdict: facts.sex === about.sex ? "fits" : "rules-out", text });
    }
  }
  if (about?.role === "volunteer") {
    if (facts?.healthyVolunteers === undefined) {
      lines.push({ about: "healthy", verdict: "unknown", text: t`The record does not say whether it takes healthy volunteers` });
    } else {
      lines.push(
        facts.healthyVolunteers
          ? { about: "healthy", verdict: "fits", text: t`Takes healthy volunteers` }
          : { about: "healthy", verdict: "rules-out", text: t`Does not take healthy volunteers` },
      );
    }
  }
  return lines;
}

/** Whether any line rules the visitor out. */
export const rulesOut = (lines: readonly FitLine[]) => lines.some((line) => line.verdict === "rules-out");

const lowerFirst = (text: string) => (/^[A-Z][a-z]/.test(text) ? text[0]?.toLowerCase() + text.slice(1) : text);
