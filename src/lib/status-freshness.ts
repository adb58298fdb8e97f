import { t } from "@lingui/core/macro";
import type { components } from "../api/schema";
import type { Status } from "../api/types";
import { formatMonthYear, isOlderThan, isPast } from "./dates";
import { statusExplanation, statusLabel } from "./registry-labels";

// One rule for how far a record's status can be trusted, used by every place that shows a status.
// The registry turns a status into UNKNOWN only after two years without verification, so until then
// a "Recruiting" label can be 23 months old (audits found only about half of "recruiting" trials were).

type StatusModule = components["schemas"]["StatusModule"];

/**
 * Statuses that claim something is still going on, so they go out of date. Final statuses (completed,
 * terminated, withdrawn, no longer available, approved for marketing, withheld) are not re-verified by
 * study teams and rarely change, so an old verification date says nothing about them: no warning.
 */
const OPEN: ReadonlySet<Status> = new Set([
  "RECRUITING",
  "NOT_YET_RECRUITING",
  "ENROLLING_BY_INVITATION",
  "ACTIVE_NOT_RECRUITING",
  "SUSPENDED",
  "AVAILABLE",
  "TEMPORARILY_NOT_AVAILABLE",
]);

const CONFIRMED_WITHIN_MONTHS = 12;
/** Past this the registry itself shows the status as UNKNOWN; frozen (offline) records get there too. */
const UNKNOWN_AFTER_MONTHS = 24;

export type StatusFreshness = {
  /** The status to show: UNKNOWN once unverified for more than two years, as the registry would. */
  status: Status | undefined;
  /** What the record last said, when `status` is UNKNOWN ("last reported as Recruiting"). */
  lastReported?: Status;
  /** "December 2023": the status was last confirmed more than a year ago. */
  confirmed?: string;
  /** "March 2025": an anticipated completion date that has passed. */
  expectedEnd?: string;
  /** True when a warning applies: the badge is toned down and the words say why. */
  doubtful: boolean;
};

/** The freshness rule; `now` is injectable for tests. Missing or unreadable dates give no warning. */
export function statusFreshness(module: StatusModule | undefined, now: Date = new Date()): StatusFreshness {
  const overall = module?.overallStatus;
  const reported = overall === "UNKNOWN" ? module?.lastKnownStatus : overall;
  if (!reported || !OPEN.has(reported)) {
    // A closed status: nothing to warn about. An UNKNOWN one still says what it last reported.
    return { status: overall, ...(overall === "UNKNOWN" && reported && { lastReported: reported }), doubtful: overall === "UNKNOWN" };
  }
  const verified = module?.statusVerifiedDate;
  const confirmed = isOlderThan(verified, CONFIRMED_WITHIN_MONTHS, now) ? formatMonthYear(verified) : undefined;
  const end = anticipatedEnd(module);
  const expectedEnd = end && isPast(end, now) ? formatMonthYear(end) : undefined;
  const unknown = overall === "UNKNOWN" || isOlderThan(verified, UNKNOWN_AFTER_MONTHS, now);
  return {
    status: unknown ? "UNKNOWN" : overall,
    ...(unknown && { lastReported: reported }),
    ...(confirmed && { confirmed }),
    ...(expectedEnd && { expectedEnd }),
    doubtful: unknown || confirmed !== undefined || expectedEnd !== undefined,
  };
}

/** The study's anticipated end: completion, else primary completion, only while still an estimate. */
function anticipatedEnd(module: StatusModule | undefined): string | undefined {
  const struct = module?.completionDateStruct?.date ? module.completionDateStruct : module?.primaryCompletionDateStruct;
  return struct?.type === "ESTIMATED" ? struct.date : undefined;
}

/** The warnings in words, in reading order: ["last reported as Recruiting", "status last confirmed …", …]. */
export function freshnessWarnings(freshness: StatusFreshness): string[] {
  const { lastReported, confirmed, expectedEnd } = freshness;
  const status = lastReported && statusLabel(lastReported);
  return [
    status && t`last reported as ${status}`,
    confirmed && t`status last confirmed ${confirmed}`,
    expectedEnd && t`was expected to end ${expectedEnd}`,
  ].filter((words): words is string => Boolean(words));
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * One plain line under a status: its explanation ("Looking for participants now."), or, when the
 * status is in doubt, why ("May be out of date: status last confirmed December 2023; was expected
 * to end March 2025."). The same line on cards, lists, print and the study page.
 */
export function statusLine(freshness: StatusFreshness): string {
  const warnings = freshnessWarnings(freshness);
  if (warnings.length === 0) return statusExplanation(freshness.status);
  const reasons = warnings.join("; ");
  return freshness.status === "UNKNOWN" ? `${capitalize(reasons)}.` : t`May be out of date: ${reasons}.`;
}

/** The registry field pieces (`fields=`) the rule reads besides OverallStatus: list requests add them. */
export const STATUS_FRESHNESS_FIELDS = [
  "StatusVerifiedDate",
  "LastKnownStatus",
  "CompletionDate",
  "CompletionDateType",
  "PrimaryCompletionDate",
  "PrimaryCompletionDateType",
] as const;
