import type {
  AgreementRestrictionType,
  MeasureDispersionType,
  MeasureParam,
  Measurement,
  NonInferiorityType,
} from "./result-types";
import { formatCount } from "../../../lib/format-count";
import { text } from "./result-labels";

// Results vocabulary in words, used inside the opened parts (lazy chunk).

const PARAM: Record<MeasureParam, string> = {
  GEOMETRIC_MEAN: "Geometric mean",
  GEOMETRIC_LEAST_SQUARES_MEAN: "Geometric least squares mean",
  LEAST_SQUARES_MEAN: "Least squares mean",
  LOG_MEAN: "Log mean",
  MEAN: "Mean",
  MEDIAN: "Median",
  NUMBER: "Number",
  COUNT_OF_PARTICIPANTS: "Count of participants",
  COUNT_OF_UNITS: "Count of units",
};

const DISPERSION: Record<MeasureDispersionType, string | undefined> = {
  NA: undefined,
  STANDARD_DEVIATION: "Standard Deviation",
  STANDARD_ERROR: "Standard Error",
  INTER_QUARTILE_RANGE: "Inter-Quartile Range",
  FULL_RANGE: "Full Range",
  CONFIDENCE_80: "80% Confidence Interval",
  CONFIDENCE_90: "90% Confidence Interval",
  CONFIDENCE_95: "95% Confidence Interval",
  CONFIDENCE_975: "97.5% Confidence Interval",
  CONFIDENCE_99: "99% Confidence Interval",
  CONFIDENCE_OTHER: "Other Confidence Interval",
  GEOMETRIC_COEFFICIENT: "Geometric Coefficient of Variation",
};

/**
 * How the values were summarised, e.g. "Mean (Standard Deviation)". Baseline measures give the
 * dispersion as an enum, outcome measures as words already ("Standard Deviation"); "NA" means none.
 */
export function measureKindLabel(param: MeasureParam | undefined, dispersion: string | undefined): string | undefined {
  const paramText = param ? PARAM[param] : undefined;
  const dispersionText = dispersionLabel(dispersion);
  if (paramText && dispersionText) return `${paramText} (${dispersionText})`;
  return paramText ?? (dispersionText && `Spread: ${dispersionText}`);
}

function isDispersionType(value: string): value is MeasureDispersionType {
  return Object.hasOwn(DISPERSION, value);
}

function dispersionLabel(dispersion: string | undefined): string | undefined {
  const raw = text(dispersion);
  if (!raw || /^not applicable$/i.test(raw)) return undefined;
  return isDispersionType(raw) ? DISPERSION[raw] : raw;
}

/**
 * One table cell: the value with its spread or limits, e.g. "44.9 (10.5)" or "15.6 (9.6 to NA)".
 * Values are strings from the registry and are shown exactly as sent (no re-rounding).
 */
export function formatMeasurement(m: Measurement | undefined): string | undefined {
  const value = text(m?.value);
  if (!value) return undefined;
  const lower = text(m?.lowerLimit);
  const upper = text(m?.upperLimit);
  if (lower || upper) return `${value} (${lower ?? "NA"} to ${upper ?? "NA"})`;
  const spread = text(m?.spread);
  return spread ? `${value} (${spread})` : value;
}

/** Does a cell show the registry's "NA" (not available) anywhere? */
export function showsNA(m: Measurement | undefined): boolean {
  return [m?.value, m?.lowerLimit, m?.upperLimit, m?.spread].some((v) => v?.trim() === "NA");
}

const MILESTONE: Record<string, string> = { STARTED: "Started", COMPLETED: "Completed", "NOT COMPLETED": "Not completed" };

/** Milestone types are free text except the three standard ones, which come in capitals. */
export function milestoneLabel(type: string | undefined): string {
  const t = text(type);
  return t ? (MILESTONE[t] ?? t) : "Milestone not named";
}

const NON_INFERIORITY: Record<NonInferiorityType, string> = {
  SUPERIORITY: "Superiority (is one group better?)",
  NON_INFERIORITY: "Non-inferiority (is one group not worse by more than a set margin?)",
  EQUIVALENCE: "Equivalence (are the groups about the same?)",
  OTHER: "Other",
  NON_INFERIORITY_OR_EQUIVALENCE: "Non-inferiority or equivalence",
  SUPERIORITY_OR_OTHER: "Superiority or other",
  NON_INFERIORITY_OR_EQUIVALENCE_LEGACY: "Non-inferiority or equivalence",
  SUPERIORITY_OR_OTHER_LEGACY: "Superiority or other",
};

export function nonInferiorityLabel(type: NonInferiorityType | undefined): string | undefined {
  return type ? NON_INFERIORITY[type] : undefined;
}

const RESTRICTION: Record<AgreementRestrictionType, string> = {
  LTE60:
    "The sponsor can review results communications before they are made public and can delay them for 60 days or less.",
  GT60: "The sponsor can review results communications before they are made public and can delay them for more than 60 days, but no more than 180 days.",
  OTHER: "Another kind of agreement limits what the investigators may say or publish about the results.",
};

export function restrictionLabel(type: AgreementRestrictionType | undefined): string | undefined {
  return type ? RESTRICTION[type] : undefined;
}

/** "99 of 2,841 (3.48%)": people affected of people at risk; the percentage only when it is defined. */
export function formatAffected(affected: number | undefined, atRisk: number | undefined): string | undefined {
  if (affected === undefined && atRisk === undefined) return undefined;
  const a = affected === undefined ? "Not stated" : formatCount(affected);
  if (atRisk === undefined) return `${a} affected`;
  const pct = affected !== undefined && atRisk > 0 ? ` (${((affected / atRisk) * 100).toFixed(2)}%)` : "";
  return `${a} of ${formatCount(atRisk)}${pct}`;
}

/** tel: link target: digits and a leading +, with an extension per RFC 3966; undefined when no digits. */
export function telHref(phone: string | undefined, ext?: string): string | undefined {
  const raw = text(phone);
  if (!raw) return undefined;
  const digits = raw.replace(/[^\d+]/g, "").replace(/(?!^)\+/g, "");
  if (!/\d/.test(digits)) return undefined;
  const extDigits = ext?.replace(/\D/g, "");
  return `tel:${digits}${extDigits ? `;ext=${extDigits}` : ""}`;
}
