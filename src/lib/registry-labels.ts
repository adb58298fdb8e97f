import type { Phase, Status, StudyType } from "../api/types";

// Registry vocabulary in plain words. Each status has a short label and a one-line explanation.
const STATUS: Record<Status, { label: string; explain: string }> = {
  RECRUITING: { label: "Recruiting", explain: "Looking for participants now." },
  NOT_YET_RECRUITING: { label: "Not yet recruiting", explain: "Will start looking for participants soon." },
  ENROLLING_BY_INVITATION: { label: "Enrolling by invitation", explain: "Only people invited by the study team can join." },
  ACTIVE_NOT_RECRUITING: { label: "Active, not recruiting", explain: "Under way, but not taking new participants." },
  SUSPENDED: { label: "Suspended", explain: "Paused for now; it may start again." },
  TERMINATED: { label: "Terminated", explain: "Stopped early; it will not start again." },
  COMPLETED: { label: "Completed", explain: "The study has ended." },
  WITHDRAWN: { label: "Withdrawn", explain: "Stopped before anyone joined." },
  AVAILABLE: { label: "Available", explain: "The treatment can be requested through expanded access." },
  NO_LONGER_AVAILABLE: { label: "No longer available", explain: "Expanded access has ended." },
  TEMPORARILY_NOT_AVAILABLE: { label: "Temporarily not available", explain: "Expanded access is paused for now." },
  APPROVED_FOR_MARKETING: { label: "Approved for marketing", explain: "The treatment is now approved and sold." },
  WITHHELD: { label: "Withheld", explain: "The registry is not showing this study's details." },
  UNKNOWN: { label: "Status unknown", explain: "The study team has not confirmed its status recently." },
};

/** Every status, in the order people scan them (open first), not the API's alphabetical enum order. */
export const STATUS_ORDER = Object.keys(STATUS) as readonly Status[];

export type StatusTone = "open" | "soon" | "closed" | "unknown";

export function statusLabel(status: Status | undefined): string {
  return status ? STATUS[status].label : "Status not stated";
}

export function statusExplanation(status: Status | undefined): string {
  return status ? STATUS[status].explain : "The record does not give a status.";
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

const PHASE: Record<Phase, string> = {
  EARLY_PHASE1: "Early phase 1",
  PHASE1: "Phase 1",
  PHASE2: "Phase 2",
  PHASE3: "Phase 3",
  PHASE4: "Phase 4",
  NA: "Not applicable",
};

/** ["PHASE1","PHASE2"] → "Phase 1 and phase 2"; no phases → undefined (observational studies have none). */
export function phaseLabel(phases: readonly Phase[] | undefined): string | undefined {
  if (!phases || phases.length === 0) return undefined;
  const labels = phases.map((phase) => PHASE[phase]);
  return labels.map((label, i) => (i === 0 ? label : label.toLowerCase())).join(" and ");
}

const STUDY_TYPE: Record<StudyType, { label: string; explain: string }> = {
  INTERVENTIONAL: {
    label: "Interventional (clinical trial)",
    explain: "Participants receive a treatment, device, or other intervention, and the results are compared.",
  },
  OBSERVATIONAL: {
    label: "Observational",
    explain: "Researchers watch and measure what happens; the study does not assign a treatment.",
  },
  EXPANDED_ACCESS: {
    label: "Expanded access",
    explain: "A way for patients to get a treatment that is not yet approved, outside a clinical trial.",
  },
};

export function studyTypeLabel(type: StudyType | undefined): string {
  return type ? STUDY_TYPE[type].label : "Study type not stated";
}

export function studyTypeExplanation(type: StudyType | undefined): string | undefined {
  return type ? STUDY_TYPE[type].explain : undefined;
}
