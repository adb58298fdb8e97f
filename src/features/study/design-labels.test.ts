import { describe, expect, test } from "vitest";
import { corpus } from "../../testing/server";
import {
  ALLOCATION,
  ARM_GROUP_TYPE,
  ENROLLMENT_SENTINEL,
  INTERVENTION_TYPE,
  MASKING,
  explained,
  findIntervention,
  formatEnrollment,
  sentence,
  whoMaskedSentence,
} from "./design-labels";

const design = (id: string) => corpus.byId(id)?.protocolSection?.designModule;
const arms = (id: string) => corpus.byId(id)?.protocolSection?.armsInterventionsModule;

describe("plain sentences", () => {
  test("allocation and masking read as one sentence", () => {
    expect(sentence(ALLOCATION().RANDOMIZED)).toBe("Randomized: a computer decides by chance which group you join.");
    expect(sentence(MASKING().NONE)).toMatch(/^Open label: everyone/);
  });

  test("a missing value explains nothing rather than guessing", () => {
    expect(explained(ALLOCATION, undefined)).toBeUndefined();
    expect(whoMaskedSentence(undefined)).toBeUndefined();
    expect(whoMaskedSentence([])).toBeUndefined();
  });

  test("who is masked is joined naturally, the participant as 'you', in a fixed order", () => {
    expect(whoMaskedSentence(["PARTICIPANT"])).toBe("You won't know which group you are in.");
    expect(whoMaskedSentence(["CARE_PROVIDER", "PARTICIPANT"])).toBe(
      "You and the doctors and nurses treating you won't know which group you are in.",
    );
    expect(whoMaskedSentence(["OUTCOMES_ASSESSOR"])).toBe("The people who measure the results won't know which group you are in.");
    expect(whoMaskedSentence(["PARTICIPANT", "CARE_PROVIDER", "INVESTIGATOR", "OUTCOMES_ASSESSOR"])).toBe(
      "You, the doctors and nurses treating you, the researchers running the study and the people who measure the results won't know which group you are in.",
    );
  });

  test.skipIf(!corpus.byId("NCT01589588"))("a real double-blind crossover record (NCT01589588)", () => {
    const info = design("NCT01589588")?.designInfo;
    expect(explained(MASKING, info?.maskingInfo?.masking)?.label).toBe("Double-blind");
    expect(whoMaskedSentence(info?.maskingInfo?.whoMasked)).toBe(
      "You and the doctors and nurses treating you won't know which group you are in.",
    );
    expect(sentence(explained(ALLOCATION, info?.allocation)!)).toContain("by chance");
  });

  test("every arm and intervention type in the corpus has words", () => {
    for (const study of corpus.studies) {
      for (const arm of study.protocolSection?.armsInterventionsModule?.armGroups ?? [])
        if (arm.type) expect(explained(ARM_GROUP_TYPE, arm.type)?.explain).toMatch(/\.$/);
      for (const i of study.protocolSection?.armsInterventionsModule?.interventions ?? [])
        if (i.type) expect(explained(INTERVENTION_TYPE, i.type)?.label).toBeTruthy();
    }
  });
});

describe("formatEnrollment", () => {
  test("counts get thousands separators and say actual or anticipated", () => {
    expect(formatEnrollment({ count: 1234, type: "ACTUAL" })).toBe("1,234 participants (actual)");
    expect(formatEnrollment({ count: 12000, type: "ESTIMATED" })).toBe("12,000 participants (anticipated)");
    expect(formatEnrollment({ count: 1, type: "ACTUAL" })).toBe("1 participant (actual)");
    expect(formatEnrollment({ count: 40 })).toBe("40 participants");
  });

  test("the sentinel, missing, negative and non-finite counts are not stated", () => {
    for (const count of [ENROLLMENT_SENTINEL, undefined, -1, Number.NaN, Number.POSITIVE_INFINITY])
      expect(formatEnrollment({ count, type: "ESTIMATED" })).toBe("Not stated");
    expect(formatEnrollment(undefined)).toBe("Not stated");
  });

  test("zero is a fact only when it is the actual count", () => {
    expect(formatEnrollment({ count: 0, type: "ACTUAL" })).toBe("0 participants (actual)");
    expect(formatEnrollment({ count: 0, type: "ESTIMATED" })).toBe("Not stated");
    expect(formatEnrollment({ count: 0 })).toBe("Not stated");
  });

  test.skipIf(!corpus.byId("NCT04939922"))("real records: anticipated, actual zero, no type", () => {
    expect(formatEnrollment(design("NCT04939922")?.enrollmentInfo)).toBe("10,000 participants (anticipated)");
    expect(formatEnrollment(design("NCT00576225")?.enrollmentInfo)).toBe("0 participants (actual)");
    expect(formatEnrollment(design("NCT00415220")?.enrollmentInfo)).toBe("40 participants");
  });
});

describe("findIntervention", () => {
  test.skipIf(!corpus.byId("NCT01589588"))("a name listed twice resolves to the one given to this arm", () => {
    const module = arms("NCT01589588");
    const interventions = module?.interventions ?? [];
    const placeboArm = module?.armGroups?.find((arm) => arm.type === "PLACEBO_COMPARATOR");
    const ref = placeboArm?.interventionNames?.[0] ?? "";
    const match = findIntervention(ref, interventions, placeboArm?.label);
    expect(match?.armGroupLabels).toContain(placeboArm?.label);
    expect(interventions.filter((i) => i.name === match?.name).length).toBe(2);
  });

  test("matches type words and case loosely, and falls back to the name", () => {
    const list = [
      { type: "DIETARY_SUPPLEMENT" as const, name: "Vitamin D" },
      { type: "DRUG" as const, name: "Placebo" },
      { type: "OTHER" as const, name: "Placebo" },
    ];
    expect(findIntervention("Dietary Supplement: Vitamin D", list)).toBe(list[0]);
    expect(findIntervention("Other: placebo", list)).toBe(list[2]);
    expect(findIntervention("Procedure/Surgery: Vitamin D", list)).toBe(list[0]);
    expect(findIntervention("Drug: Unknown", list)).toBeUndefined();
  });

  test("every arm reference in the corpus resolves to an intervention of the same record", () => {
    let refs = 0;
    for (const study of corpus.studies) {
      const module = study.protocolSection?.armsInterventionsModule;
      for (const arm of module?.armGroups ?? [])
        for (const ref of arm.interventionNames ?? []) {
          refs += 1;
          expect(findIntervention(ref, module?.interventions ?? [], arm.label), `${ref} in ${study.protocolSection?.identificationModule?.nctId}`).toBeTruthy();
        }
    }
    expect(refs === 0 || refs > 100).toBe(true);
  });
});
