import { describe, expect, test } from "vitest";
import { phaseLabel, statusLabel, statusTone, studyTypeLabel } from "./registry-labels";

describe("registry labels", () => {
  test("statuses read as plain words", () => {
    expect(statusLabel("ACTIVE_NOT_RECRUITING")).toBe("Active, not recruiting");
    expect(statusLabel("UNKNOWN")).toBe("Status unknown");
    expect(statusLabel(undefined)).toBe("Status not stated");
  });
  test("status tone groups statuses for styling", () => {
    expect(statusTone("RECRUITING")).toBe("open");
    expect(statusTone("NOT_YET_RECRUITING")).toBe("soon");
    expect(statusTone("COMPLETED")).toBe("closed");
    expect(statusTone(undefined)).toBe("unknown");
  });
  test("phases join into one phrase", () => {
    expect(phaseLabel(["PHASE2"])).toBe("Phase 2");
    expect(phaseLabel(["PHASE1", "PHASE2"])).toBe("Phase 1 and phase 2");
    expect(phaseLabel(["EARLY_PHASE1"])).toBe("Early phase 1");
    expect(phaseLabel(["NA"])).toBe("Not applicable");
    expect(phaseLabel([])).toBeUndefined();
    expect(phaseLabel(undefined)).toBeUndefined();
  });
  test("study types", () => {
    expect(studyTypeLabel("OBSERVATIONAL")).toBe("Observational");
    expect(studyTypeLabel(undefined)).toBe("Study type not stated");
  });
});
