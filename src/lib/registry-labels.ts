import { t } from "@lingui/core/macro";
import type { Phase, Status, StudyType } from "../api/types";

// Registry vocabulary in plain words. Each status has a short label and a one-line explanation, looked
// up when shown (in the active language).
const statusWords = (): Record<Status, { label: string; explain: string }> => ({
  RECRUITING: { label: t`Recruiting`, explain: t`Looking for participants now.` },
  NOT_YET_RECRUITING: { label: t`Not yet recruiting`, explain: t`Will start looking for participants soon.` },
  ENROLLING_BY_INVITATION: { label: t`Enrolling by invitation`, explain: t`Only people invited by the study team can join.` },
  ACTIVE_NOT_RECRUITING: { label: t`Active, not recruiting`, explain: t`Under way, but not taking new participants.` },
  SUSPENDED: { label: t`Suspended`, explain: t`Paused for now; it may start again.` },
  TERMINATED: { label: t`Terminated`, explain: t`Stopped early; it will not start again.` },
  COMPLETED: { label: t`Completed`, explain: t`The study has ended.` },
  WITHDRAWN: { label: t`Withdrawn`, explain: t`Stopped before anyone joined.` },
  AVAILABLE: { label: t`Available`, explain: t`The treatment can be requested through expanded access.` },
  NO_LONGER_AVAILABLE: { label: t`No longer available`, explain: t`Expanded access has ended.` },
  TEMPORARILY_NOT_AVAILABLE: { label: t`Temporarily not available`, explain: t`Expanded access is paused for now.` },
  APPROVED_FOR_MARKETING: { label: t`Approved for marketing`, explain: t`The treatment is now approved and sold.` },
  WITHHELD: { label: t`Withheld`, explain: t`The registry is not showing this study's details.` },
  UNKNOWN: { label: t`Status unknown`, explain: t`The study team has not confirmed its status recently.` },
});

// Every status once (the type says so), in the order people scan them (open first), not the API's
// alphabetical enum order.
const ORDER: Record<Status, 1> = {
  RECRUITING: 1,
  NOT_YET_RECRUITING: 1,
  ENROLLING_BY_INVITATION: 1,
  ACTIVE_NOT_RECRUITING: 1,
  SUSPENDED: 1,
  TERMINATED: 1,
  COMPLETED: 1,
  WITHDRAWN: 1,
  AVAILABLE: 1,
  NO_LONGER_AVAILABLE: 1,
  TEMPORARILY_NOT_AVAILABLE: 1,
  APPROVED_FOR_MARKETING: 1,
  WITHHELD: 1,
  UNKNOWN: 1,
};

/** Every status, in the order people scan them (open first), not the API's alphabetical enum order. */
export const STATUS_ORDER = Object.keys(ORDER) as readonly Status[];

export type StatusTone = "open" | "soon" | "closed" | "unknown";

export function statusLabel(status: Status | undefined): string {
  return status ? statusWords()[status].label : t`Status not stated`;
}

export function statusExplanation(status: Status | undefined): string {
  return status ? statusWords()[status].explain : t`The record does not give a status.`;
}

/** Colour family for a status; the label text always carries the meaning too. */
export function statusTone(status: Status | undefined): StatusTone {
  switch (status) {
    case "RECRUITING":
    case "AVAILABLE":
    case "ENROLLING_BY_INVITATION":
      return "open";
    case "NOT_YET_RECRUITING":
      return "soon";
    case "UNKNOWN":
    case undefined:
      return "unknown";
    default:
      return "closed";
  }
}

const phaseWords = (): Record<Phase, string> => ({
  EARLY_PHASE1: t`Early phase 1`,
  PHASE1: t`Phase 1`,
  PHASE2: t`Phase 2`,
  PHASE3: t`Phase 3`,
  PHASE4: t`Phase 4`,
  NA: t`Not applicable`,
});

/** ["PHASE1","PHASE2"] → "Phase 1 and phase 2"; no phases → undefined (observational studies have none). */
export function phaseLabel(phases: readonly Phase[] | undefined): string | undefined {
  if (!phases || phases.length === 0) return undefined;
  const words = phaseWords();
  return phases
    .map((phase, i) => (i === 0 ? words[phase] : words[phase].toLowerCase()))
    .reduce((first, next) => t`${first} and ${next}`);
}

const studyTypeWords = (): Record<StudyType, { label: string; explain: string }> => ({
  INTERVENTIONAL: {
    label: t`Interventional (clinical trial)`,
    explain: t`Participants receive a treatment, device, or other intervention, and the results are compared.`,
  },
  OBSERVATIONAL: {
    label: t`Observational`,
    explain: t`Researchers watch and measure what happens; the study does not assign a treatment.`,
  },
  EXPANDED_ACCESS: {
    label: t`Expanded access`,
    explain: t`A way for patients to get a treatment that is not yet approved, outside a clinical trial.`,
  },
});

export function studyTypeLabel(type: StudyType | undefined): string {
  return type ? studyTypeWords()[type].label : t`Study type not stated`;
}

export function studyTypeExplanation(type: StudyType | undefined): string | undefined {
  return type ? studyTypeWords()[type].explain : undefined;
}
