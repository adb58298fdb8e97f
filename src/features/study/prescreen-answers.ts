// The visitor's answers to a study's criteria checklist, and what they add up to. Kept in this tab only
// (sessionStorage, one value per study, wiped by a kiosk reset); never in localStorage or a URL.
import { sessionValue, type SessionValue } from "../../lib/session-value";
import type { CriteriaChecklist, CriterionItem } from "./criteria-items";

export type Answer = "yes" | "no" | "unsure";
export type Answers = Readonly<Record<string, Answer>>;

const ANSWERS = new Set<unknown>(["yes", "no", "unsure"]);

/** What is stored, checked: only item ids with a known answer are kept. */
export function readAnswers(stored: unknown): Answers | undefined {
  if (typeof stored !== "object" || stored === null || Array.isArray(stored)) return undefined;
  const out: Record<string, Answer> = {};
  for (const [id, answer] of Object.entries(stored)) if (/^[a-z]{2}-[\d.]+$/.test(id) && ANSWERS.has(answer)) out[id] = answer as Answer;
  return Object.keys(out).length > 0 ? out : undefined;
}

const stores = new Map<string, SessionValue<Answers>>();
/** The answers for one study. */
export function answersFor(nctId: string): SessionValue<Answers> {
  let store = stores.get(nctId);
  if (!store) stores.set(nctId, (store = sessionValue(`trial-finder:prescreen:${nctId}`, readAnswers)));
  return store;
}

export type Tally = {
  /**
   * Items whose answer may rule the visitor out, and why: "No" to every option of this item, "No" to an
   * inclusion, "Yes" to an exclusion.
   */
  ruledOut: { item: CriterionItem; reason: "options" | "inclusion" | "exclusion" }[];
  /** Items marked "Not sure": questions for the study team. */
  unsure: CriterionItem[];
  /** Questions answered, and questions in all. */
  answered: number;
  total: number;
};

/** The items a visitor answers: every item without sub-items (an item with options is their heading). */
export const questions = (items: readonly CriterionItem[]): CriterionItem[] =>
  items.flatMap((item) => (item.children.length > 0 ? questions(item.children) : [item]));

/**
 * What the answers add up to. An inclusion criterion answered "No" may rule the visitor out, except among
 * options ("one of the following"), where only "No" to every option does; an exclusion answered "Yes" may.
 */
export function tally(checklist: CriteriaChecklist, answers: Answers | undefined): Tally {
  const ruledOut: Tally["ruledOut"] = [];
  const unsure: CriterionItem[] = [];
  // `options`: the items are the options of an inclusion ("one of the following"), where one "No" is not enough.
  const visit = (items: readonly CriterionItem[], kind: "inclusion" | "exclusion", options = false) => {
    for (const item of items) {
      if (item.children.length > 0) {
        // "One of the following:" offers options; other sub-items ("a) ANC ≥ 1,500; b) …") are each required.
        const choice = kind === "inclusion" && OPTIONS.test(plain(item.text));
        const options = questions(item.children);
        if (choice && options.length > 0 && options.every((option) => answers?.[option.id] === "no")) {
          ruledOut.push({ item, reason: "options" });
        }
        visit(item.children, kind, choice);
        continue;
      }
      const answer = answers?.[item.id];
      if (answer === "unsure") unsure.push(item);
      if (kind === "exclusion" && answer === "yes") ruledOut.push({ item, reason: kind });
      if (kind === "inclusion" && !options && answer === "no") ruledOut.push({ item, reason: kind });
    }
  };
  visit(checklist.inclusion, "inclusion");
  visit(checklist.exclusion, "exclusion");
  const all = [...questions(checklist.inclusion), ...questions(checklist.exclusion)];
  return { ruledOut, unsure, answered: all.filter((item) => answers?.[item.id] !== undefined).length, total: all.length };
}

/** A lead-in that offers options: "one of the following", "any of", "either", "at least one of", "… or:". */
const OPTIONS = /\b(?:one|any|either|at least one)\b.*\b(?:of|following)\b|\bor\s*:?\s*$/i;

/** An item's Markdown as one line of plain words, for a summary sentence. */
export function plain(markdown: string): string {
  return markdown
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, "$1")
    .replace(/[*_`]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
}
