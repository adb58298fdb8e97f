// Checking and measuring the checklist over records: its words (no word may be lost) and the figures the
// bench prints. Not part of the page.
import { allItems, criteriaChecklist, type CriteriaItemsResult, type CriterionItem } from "./criteria-items";
// ---------------------------------------------------------------------------------------------------
// Checking and measuring

/**
 * The words of a text, in order: runs of letters and digits. A circled number ("②") is a word of its
 * own, as it is a list marker even when written against the next word ("②patients").
 */
export function words(text: string | undefined): string[] {
  return text?.match(/[\u2460-\u2473]|(?:(?![\u2460-\u2473])[\p{L}\p{N}])+/gu) ?? [];
}

/** Every word the result holds, in source order: intro, then per section heading, lead and items. */
export function itemWords(result: CriteriaItemsResult | undefined): string[] {
  if (!result) return [];
  if (result.kind === "whole") return words(result.text);
  const itemText = (item: CriterionItem): string[] => [item.bullet ?? "", item.number ?? "", item.text, ...item.children.flatMap(itemText)];
  return words(
    [result.intro, ...result.sections.flatMap((s) => [s.heading, s.lead ?? "", ...s.items.flatMap(itemText)])].join("\n"),
  );
}

/** Every item, nested ones included. */

export type ChecklistFigures = {
  records: number;
  withCriteria: number;
  /** Split into items (at least one inclusion or exclusion item). */
  split: number;
  /** Split into at least one inclusion and at least one exclusion item. */
  inclusionAndExclusion: number;
  /** Shown whole: no heading to split at, or one list per population. */
  whole: number;
  /** Over the split records: items (nested ones included) and top-level items. */
  items: { median: number; max: number; maxId: string };
  topLevelItems: { median: number; max: number; maxId: string };
  /** Items with no text of their own (a bare number). */
  emptyItems: number;
  /** Records whose items lose a word of the source (should be none). */
  lostWords: string[];
};

/** The figures over a set of records' criteria, for the corpus test and `npm run bench`. */
export function checklistFigures(records: { id: string; criteria: string | undefined }[]): ChecklistFigures {
  const figures: ChecklistFigures = {
    records: records.length,
    withCriteria: 0,
    split: 0,
    inclusionAndExclusion: 0,
    whole: 0,
    items: { median: 0, max: 0, maxId: "" },
    topLevelItems: { median: 0, max: 0, maxId: "" },
    emptyItems: 0,
    lostWords: [],
  };
  const counts: { id: string; all: number; top: number }[] = [];
  for (const { id, criteria } of records) {
    const result = criteriaChecklist(criteria);
    if (!result) continue;
    figures.withCriteria += 1;
    if (!sameWords(itemWords(result), words(criteria))) figures.lostWords.push(id);
    if (result.kind === "whole") {
      figures.whole += 1;
      continue;
    }
    figures.split += 1;
    if (result.inclusion.length && result.exclusion.length) figures.inclusionAndExclusion += 1;
    const top = [...result.inclusion, ...result.exclusion, ...result.other];
    const all = allItems(top);
    figures.emptyItems += all.filter((item) => !item.text).length;
    counts.push({ id, all: all.length, top: top.length });
  }
  figures.items = spread(counts.map((c) => ({ id: c.id, n: c.all })));
  figures.topLevelItems = spread(counts.map((c) => ({ id: c.id, n: c.top })));
  return figures;
}

const sameWords = (a: string[], b: string[]) => a.length === b.length && a.every((word, i) => word === b[i]);

function spread(values: { id: string; n: number }[]): { median: number; max: number; maxId: string } {
  if (!values.length) return { median: 0, max: 0, maxId: "" };
  const sorted = [...values].sort((a, b) => a.n - b.n);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? (sorted[mid]?.n ?? 0) : ((sorted[mid - 1]?.n ?? 0) + (sorted[mid]?.n ?? 0)) / 2;
  const top = sorted.at(-1);
  return { median, max: top?.n ?? 0, maxId: top?.id ?? "" };
}

/** The figures as printed by the corpus test and `npm run bench`. */
export function formatFigures(f: ChecklistFigures): string {
  const pct = (n: number) => `${Math.round((100 * n) / Math.max(f.withCriteria, 1))}%`;
  return [
    `Eligibility checklist over ${f.records} records:`,
    `  records with criteria                          ${f.withCriteria}`,
    `  split into items                               ${f.split} (${pct(f.split)})`,
    `  with at least one inclusion and one exclusion  ${f.inclusionAndExclusion} (${pct(f.inclusionAndExclusion)})`,
    `  shown whole (did not split)                    ${f.whole} (${pct(f.whole)})`,
    `  items per split record, nested included        median ${f.items.median}, max ${f.items.max} (${f.items.maxId})`,
    `  top-level items per split record               median ${f.topLevelItems.median}, max ${f.topLevelItems.max} (${f.topLevelItems.maxId})`,
    `  items with no text of their own                ${f.emptyItems}`,
    `  records losing a word                          ${f.lostWords.length}${f.lostWords.length ? ` (${f.lostWords.slice(0, 5).join(", ")})` : ""}`,
  ].join("\n");
}
