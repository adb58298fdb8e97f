import { t } from "@lingui/core/macro";
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

const paramLabel = (value: MeasureParam): string =>
  ({
    GEOMETRIC_MEAN: t`Geometric mean`,
    GEOMETRIC_LEAST_SQUARES_MEAN: t`Geometric least squares mean`,
    LEAST_SQUARES_MEAN: t`Least squares mean`,
    LOG_MEAN: t`Log mean`,
    MEAN: t`Mean`,
    MEDIAN: t`Median`,
    NUMBER: t`Number`,
    COUNT_OF_PARTICIPANTS: t`Count of participants`,
    COUNT_OF_UNITS: t`Count of units`,
  })[value];

const dispersions = (): Record<MeasureDispersionType, string | undefined> => ({
  NA: undefined,
  STANDARD_DEVIATION: t`Standard Deviation`,
  STANDARD_ERROR: t`Standard Error`,
  INTER_QUARTILE_RANGE: t`Inter-Quartile Range`,
  FULL_RANGE: t`Full Range`,
  CONFIDENCE_80: t`80% Confidence Interval`,
  CONFIDENCE_90: t`90% Confidence Interval`,
  CONFIDENCE_95: t`95% Confidence Interval`,
  CONFIDENCE_975: t`97.5% Confidence Interval`,
  CONFIDENCE_99: t`99% Confidence Interval`,
  CONFIDENCE_OTHER: t`Other Confidence Interval`,
  GEOMETRIC_COEFFICIENT: t`Geometric Coefficient of Variation`,
});

/**
 * How the values were summarised, e.g. "Mean (Standard Deviation)". Baseline measures give the
 * dispersion as an enum, outcome measures as words already ("Standard Deviation"); "NA" means none.
 */
export function measureKindLabel(param: MeasureParam | undefined, dispersion: string | undefined): string | undefined {
  const paramText = param && paramLabel(param);
  const dispersionText = dispersionLabel(dispersion);
  if (paramText && dispersionText) return `${paramText} (${dispersionText})`;
  return paramText ?? (dispersionText && t`Spread: ${dispersionText}`);
}

function dispersionLabel(dispersion: string | undefined): string | undefined {
  const raw = text(dispersion);
  if (!raw || /^not applicable$/i.test(raw)) return undefined;
  // Outcome measures give the enum's words ("Standard Deviation", "95% Confidence Interval"): ours for those.
  const key = raw.toUpperCase().replace(/^([\d.]+)% (CONFIDENCE) INTERVAL$/, "$2_$1").replace(/\./g, "").replace(/[ -]/g, "_");
  const words = dispersions();
  return Object.hasOwn(words, key) ? words[key as MeasureDispersionType] : raw;
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
  if (lower || upper) {
    const low = lower ?? "NA";
    const high = upper ?? "NA";
    return t`${value} (${low} to ${high})`;
  }
  const spread = text(m?.spread);
  return spread ? `${value} (${spread})` : value;
}

/** Does a cell show the registry's "NA" (not available) anywhere? */
export function showsNA(m: Measurement | undefined): boolean {
  return [m?.value, m?.lowerLimit, m?.upperLimit, m?.spread].some((v) => v?.trim() === "NA");
}

/** Milestone types are free text (registry words) except the three standard ones, which come in capitals. */
export function milestoneLabel(type: string | undefined): string {
  const written = text(type);
  if (!written) return t`Milestone not named`;
  const ours: Record<string, string> = { STARTED: t`Started`, COMPLETED: t`Completed`, "NOT COMPLETED": t`Not completed` };
  return Object.hasOwn(ours, written) ? ours[written]! : written;
}

export function nonInferiorityLabel(type: NonInferiorityType | undefined): string | undefined {
  if (!type) return undefined;
  const either = t`Non-inferiority or equivalence`;
  const other = t`Superiority or other`;
  return {
    SUPERIORITY: t`Superiority (is one group better?)`,
    NON_INFERIORITY: t`Non-inferiority (is one group not worse by more than a set margin?)`,
    EQUIVALENCE: t`Equivalence (are the groups about the same?)`,
    OTHER: t`Other`,
    NON_INFERIORITY_OR_EQUIVALENCE: either,
    SUPERIORITY_OR_OTHER: other,
    NON_INFERIORITY_OR_EQUIVALENCE_LEGACY: either,
    SUPERIORITY_OR_OTHER_LEGACY: other,
  }[type];
}

export function restrictionLabel(type: AgreementRestrictionType | undefined): string | undefined {
  if (!type) return undefined;
  return {
    LTE60: t`The sponsor can review results communications before they are made public and can delay them for 60 days or less.`,
    GT60: t`The sponsor can review results communications before they are made public and can delay them for more than 60 days, but no more than 180 days.`,
    OTHER: t`Another kind of agreement limits what the investigators may say or publish about the results.`,
  }[type];
}

/** "99 of 2,841 (3.48%)": people affected of people at risk; the percentage only when it is defined. */
export function formatAffected(affected: number | undefined, atRisk: number | undefined): string | undefined {
  if (affected === undefined && atRisk === undefined) return undefined;
  const a = affected === undefined ? t`Not stated` : formatCount(affected);
  if (atRisk === undefined) return t`${a} affected`;
  const total = formatCount(atRisk);
  if (affected === undefined || atRisk <= 0) return t`${a} of ${total}`;
  const pct = ((affected / atRisk) * 100).toFixed(2);
  return t`${a} of ${total} (${pct}%)`;
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
