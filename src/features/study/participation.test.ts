import { describe, expect, test } from "vitest";
import type { Study } from "../../api/types";
import { corpus } from "../../testing/server";
import { deriveParticipation, type ParticipationFact } from "./participation";

const needsCorpus = corpus.studies.length === 0;

function factsOf(nctId: string): ParticipationFact[] {
  const study = corpus.byId(nctId);
  if (!study) throw new Error(`${nctId} is not in the corpus`);
  return deriveParticipation(study);
}
function fact<K extends ParticipationFact["kind"]>(facts: ParticipationFact[], kind: K) {
  return facts.find((f): f is Extract<ParticipationFact, { kind: K }> => f.kind === kind);
}
const arms = (nctId: string) => corpus.byId(nctId)?.protocolSection?.armsInterventionsModule?.armGroups ?? [];

describe.skipIf(needsCorpus)("what taking part involves, on real records", () => {
  test("randomized, 1 placebo arm of 2, parallel: about 1 in 2 (NCT00069082)", () => {
    const facts = factsOf("NCT00069082");
    expect(fact(facts, "randomized")?.text).toMatch(/^Yes\. Chance decides/);
    const placebo = fact(facts, "placebo");
    expect(placebo).toMatchObject({ comparator: "placebo", arms: 1, totalArms: arms("NCT00069082").length, chance: { in: 1, of: 2 } });
    expect(placebo?.text).toBe("Possible. 1 of the 2 groups gets a placebo (a dummy treatment). If you join, your chance of getting it is about 1 in 2.");
    expect(fact(facts, "groups")?.text).toBe("2 groups. Each person stays in one group for the whole study.");
    expect(fact(facts, "masking")?.text).toBe(
      "You will not know which group you are in. Your care providers, the researchers and the people who measure the results will not know either.",
    );
  });

  test("1 placebo arm of 3: about 1 in 3 (NCT01255813)", () => {
    expect(fact(factsOf("NCT01255813"), "placebo")?.chance).toEqual({ in: 1, of: 3 });
  });

  test("a sham arm is named as a sham (NCT01151631)", () => {
    const sham = fact(factsOf("NCT01151631"), "placebo");
    expect(sham).toMatchObject({ comparator: "sham", label: "Sham", chance: { in: 1, of: 2 } });
    expect(sham?.text).toContain("a sham (a fake procedure)");
  });

  test("not randomized: sham arms are counted but no chance is given (NCT03511846, 4 of 16)", () => {
    const facts = factsOf("NCT03511846");
    expect(fact(facts, "randomized")?.text).toBe("No. Groups are not assigned by chance.");
    const sham = fact(facts, "placebo");
    expect(sham).toMatchObject({ arms: 4, totalArms: 16 });
    expect(sham?.chance).toBeUndefined();
    expect(sham?.text).toBe("Possible. 4 of the 16 groups get a sham (a fake procedure).");
  });

  test("crossover with a placebo arm: no chance, and the crossover is explained (NCT02466334)", () => {
    const facts = factsOf("NCT02466334");
    expect(fact(facts, "placebo")?.chance).toBeUndefined();
    expect(fact(facts, "placebo")?.text).not.toMatch(/chance/);
    expect(fact(facts, "groups")).toMatchObject({ model: "CROSSOVER", term: "crossover" });
    expect(fact(facts, "groups")?.text).toMatch(/one after the other/);
  });

  test("single group, open label (NCT01339377)", () => {
    const facts = factsOf("NCT01339377");
    expect(fact(facts, "randomized")).toBeUndefined(); // allocation NA says nothing either way
    expect(fact(facts, "placebo")).toBeUndefined();
    expect(fact(facts, "groups")?.text).toBe("1 group. Everyone gets the same treatment.");
    expect(fact(facts, "masking")).toMatchObject({ term: "open label", text: "None. Everyone knows which treatment you get (open label)." });
  });

  test("'single group' with several arms does not claim everyone gets the same (NCT04207047)", () => {
    expect(fact(factsOf("NCT04207047"), "groups")?.text).toBe(`${arms("NCT04207047").length} groups.`);
  });

  test("only the outcomes assessor is masked (NCT01367860)", () => {
    expect(fact(factsOf("NCT01367860"), "masking")?.text).toBe(
      "You will know which group you are in, but the people who measure the results will not.",
    );
  });

  test("masked but the record does not say who (NCT00662935)", () => {
    expect(fact(factsOf("NCT00662935"), "masking")?.text).toBe("Some of the people involved will not know who gets which treatment.");
  });

  test("observational: no treatment, and no groups when there are no arms (NCT00258583)", () => {
    const facts = factsOf("NCT00258583");
    expect(fact(facts, "observational")?.text).toMatch(/^You will not be given a treatment by the study/);
    expect(fact(facts, "groups")).toBeUndefined();
    expect(fact(facts, "randomized")).toBeUndefined();
    expect(fact(facts, "masking")).toBeUndefined();
    expect(fact(facts, "time-perspective")).toBeUndefined(); // "OTHER" says nothing
  });

  test("observational registry: target duration and a prospective design (NCT01677026)", () => {
    const facts = factsOf("NCT01677026");
    const target = corpus.byId("NCT01677026")?.protocolSection?.designModule?.targetDuration;
    expect(target).toBe("5 Years");
    expect(fact(facts, "duration")).toMatchObject({ source: "target-duration", text: "Each person is expected to be followed for 5 years." });
    expect(fact(facts, "time-perspective")?.text).toMatch(/from now on/);
  });

  test("a 'through study completion, an average of …' time frame gives a length (NCT02910323)", () => {
    expect(fact(factsOf("NCT02910323"), "duration")).toMatchObject({ source: "primary-outcome", duration: "5 years" });
  });

  test("ordinary outcome time frames are not read as a length (NCT00069082)", () => {
    expect(fact(factsOf("NCT00069082"), "duration")).toBeUndefined();
  });

  test("a trial whose treatment is also offered through expanded access (NCT02552212)", () => {
    const also = fact(factsOf("NCT02552212"), "expanded-access-also");
    expect(also?.nctId).toBe(corpus.byId("NCT02552212")?.protocolSection?.statusModule?.expandedAccessInfo?.nctId);
  });

  test("every record: facts read as words, chance only for randomized parallel designs", () => {
    for (const study of corpus.studies) {
      const id = study.protocolSection?.identificationModule?.nctId;
      const info = study.protocolSection?.designModule?.designInfo;
      const facts = deriveParticipation(study);
      for (const f of facts) expect(`${f.label} ${f.text}`, id).not.toMatch(/undefined|null|NaN|\[object/);
      const placebo = fact(facts, "placebo");
      if (placebo?.chance) expect([info?.allocation, info?.interventionModel], id).toEqual(["RANDOMIZED", "PARALLEL"]);
      const types = (study.protocolSection?.armsInterventionsModule?.armGroups ?? []).map((a) => a.type);
      expect(Boolean(placebo), id).toBe(types.includes("PLACEBO_COMPARATOR") || types.includes("SHAM_COMPARATOR"));
      expect(facts.length, id).toBeGreaterThan(0);
    }
  });
});

describe("what taking part involves, edge cases", () => {
  test("expanded access explains itself and for whom", () => {
    const study: Study = {
      protocolSection: { designModule: { studyType: "EXPANDED_ACCESS", expandedAccessTypes: { individual: true, treatment: true } } },
    };
    const [access] = deriveParticipation(study);
    expect(access).toMatchObject({ kind: "expanded-access", types: ["individual", "treatment"], term: "expanded access" });
    expect(access?.text).toMatch(/^This is not a clinical trial/);
    expect(access?.text).toMatch(/one patient at a time and large groups of patients\.$/);
  });

  test("an empty record has no facts", () => {
    expect(deriveParticipation({})).toEqual([]);
    expect(deriveParticipation({ protocolSection: { armsInterventionsModule: { armGroups: [] } } })).toEqual([]);
  });

  test("placebo and sham together, 2 of 4 arms: about 1 in 2", () => {
    const study: Study = {
      protocolSection: {
        designModule: { studyType: "INTERVENTIONAL", designInfo: { allocation: "RANDOMIZED", interventionModel: "PARALLEL" } },
        armsInterventionsModule: { armGroups: [{ type: "EXPERIMENTAL" }, { type: "PLACEBO_COMPARATOR" }, { type: "SHAM_COMPARATOR" }, { type: "ACTIVE_COMPARATOR" }] },
      },
    };
    const placebo = deriveParticipation(study).find((f) => f.kind === "placebo");
    expect(placebo).toMatchObject({ label: "Placebo or sham", chance: { in: 1, of: 2 } });
    expect(placebo?.text).toBe("Possible. 2 of the 4 groups get a placebo or sham. If you join, your chance of getting it is about 1 in 2.");
  });

  test("primary outcomes that disagree on the length say nothing", () => {
    const study: Study = {
      protocolSection: {
        outcomesModule: {
          primaryOutcomes: [
            { timeFrame: "Through study completion, an average of 1 year" },
            { timeFrame: "through study completion, an average of 2 years" },
          ],
        },
      },
    };
    expect(deriveParticipation(study).find((f) => f.kind === "duration")).toBeUndefined();
  });
});
