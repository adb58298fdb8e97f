import { describe, expect, test } from "vitest";
import type { Study } from "../../api/types";
import { studyTitle } from "./study-facts";

const study = (briefTitle?: string, acronym?: string, nctId = "NCT02513394") =>
  ({ protocolSection: { identificationModule: { nctId, briefTitle, acronym } } }) as Study;

describe("studyTitle", () => {
  test("adds the acronym unless the title has it as a whole word; collapses spaces", () => {
    expect(studyTitle(study("Ketamine for Cluster Headache", "KETALGIA"))).toBe("Ketamine for Cluster Headache (KETALGIA)");
    expect(studyTitle(study("Ketamine  for Headache (KETALGIA)", "KETALGIA"))).toBe("Ketamine for Headache (KETALGIA)");
    expect(studyTitle(study("Impact of exercise", "ACT"))).toBe("Impact of exercise (ACT)");
    expect(studyTitle(study("ACT-1: a trial", "ACT"))).toBe("ACT-1: a trial");
    expect(studyTitle(study("A (b+c) trial", "b+c"))).toBe("A (b+c) trial");
  });

  test("no title: the id", () => {
    expect(studyTitle(study(undefined, undefined))).toBe("NCT02513394");
    expect(studyTitle(study("  ", "X"))).toBe("NCT02513394 (X)");
  });
});
