import { describe, expect, test } from "vitest";
import { corpus } from "../../testing/server";
import { hasText, readHeading, splitCriteria, type CriteriaBlock, type CriteriaParts } from "./eligibility-criteria";

const needsCorpus = corpus.studies.length === 0;
const criteriaOf = (nctId: string) => corpus.byId(nctId)?.protocolSection?.eligibilityModule?.eligibilityCriteria;
const allBlocks = (p: CriteriaParts): CriteriaBlock[] => [...p.intro, ...p.inclusion, ...p.exclusion, ...p.more];

/** The words of a text, sorted: splitting may move and re-indent text, never add or drop a word. */
const words = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).sort();

describe("readHeading", () => {
  test.each([
    ["Inclusion Criteria:", "inclusion", undefined],
    ["EXCLUSION CRITERIA", "exclusion", undefined],
    ["Inclusion criteria -", "inclusion", undefined],
    ["inclusion criteria :", "inclusion", undefined],
    ["Inclusion:", "inclusion", undefined],
    ["**Inclusion Criteria:**", "inclusion", undefined],
    ["## Exclusion criteria", "exclusion", undefined],
    ["* Inclusion Criteria:", "inclusion", undefined],
    ["\\* Exclusion Criteria:", "exclusion", undefined],
    ["III.6 EXCLUSION CRITERIA", "exclusion", undefined],
    ["Inclusion Criteriar:", "inclusion", undefined],
    ["Non-inclusion criteria:", "exclusion", "Non-inclusion criteria"],
    ["Key Inclusion Criteria:", "inclusion", "Key Inclusion Criteria"],
    ["Inclusion Criteria (Families):", "inclusion", "Inclusion Criteria (Families)"],
    ["Exclusion criteria for medical history and comorbidities:", "exclusion", "Exclusion criteria for medical history and comorbidities"],
    ["Intra-surgery (tissue explant/sequestrectomy) Exclusion Criteria", "exclusion", "Intra-surgery (tissue explant/sequestrectomy) Exclusion Criteria"],
    ["Termination criteria:", "other", "Termination criteria"],
  ])("%s is a %s heading", (line, kind, label) => {
    const heading = readHeading(line);
    expect(heading?.kind).toBe(kind);
    expect(heading?.label).toBe(label);
    expect(heading?.rest).toBe("");
  });

  test("a heading with text on the same line keeps that text", () => {
    expect(readHeading("Exclusion Criteria:Patients with diabetes")).toMatchObject({ kind: "exclusion", heading: "Exclusion Criteria:", rest: "Patients with diabetes" });
  });

  test.each([
    "* Any inclusion criteria not met",
    "* Failure to meet any of the inclusion criteria",
    "* Does not meet inclusion criteria;",
    "Other inclusion and exclusion criteria may apply.",
    "Further inclusion criteria apply.",
    "Note: Other protocol-defined inclusion/exclusion criteria apply.",
    "* Other protocol-defined exclusion criteria may apply.",
    "* Stroke (\\<1 year from inclusion)",
    "* Use of exclusionary concomitant medications",
    "Exclusion criteria determined after tissue explant/sequestrectomy",
    "* SMOKING CRITERIA:",
    "Diagnostic criteria:",
    "Inclusion criteria. Age ≥22. English speaking.",
    "* Inclusion criteria is willingness to consent and be of age 18 and older",
  ])("%s is not a heading", (line) => {
    expect(readHeading(line)).toBeUndefined();
  });
});

describe("splitCriteria", () => {
  test("the usual shape splits into one inclusion and one exclusion list", () => {
    const parts = splitCriteria("Inclusion Criteria:\n\n* Age ≥ 18\n* Diabetes\n\nExclusion Criteria:\n\n1. Pregnancy\n");
    expect(parts?.inclusion).toEqual([{ kind: "inclusion", heading: "Inclusion Criteria:", text: "* Age ≥ 18\n* Diabetes" }]);
    expect(parts?.exclusion).toEqual([{ kind: "exclusion", heading: "Exclusion Criteria:", text: "1. Pregnancy" }]);
    expect(parts?.intro).toEqual([]);
  });

  test("text without headings, or empty text, is not split", () => {
    expect(splitCriteria("* Age 18 or over\n* Diabetes")).toBeUndefined();
    expect(splitCriteria("")).toBeUndefined();
    expect(splitCriteria(undefined)).toBeUndefined();
    expect(splitCriteria("Inclusion Criteria:\n\nExclusion Criteria:\n\n-")).toBeUndefined(); // headings with nothing under them
  });

  test("nested items of a bulleted heading are dedented, so they do not become a code block", () => {
    const parts = splitCriteria("* Inclusion Criteria:\n\n      * nested one\n      * nested two\n* Exclusion Criteria:\n    * other");
    expect(parts?.inclusion[0]?.text).toBe("* nested one\n* nested two");
    expect(parts?.exclusion[0]?.text).toBe("* other");
  });

  test.skipIf(needsCorpus)("nested lists stay nested (NCT00415220)", () => {
    const parts = splitCriteria(criteriaOf("NCT00415220"));
    expect(parts?.exclusion[0]?.text).toContain("* Major neurological deficits such as:\n\n  * Cauda equina syndrome");
    expect(parts?.inclusion[0]?.text).toMatch(/^\* Consecutive patients/);
  });

  test.skipIf(needsCorpus)("an escaped bullet and indented sub-items (NCT01151631)", () => {
    const parts = splitCriteria(criteriaOf("NCT01151631"));
    expect(parts?.inclusion[0]?.text).toMatch(/^\\\* Diagnosis of patients with CH/);
    expect(parts?.exclusion[0]?.text).toMatch(/^\* Other significant neurological/);
  });

  test.skipIf(needsCorpus)("only an exclusion heading: the unlabelled list before it is kept as an intro (NCT05266716)", () => {
    const parts = splitCriteria(criteriaOf("NCT05266716"));
    expect(parts?.inclusion).toEqual([]);
    expect(parts?.intro[0]?.text).toMatch(/^To be eligible to participate/);
    expect(parts?.exclusion[0]?.heading).toBe("III.6 EXCLUSION CRITERIA");
  });

  test.skipIf(needsCorpus)("qualified parts keep their labels; a termination part is neither (NCT03909802)", () => {
    const parts = splitCriteria(criteriaOf("NCT03909802"));
    expect(parts?.inclusion.map((b) => b.label)).toEqual(["Individual inclusion criteria", "Family inclusion criteria"]);
    expect(parts?.exclusion.map((b) => b.label)).toEqual(["Individual exclusion criteria", "Family exclusion criteria"]);
    expect(parts?.more.map((b) => b.label)).toEqual(["Termination criteria"]);
  });

  test.skipIf(needsCorpus)("Key … Criteria headings (NCT02210780), a heading inside a bulleted list (NCT05161130)", () => {
    expect(splitCriteria(criteriaOf("NCT02210780"))?.inclusion[0]?.label).toBe("Key Inclusion Criteria");
    const bulleted = splitCriteria(criteriaOf("NCT05161130"));
    expect(bulleted?.inclusion[0]?.text).toMatch(/^\* Degenerative pathologies/);
    expect(bulleted?.exclusion).toHaveLength(1);
  });

  test.skipIf(needsCorpus)("sub-headings inside an inclusion list stay there (NCT05847673: '* SMOKING CRITERIA:')", () => {
    const parts = splitCriteria(criteriaOf("NCT05847673"));
    expect(parts?.inclusion[0]?.text).toContain("* SMOKING CRITERIA:");
    expect(parts?.more).toEqual([]);
  });

  test.skipIf(needsCorpus)("one list per population (PATIENTS … CONTROLS …) is shown whole (NCT02853487, NCT06503328)", () => {
    expect(splitCriteria(criteriaOf("NCT02853487"))).toBeUndefined();
    expect(splitCriteria(criteriaOf("NCT06503328"))).toBeUndefined();
  });

  test.skipIf(needsCorpus)("every record: split into non-empty parts that keep every word, or shown whole", () => {
    let split = 0;
    let checked = 0;
    for (const study of corpus.studies) {
      const id = study.protocolSection?.identificationModule?.nctId;
      const original = study.protocolSection?.eligibilityModule?.eligibilityCriteria;
      if (!original?.trim()) continue;
      checked += 1;
      const parts = splitCriteria(original);
      if (!parts) continue;
      split += 1;
      const blocks = allBlocks(parts);
      const rebuilt = blocks.map((b) => `${b.heading}\n${b.text}`).join("\n");
      expect(words(rebuilt), id).toEqual(words(original));
      expect([...parts.inclusion, ...parts.exclusion].some(hasText), id).toBe(true);
      for (const block of blocks) {
        expect(/^[ \t]*\n|\n[ \t]*$/.test(block.text), id).toBe(false); // no blank lines at the edges
        expect(block.text.split("\n").some((line) => /^\S/.test(line)) || !block.text, id).toBe(true); // dedented
        if (block.kind !== "other" && block.heading) expect(block.heading, id).toMatch(/inclusion|exclusion/i);
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect(split / checked).toBeGreaterThan(0.95); // nearly all real records split
  });
});
