import { describe, expect, test } from "vitest";
import { criteriaChecklist, type CriteriaChecklist } from "./criteria-items";
import { plain, readAnswers, tally } from "./prescreen-answers";

const checklist = (text: string) => {
  const result = criteriaChecklist(text);
  if (result?.kind !== "items") throw new Error("expected items");
  return result as CriteriaChecklist;
};

const TEXT = [
  "Inclusion Criteria:",
  "",
  "* Adults",
  "* Adequate organ function:",
  "  * ANC at least 1,500",
  "  * Platelets at least 100,000",
  "* Either of the following:",
  "  * Prior surgery",
  "  * Prior radiation",
  "",
  "Exclusion Criteria:",
  "",
  "* Any of the following:",
  "  * Pregnancy",
  "  * HIV",
  "* **Active** infection",
].join("\n");

describe("tally", () => {
  const list = checklist(TEXT);
  const ids = (texts: string[]) => {
    const all = [...list.inclusion, ...list.exclusion].flatMap(function flat(item): { id: string; text: string }[] {
      return [item, ...item.children.flatMap(flat)];
    });
    return texts.map((text) => all.find((item) => item.text === text)?.id ?? "?");
  };

  test("counts the questions (items without sub-items), and nothing answered rules nothing out", () => {
    expect(tally(list, undefined)).toEqual({ ruledOut: [], unsure: [], answered: 0, total: 8 });
  });

  test("a required sub-item answered No rules out; one option of several does not, every option does", () => {
    const [anc, surgery, radiation] = ids(["ANC at least 1,500", "Prior surgery", "Prior radiation"]) as [string, string, string];
    expect(tally(list, { [anc]: "no" }).ruledOut.map((r) => [r.reason, plain(r.item.text)])).toEqual([["inclusion", "ANC at least 1,500"]]);
    expect(tally(list, { [surgery]: "no" }).ruledOut).toEqual([]);
    expect(tally(list, { [surgery]: "no", [radiation]: "no" }).ruledOut.map((r) => [r.reason, plain(r.item.text)])).toEqual([
      ["options", "Either of the following:"],
    ]);
  });

  test("an exclusion answered Yes rules out, in plain words; Not sure is a question for the team", () => {
    const [hiv, infection, adults] = ids(["HIV", "**Active** infection", "Adults"]) as [string, string, string];
    const result = tally(list, { [hiv]: "yes", [infection]: "unsure", [adults]: "yes" });
    expect(result.ruledOut.map((r) => [r.reason, plain(r.item.text)])).toEqual([["exclusion", "HIV"]]);
    expect(result.unsure.map((item) => plain(item.text))).toEqual(["Active infection"]);
    expect(result.answered).toBe(3);
  });
});

describe("readAnswers", () => {
  test("keeps only item ids with a known answer", () => {
    expect(readAnswers({ "in-1": "yes", "ex-2.1": "unsure", "in-3": "maybe", "<script>": "yes" })).toEqual({ "in-1": "yes", "ex-2.1": "unsure" });
    expect(readAnswers(["yes"])).toBeUndefined();
    expect(readAnswers({})).toBeUndefined();
  });
});
