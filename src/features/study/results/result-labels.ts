import type { OutcomeMeasureType, UnpostedEventType, ViolationEventType } from "./result-types";

// Small helpers shared by the results overview (its own lazy chunk) and the annotation note (main study chunk);
// the wording used only inside the opened parts lives in measure-labels.ts (lazy chunk).

/** A registry string with content, or undefined for missing, empty or whitespace-only. */
export function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}


const OUTCOME_TYPE: Record<OutcomeMeasureType, string> = {
  PRIMARY: "Primary",
  SECONDARY: "Secondary",
  OTHER_PRE_SPECIFIED: "Other pre-specified",
  POST_HOC: "Post-hoc",
};

export function outcomeTypeLabel(type: OutcomeMeasureType | undefined): string | undefined {
  return type ? OUTCOME_TYPE[type] : undefined;
}

export const OUTCOME_TYPES = Object.keys(OUTCOME_TYPE) as OutcomeMeasureType[];

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Registry dates ("2010-11-01", "2015-08", "2015") in words, without inventing a day or month. */
export function formatDate(value: string | undefined): string | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value?.trim() ?? "");
  if (!match) return undefined;
  const [, year, month, day] = match;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year; // no month, or an impossible one: say only what is certain
  return day ? `${monthName} ${Number(day)}, ${year}` : `${monthName} ${year}`;
}

const UNPOSTED_EVENT: Record<UnpostedEventType, string> = {
  RELEASE: "Results submitted to ClinicalTrials.gov",
  RESET: "Returned to the study team after the registry's quality-control review",
  UNRELEASE: "Submission withdrawn by the study team",
};

export function unpostedEventLabel(type: UnpostedEventType | undefined): string {
  return type ? UNPOSTED_EVENT[type] : "Event not stated";
}

const VIOLATION_EVENT: Record<ViolationEventType, string> = {
  VIOLATION_IDENTIFIED: "The U.S. Food and Drug Administration (FDA) found that this study broke the rules for reporting to ClinicalTrials.gov",
  CORRECTION_CONFIRMED: "The FDA confirmed that the problem was corrected",
  PENALTY_IMPOSED: "The FDA imposed a penalty",
  ISSUES_IN_LETTER_ADDRESSED_CONFIRMED: "The FDA confirmed that the issues in its letter were addressed",
};

export function violationEventLabel(type: ViolationEventType | undefined): string {
  return type ? VIOLATION_EVENT[type] : "Reporting violation";
}
