import { t } from "@lingui/core/macro";
import { intlLocale } from "../../../i18n/i18n";
import type { OutcomeMeasureType, UnpostedEventType, ViolationEventType } from "./result-types";

// Small helpers shared by the results overview (its own lazy chunk) and the annotation note (main study chunk);
// the wording used only inside the opened parts lives in measure-labels.ts (lazy chunk).

/** A registry string with content, or undefined for missing, empty or whitespace-only. */
export function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

export function outcomeTypeLabel(type: OutcomeMeasureType | undefined): string | undefined {
  if (!type) return undefined;
  return { PRIMARY: t`Primary`, SECONDARY: t`Secondary`, OTHER_PRE_SPECIFIED: t`Other pre-specified`, POST_HOC: t`Post-hoc` }[type];
}

/** An outcome measure without a title: "Outcome measure 3". */
export const outcomeMeasureName = (number: number) => t`Outcome measure ${number}`;

export const OUTCOME_TYPES: OutcomeMeasureType[] = ["PRIMARY", "SECONDARY", "OTHER_PRE_SPECIFIED", "POST_HOC"];

/** Registry dates ("2010-11-01", "2015-08", "2015") in words, without inventing a day or month. */
export function formatDate(value: string | undefined): string | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value?.trim() ?? "");
  if (!match) return undefined;
  const [, year = 0, month, day] = match.map(Number);
  if (!month || month > 12) return String(year); // no month, or an impossible one: say only what is certain
  // "November 1, 2010", "1 de noviembre de 2010"; "August 2015", "agosto de 2015".
  const style: Intl.DateTimeFormatOptions = day ? { dateStyle: "long" } : { month: "long", year: "numeric" };
  return new Intl.DateTimeFormat(intlLocale(), { ...style, timeZone: "UTC" }).format(Date.UTC(year, month - 1, day || 1));
}

export function unpostedEventLabel(type: UnpostedEventType | undefined): string {
  if (!type) return t`Event not stated`;
  return {
    RELEASE: t`Results submitted to ClinicalTrials.gov`,
    RESET: t`Returned to the study team after the registry's quality-control review`,
    UNRELEASE: t`Submission withdrawn by the study team`,
  }[type];
}

export function violationEventLabel(type: ViolationEventType | undefined): string {
  if (!type) return t`Reporting violation`;
  return {
    VIOLATION_IDENTIFIED: t`The U.S. Food and Drug Administration (FDA) found that this study broke the rules for reporting to ClinicalTrials.gov`,
    CORRECTION_CONFIRMED: t`The FDA confirmed that the problem was corrected`,
    PENALTY_IMPOSED: t`The FDA imposed a penalty`,
    ISSUES_IN_LETTER_ADDRESSED_CONFIRMED: t`The FDA confirmed that the issues in its letter were addressed`,
  }[type];
}
