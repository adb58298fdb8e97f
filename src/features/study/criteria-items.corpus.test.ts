import { describe, expect, test } from "vitest";
import { corpus, requireCorpus } from "../../testing/server";
import { allItems, criteriaChecklist } from "./criteria-items";
import { checklistFigures, formatFigures, itemWords, words } from "./criteria-figures";

// The eligibility checklist over every real record: no word of the criteria is lost, ids are unique, and
// the figures (how many records split, items per record, how many are shown whole) are computed and
// printed, not asserted: they describe the records. `npm run bench` prints the same figures.
requireCorpus();

const records = corpus.studies.map((study) => ({
  id: study.protocolSection?.identificationModule?.nctId ?? "",
  criteria: study.protocolSection?.eligibilityModule?.eligibilityCriteria,
}));
const withCriteria = records.filter((record) => record.criteria?.trim());

describe.skipIf(withCriteria.length === 0)(`criteria checklist over every real record (${records.length})`, () => {
  test("no word of the criteria is lost: every word, in order, is in the items, headings, leads or intro", () => {
    const lost: string[] = [];
    for (const { id, criteria } of withCriteria) {
      const kept = itemWords(criteriaChecklist(criteria));
      const source = words(criteria);
      const at = source.findIndex((word, i) => kept[i] !== word);
      if (at >= 0 || kept.length !== source.length) {
        const i = at >= 0 ? at : Math.min(kept.length, source.length);
        lost.push(`${id}: word ${i} "${source[i] ?? ""}" (kept "${kept[i] ?? ""}") in "…${source.slice(Math.max(0, i - 4), i + 4).join(" ")}…"`);
      }
    }
    expect(lost).toEqual([]);
  });

  test("ids are unique within a record, and every item has something to ask", () => {
    const problems: string[] = [];
    for (const { id, criteria } of withCriteria) {
      const result = criteriaChecklist(criteria);
      if (result?.kind !== "items") continue;
      const items = allItems([...result.inclusion, ...result.exclusion, ...result.other]);
      const ids = items.map((item) => item.id);
      const repeated = ids.filter((itemId, i) => ids.indexOf(itemId) !== i);
      if (repeated.length) problems.push(`${id}: repeated ids ${repeated.join(", ")}`);
      for (const item of items) {
        if (!/[\p{L}\p{N}]/u.test(item.text) && !item.children.length) problems.push(`${id} ${item.id}: no words and no children`);
      }
    }
    expect(problems).toEqual([]);
  });

  test("the same text gives the same items (ids are keys for stored answers)", () => {
    for (const { criteria } of withCriteria) expect(criteriaChecklist(criteria)).toEqual(criteriaChecklist(criteria));
  });

  test("figures: records with criteria, split, shown whole, items per record", () => {
    const figures = checklistFigures(records);
    console.log(formatFigures(figures));
    expect(figures.records).toBe(records.length);
    expect(figures.withCriteria).toBe(withCriteria.length);
    expect(figures.split + figures.whole).toBe(figures.withCriteria);
    expect(figures.inclusionAndExclusion).toBeLessThanOrEqual(figures.split);
    expect(figures.lostWords).toEqual([]);
    if (figures.split > 0) {
      expect(figures.items.median).toBeGreaterThanOrEqual(1);
      expect(figures.items.max).toBeGreaterThanOrEqual(figures.items.median);
      expect(figures.topLevelItems.max).toBeLessThanOrEqual(figures.items.max);
      expect(figures.topLevelItems.median).toBeLessThanOrEqual(figures.items.median);
    }
  });
});
