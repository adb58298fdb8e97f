import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { allItems, criteriaChecklist, type CriteriaChecklist, type CriteriaItemsResult, type CriterionItem } from "./criteria-items";
import { itemWords, words } from "./criteria-figures";

// Hand-written criteria in each form the registry's texts take. The corpus test runs the same checks
// over every real record (criteria-items.corpus.test.ts).

function checklist(markdown: string): CriteriaChecklist {
  const result = criteriaChecklist(markdown);
  if (result?.kind !== "items") throw new Error(`not split: ${JSON.stringify(result)}`);
  return result;
}

/** Items as [number, text] pairs with their children, for compact expectations. */
type Shape = string | [string, Shape[]];
const shape = (items: CriterionItem[]): Shape[] =>
  items.map((item) => {
    const own = `${item.bullet ? `${item.bullet} ` : ""}${item.number ? `${item.number} ` : ""}${item.text}`;
    return item.children.length ? [own, shape(item.children)] : own;
  });

describe("criteriaChecklist", () => {
  test("no text: undefined", () => {
    expect(criteriaChecklist(undefined)).toBeUndefined();
    expect(criteriaChecklist("")).toBeUndefined();
    expect(criteriaChecklist(" \n\t\n")).toBeUndefined();
  });

  test("bullets of every kind", () => {
    const result = checklist(
      ["Inclusion Criteria:", "", "* Age 18 or older", "* Diagnosed with **asthma**", "", "Exclusion Criteria:", "", "- Pregnant", "+ Current smoker", "• On home oxygen"].join("\n"),
    );
    expect(shape(result.inclusion)).toEqual(["Age 18 or older", "Diagnosed with **asthma**"]);
    expect(shape(result.exclusion)).toEqual(["Pregnant", "Current smoker", "On home oxygen"]);
    expect(result.inclusion.map((item) => item.id)).toEqual(["in-1", "in-2"]);
    expect(result.exclusion.map((item) => item.id)).toEqual(["ex-1", "ex-2", "ex-3"]);
    expect(result.inclusion[0]).not.toHaveProperty("number");
    expect(result.intro).toBe("");
    expect(result.sections.map((s) => [s.kind, s.heading])).toEqual([
      ["inclusion", "Inclusion Criteria:"],
      ["exclusion", "Exclusion Criteria:"],
    ]);
  });

  test("numbered lists keep the number as written", () => {
    const result = checklist(
      [
        "Inclusion Criteria:",
        "",
        "1. Adults",
        "2) Able to consent",
        "",
        "Exclusion Criteria:",
        "",
        "a. Pregnant",
        "b. Smoker",
        "",
        "(a) Prior surgery",
        "(b) Prior radiation",
        "",
        "i. Heart failure",
        "ii. Kidney failure",
        "iii. Liver failure",
      ].join("\n"),
    );
    expect(shape(result.inclusion)).toEqual(["1. Adults", "2) Able to consent"]);
    expect(shape(result.exclusion)).toEqual([
      "a. Pregnant",
      "b. Smoker",
      "(a) Prior surgery",
      "(b) Prior radiation",
      "i. Heart failure",
      "ii. Kidney failure",
      "iii. Liver failure",
    ]);
    expect(result.exclusion.map((item) => item.number)).toEqual(["a.", "b.", "(a)", "(b)", "i.", "ii.", "iii."]);
  });

  test('"i." after "h." is a letter; "E. coli" starts no list', () => {
    const result = checklist(["Exclusion Criteria:", "", "g. Seven", "h. Eight", "i. Nine", "", "E. coli infection in the past month"].join("\n"));
    expect(shape(result.exclusion)).toEqual(["g. Seven", "h. Eight", "i. Nine", "E. coli infection in the past month"]);
  });

  test('nested list under "one of the following:" keeps its children', () => {
    const result = checklist(
      [
        "Inclusion Criteria:",
        "",
        "* Age 18 or older",
        "* At least one of the following:",
        "  * Asthma",
        "  * COPD",
        "    * GOLD stage 2 or worse",
        "* Able to use a smartphone",
      ].join("\n"),
    );
    expect(shape(result.inclusion)).toEqual([
      "Age 18 or older",
      ["At least one of the following:", ["Asthma", ["COPD", ["GOLD stage 2 or worse"]]]],
      "Able to use a smartphone",
    ]);
    expect(allItems(result.inclusion).map((item) => item.id)).toEqual(["in-1", "in-2", "in-2.1", "in-2.2", "in-2.2.1", "in-3"]);
  });

  test('a list right under "…:" at the same indent is its children, up to the next number', () => {
    const result = checklist(
      ["Exclusion Criteria:", "", "1. Pregnant", "2. Treatment with any of the following:", "a. Steroids", "b. Insulin", "3. Smoker"].join("\n"),
    );
    expect(shape(result.exclusion)).toEqual(["1. Pregnant", ["2. Treatment with any of the following:", ["a. Steroids", "b. Insulin"]], "3. Smoker"]);
  });

  test("paragraphs separated by blank lines are items, and an indented paragraph stays in its item", () => {
    const result = checklist(
      [
        "Inclusion Criteria:",
        "",
        "Adults with type 2 diabetes.",
        "",
        "HbA1c between 7% and 10%.",
        "",
        "Exclusion Criteria:",
        "",
        "1. Insulin use",
        "",
        "   Basal insulin alone is allowed.",
        "2. Pregnancy",
      ].join("\n"),
    );
    expect(shape(result.inclusion)).toEqual(["Adults with type 2 diabetes.", "HbA1c between 7% and 10%."]);
    expect(shape(result.exclusion)).toEqual(["1. Insulin use\n\nBasal insulin alone is allowed.", "2. Pregnancy"]);
  });

  test("lines of one paragraph: separate statements are items, a wrapped sentence is not", () => {
    const result = checklist(
      ["Inclusion Criteria:", "Age 18 or older", "Diagnosed with asthma", "Patients with a history of", "severe attacks", "", "Exclusion Criteria: none"].join("\n"),
    );
    expect(shape(result.inclusion)).toEqual(["Age 18 or older", "Diagnosed with asthma", "Patients with a history of\nsevere attacks"]);
    expect(shape(result.exclusion)).toEqual(["none"]);
  });

  test("mixed: lead-in, bullets, numbers and a closing note", () => {
    const result = checklist(
      [
        "Inclusion Criteria:",
        "",
        "Patients must meet all of the following criteria:",
        "",
        "* Adults",
        "* Signed consent",
        "",
        "Exclusion Criteria:",
        "",
        "1. Pregnancy",
        "2. Any of:",
        "   * Dialysis",
        "   * Transplant",
        "",
        "Other protocol-defined exclusion criteria may apply.",
      ].join("\n"),
    );
    expect(result.sections[0]?.lead).toBe("Patients must meet all of the following criteria:");
    expect(shape(result.inclusion)).toEqual(["Adults", "Signed consent"]);
    expect(shape(result.exclusion)).toEqual(["1. Pregnancy", ["2. Any of:", ["Dialysis", "Transplant"]], "Other protocol-defined exclusion criteria may apply."]);
  });

  test('an inclusion lead-in that asks for "one of" stays a criterion with its options', () => {
    const result = checklist(["Inclusion Criteria:", "", "At least one of the following:", "", "* Asthma", "* COPD", "", "Exclusion Criteria:", "", "* Smoker"].join("\n"));
    expect(result.sections[0]?.lead).toBeUndefined();
    expect(shape(result.inclusion)).toEqual([["At least one of the following:", ["Asthma", "COPD"]]]);
  });

  test("Windows line breaks split the same as Unix ones", () => {
    const unix = ["Inclusion Criteria:", "", "* Adults", "  * Over 18", "", "Exclusion Criteria:", "", "1. Pregnant"].join("\n");
    expect(checklist(unix.replace(/\n/g, "\r\n"))).toEqual(checklist(unix));
    expect(shape(checklist(unix.replace(/\n/g, "\r\n")).exclusion)).toEqual(["1. Pregnant"]);
  });

  test("stray markers (typed bullets, escaped, glued, doubled) are not left in the text", () => {
    const result = checklist(
      ["Inclusion Criteria:", "", "•Adults", "-Signed consent", "\\- Able to walk", "* • Not on dialysis", "", "Exclusion Criteria:", "", "1.Pregnant", "2\\. Smoker", "* 3\\. Alcohol use"].join("\n"),
    );
    expect(shape(result.inclusion)).toEqual(["Adults", "Signed consent", "Able to walk", "Not on dialysis"]);
    expect(shape(result.exclusion)).toEqual(["1. Pregnant", "2. Smoker", "3. Alcohol use"]);
  });

  test("empty bullets give no item; a bare number takes the text under it", () => {
    const result = checklist(["Inclusion Criteria:", "", "*", "* Adults", "* ", "", "Exclusion Criteria:1.", "", "* Pregnant", "2. Smoker", "", "Termination criteria:", "", "-"].join("\n"));
    expect(shape(result.inclusion)).toEqual(["Adults"]);
    expect(shape(result.exclusion)).toEqual(["1. Pregnant", "2. Smoker"]);
    expect(result.other).toEqual([]);
  });

  test("a heading with text after the colon: the text is the first item", () => {
    const result = checklist("Inclusion Criteria: Adults with asthma\n\nExclusion Criteria: Patients with diabetes");
    expect(result.sections.map((s) => s.heading)).toEqual(["Inclusion Criteria:", "Exclusion Criteria:"]);
    expect(shape(result.inclusion)).toEqual(["Adults with asthma"]);
    expect(shape(result.exclusion)).toEqual(["Patients with diabetes"]);
  });

  test("criteria run together on one line after the heading", () => {
    const result = checklist("Inclusion Criteria: - Signed consent - Woman with a positive pregnancy test Exclusion Criteria: - Twin pregnancy");
    expect(shape(result.inclusion)).toEqual(["Signed consent", "Woman with a positive pregnancy test"]);
    expect(shape(result.exclusion)).toEqual(["Twin pregnancy"]);
  });

  test("numbered items run together on one line are split, and a list after a colon becomes children", () => {
    const result = checklist(
      [
        "Exclusion Criteria:",
        "",
        "19. Pregnant in the next 6 weeks 20. Is in another trial",
        "21. Use of any of the following drugs: a. Prokinetic agents. b. Opiates. c. Antispasmodics",
        "22. Heart disease, such as (1) heart failure; (2) unstable angina",
        "23. Patients in good health; ②patients aged 20 to 55",
        "24. Not resolved within two (2) weeks",
      ].join("\n"),
    );
    expect(shape(result.exclusion)).toEqual([
      "19. Pregnant in the next 6 weeks",
      "20. Is in another trial",
      ["21. Use of any of the following drugs:", ["a. Prokinetic agents.", "b. Opiates.", "c. Antispasmodics"]],
      ["22. Heart disease, such as", ["(1) heart failure;", "(2) unstable angina"]],
      "23. Patients in good health;",
      "② patients aged 20 to 55",
      "24. Not resolved within two (2) weeks",
    ]);
  });

  test('a letter "o" used as a bullet is kept apart, so its word is not lost', () => {
    const result = checklist(["Inclusion Criteria:", "", "1. Cluster headache:", "", "   o At least 5 attacks", "   o Lasting 15 minutes or more"].join("\n"));
    expect(shape(result.inclusion)).toEqual([["1. Cluster headache:", ["o At least 5 attacks", "o Lasting 15 minutes or more"]]]);
    expect(result.inclusion[0]?.children[0]?.bullet).toBe("o");
  });

  test("labelled blocks give their items a group; other criteria parts are kept as other", () => {
    const result = checklist(
      [
        "Inclusion Criteria:",
        "",
        "* Adults",
        "",
        "Exclusion Criteria:",
        "",
        "* Pregnant",
        "",
        "Family inclusion criteria:",
        "",
        "* A parent of the patient",
        "",
        "Termination criteria:",
        "",
        "* Withdrawal of consent",
      ].join("\n"),
    );
    expect(result.sections.map((s) => [s.kind, s.label])).toEqual([
      ["inclusion", undefined],
      ["exclusion", undefined],
      ["inclusion", "Family inclusion criteria"],
      ["other", "Termination criteria"],
    ]);
    expect(result.inclusion.map((item) => [item.id, item.text, item.group])).toEqual([
      ["in-1", "Adults", undefined],
      ["in-2", "A parent of the patient", "Family inclusion criteria"],
    ]);
    expect(result.other.map((item) => [item.id, item.group])).toEqual([["ot-1", "Termination criteria"]]);
  });

  test("text before the first heading is the intro", () => {
    const result = checklist("A study for adults with asthma.\n\nInclusion Criteria:\n\n* Adults\n\nExclusion Criteria:\n\n* Smokers");
    expect(result.intro).toBe("A study for adults with asthma.");
    expect(shape(result.inclusion)).toEqual(["Adults"]);
  });

  test("exclusion criteria only, after a list: the list is the inclusion criteria", () => {
    const result = checklist("Participants must:\n\n1. Be 18 or older\n2. Speak English\n\nEXCLUSION CRITERIA\n\n1. Pregnancy");
    expect(result.intro).toBe("");
    expect(result.sections[0]).toMatchObject({ kind: "inclusion", heading: "", lead: "Participants must:" });
    expect(shape(result.inclusion)).toEqual(["1. Be 18 or older", "2. Speak English"]);
    expect(shape(result.exclusion)).toEqual(["1. Pregnancy"]);
  });

  test("headings in capitals in a flattened list take the items after them", () => {
    const result = checklist(["Inclusion Criteria:", "", "* DEMOGRAPHIC CRITERIA:", "* Aged 18 to 30", "* SMOKING CRITERIA:", "* Smokes daily", "* Smokes 5 a day"].join("\n"));
    expect(shape(result.inclusion)).toEqual([
      ["DEMOGRAPHIC CRITERIA:", ["Aged 18 to 30"]],
      ["SMOKING CRITERIA:", ["Smokes daily", "Smokes 5 a day"]],
    ]);
  });

  test("text that cannot be split is shown whole", () => {
    const plain = "* Adults with asthma\n* Not pregnant";
    expect(criteriaChecklist(plain)).toEqual({ kind: "whole", text: plain });
    // One list per population: grouping every "Inclusion Criteria:" together would lose whom each is for.
    const populations = "PATIENTS\n\nInclusion Criteria:\n\n* Asthma\n\nExclusion Criteria:\n\n* Smoker\n\nCONTROLS\n\nInclusion Criteria:\n\n* Healthy";
    expect(criteriaChecklist(populations)).toEqual({ kind: "whole", text: populations });
    // Headings with nothing under them.
    expect(criteriaChecklist("Inclusion Criteria:\n\nExclusion Criteria:\n\n-")).toMatchObject({ kind: "whole" });
  });

  test("ids are stable for the same text and unique within it", () => {
    const text = "Inclusion Criteria:\n\n* A\n  * B\n  * C\n* D\n\nExclusion Criteria:\n\n1. E\n   a. F";
    const ids = (result: CriteriaItemsResult | undefined) => (result?.kind === "items" ? allItems([...result.inclusion, ...result.exclusion, ...result.other]).map((i) => i.id) : []);
    expect(ids(criteriaChecklist(text))).toEqual(["in-1", "in-1.1", "in-1.2", "in-2", "ex-1", "ex-1.1"]);
    expect(ids(criteriaChecklist(text))).toEqual(ids(criteriaChecklist(text)));
  });
});

describe("no text is ever lost", () => {
  const tricky = [
    "Inclusion Criteria:\n\n* Adults\n\nExclusion Criteria:\n\n* Pregnant",
    "Inclusion Criteria:\r\n\r\n1.Adults\r\n2\\. Consent\r\n\r\nExclusion Criteria:\r\n* • Smoker",
    "Intro text.\n\nKey Inclusion Criteria:\n\n* A:\n  * B\n\nKey Exclusion Criteria:\n\n* C\n\nTermination criteria:\n\n* D",
    "Exclusion Criteria:1.\n\n* First\n* 2\\. Second",
    "Inclusion Criteria: - a - B Exclusion Criteria: - C",
    "Inclusion Criteria:\n\n1. x: a. Y b. Z 2. W\n\n   o V\n\n   ① U; ②T ③S",
    "Inclusion Criteria:\n\nPatients must meet all of the following criteria:\n\n* A\n\nExclusion Criteria:\n\n* B",
    "Participants must:\n\n1. A\n2. B\n\nExclusion Criteria:\n\n* C",
    "* just a list\n* with no headings",
    "PATIENTS\n\nInclusion Criteria:\n\n* A\n\nCONTROLS\n\nInclusion Criteria:\n\n* B",
    "Inclusion Criteria:\n\n* DEMOGRAPHIC:\n* a\n\nExclusion Criteria:\n\n| a | b |\n|---|---|\n| 1 | 2 |",
    "Inclusion Criteria:\n\n*\n1.\n\n(a)\n\ni.\n\nExclusion Criteria:\n\n-",
  ];
  test.each(tricky)("%j", (text) => {
    expect(itemWords(criteriaChecklist(text))).toEqual(words(text));
  });

  // A registry markup field may hold 32,000 characters of anything: no blow-up, no stack overflow.
  const H = "Inclusion Criteria:\n\n";
  const fill = (unit: string, prefix = H) => prefix + unit.repeat(Math.floor((32_000 - prefix.length) / unit.length));
  test.each([
    ["nested 16,000 deep", fill("- ")],
    ["indented deeper each line", Array.from({ length: 170 }, (_, i) => `${"  ".repeat(i)}- item`).join("\n")],
    ["a colon on every line", fill("One of:\n")],
    ["10,000 paragraphs", fill("a\n\n")],
    ["numbers on one line", H + Array.from({ length: 4_000 }, (_, i) => `${i + 1}. Item`).join(" ")],
    ["circled numbers on one line", fill("; ② x", H + "* a")],
    ["letters after a colon", fill("a. X b. Y ", H + "List: ")],
  ])("32,000 characters: %s", (_, text) => {
    const started = performance.now();
    const result = criteriaChecklist(text);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(itemWords(result)).toEqual(words(text));
  });

  test("on generated criteria: any markers, indents, headings and line breaks", () => {
    const token = fc.constantFrom(
      "Inclusion Criteria:", "Exclusion Criteria:", "EXCLUSION CRITERIA", "Termination criteria:", "* ", "- ", "+ ", "• ", "o ", "\\- ", "1. ", "2) ",
      "3\\. ", "a. ", "b. ", "(a) ", "(1) ", "(2) ", "i. ", "ii. ", "① ", "②", "A. ", "h. ", "Adults", "with", "asthma", "one of the following:", "Age 18",
      "E. coli", "2.5 mg", "; ", ", ", ": ", ". ", " ", "  ", "\t", "\n", "\n", "\n\n", "\r\n", "|", "**", "_", "\\", "\\>", "é", "①x", "20. Is",
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), (tokens) => {
        const text = tokens.join("");
        expect(itemWords(criteriaChecklist(text))).toEqual(words(text));
      }),
      { numRuns: 2_000 },
    );
  });
});
