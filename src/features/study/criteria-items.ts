// Eligibility criteria as a checklist: every inclusion and exclusion criterion as its own item, so a
// pre-screen can ask "Yes / No / Not sure" about each. Built on splitCriteria (inclusion / exclusion /
// more blocks, after tidyListMarkers as the study page does), then each block is cut into items:
// bullets ("*", "-", "+", "•", "o"), numbers ("1.", "1)", "(1)", "①"), letters ("a.", "(a)", "A)"), roman
// numerals ("i.", "iii)"), nesting by indentation, and paragraphs (each one an item). A line ending in ":"
// keeps the list under it as its children ("one of the following:"), even when the list is not indented.
//
// No text is ever lost: every word of the source lands, in order, in the intro, a section's heading or
// lead, or an item's number or text (itemWords). When there is nothing to split (no inclusion/exclusion
// heading, or one list per population), the result is { kind: "whole" } and the page shows the text whole.

import { tidyListMarkers } from "../../components/markdown/list-markers";
import { readHeading, splitCriteria, type CriteriaBlock, type CriteriaKind } from "./eligibility-criteria";
import { ownText, readList, type Node } from "./criteria-list";

export type CriterionItem = {
  /** Stable for the same text ("in-3", "ex-1.2", "ot-1"): a key for answers. */
  id: string;
  /** The marker as the source wrote it, when numbered ("1.", "a)", "(iii)", "①"); none for bullets and paragraphs. */
  number?: string;
  /** A bullet that is also a letter ("o" in "o Headache …"): kept so that no word is lost; show it as a bullet. */
  bullet?: string;
  /** The item's own Markdown, without its leading list marker or its children. May be "" under a bare number. */
  text: string;
  /** Nested items: the options of "one of the following:", sub-items, or paragraphs under the item. */
  children: CriterionItem[];
  /** The block's heading in plain words, when it says more than "Inclusion criteria" ("Family inclusion criteria"). */
  group?: string;
};

export type ChecklistSection = {
  kind: CriteriaKind;
  /** The heading line as written ("Inclusion Criteria:"). */
  heading: string;
  label?: string;
  /** A lead-in before the list ("Patients must meet all of the following:"), shown above the items. */
  lead?: string;
  items: CriterionItem[];
};

export type CriteriaChecklist = {
  kind: "items";
  /**
   * Markdown before the first inclusion/exclusion heading ("" when none), shown as it is. When the text
   * has exclusion headings only, a list before them is taken as the inclusion criteria instead.
   */
  intro: string;
  /** Every block in source order, with its items. */
  sections: ChecklistSection[];
  /** The items of every inclusion block, exclusion block and other ("Termination criteria") block. */
  inclusion: CriterionItem[];
  exclusion: CriterionItem[];
  other: CriterionItem[];
};

/** Criteria that could not be split into items: shown whole (the original Markdown). */
export type WholeCriteria = { kind: "whole"; text: string };

export type CriteriaItemsResult = CriteriaChecklist | WholeCriteria;

/** A line that starts a list item. */
const LIST_LINE = /^[ \t]*(?:[*+\-•]|\d{1,3}[.)])[ \t]+\S/gm;

const ID_PREFIX: Record<CriteriaKind, string> = { inclusion: "in", exclusion: "ex", other: "ot" };

/** The criteria as checklist items; `{ kind: "whole" }` when they cannot be split; undefined without text. */
export function criteriaChecklist(markdown: string | undefined): CriteriaItemsResult | undefined {
  if (!markdown?.trim()) return undefined;
  const tidy = headingsOnTheirOwnLines(tidyListMarkers(markdown.replace(/\r\n?/g, "\n")));
  const parts = splitCriteria(tidy);
  if (!parts) return { kind: "whole", text: markdown };

  // Exclusion criteria only, after a list ("Participants must:" then "1. …"): that list is what it takes to join.
  const implied = !parts.inclusion.length && parts.intro.some((block) => (block.text.match(LIST_LINE) ?? []).length >= 2);
  const intro = implied ? "" : parts.intro.map(blockMarkdown).filter(Boolean).join("\n\n");
  const blocks = blocksInOrder(tidy, parts.inclusion, parts.exclusion, parts.more);
  if (implied) blocks.unshift(...parts.intro.map((block): CriteriaBlock => ({ ...block, kind: "inclusion" })));
  const checklist: CriteriaChecklist = { kind: "items", intro, sections: [], inclusion: [], exclusion: [], other: [] };
  for (const block of blocks) {
    const { lead, nodes } = readList(block.text, block.kind);
    const section: ChecklistSection = { kind: block.kind, heading: block.heading, items: [] };
    if (block.label) section.label = block.label;
    if (lead !== undefined) section.lead = lead;
    const list = checklist[block.kind];
    for (const node of nodes) {
      const item = toItem(node, `${ID_PREFIX[block.kind]}-${list.length + 1}`, block.label);
      section.items.push(item);
      list.push(item);
    }
    checklist.sections.push(section);
  }
  return checklist.inclusion.length + checklist.exclusion.length > 0 ? checklist : { kind: "whole", text: markdown };
}

/**
 * "Inclusion Criteria: - a - b Exclusion Criteria: - c" written on one line: the exclusion heading gets
 * a line of its own, so that splitCriteria sees it.
 */
function headingsOnTheirOwnLines(text: string): string {
  return text
    .split("\n")
    .map((line) => (readHeading(line)?.kind === "inclusion" ? line.replace(/\s+(?=E(?:xclusion|XCLUSION) (?:[Cc]riteria|CRITERIA)\s*:)/, "\n\n") : line))
    .join("\n");
}

const blockMarkdown = (block: CriteriaBlock) => [block.heading, block.text].filter(Boolean).join("\n\n");

/**
 * The headed blocks in the order their headings appear (splitCriteria groups them by kind). Headings
 * of "other" blocks before the first inclusion/exclusion heading belong to the intro.
 */
function blocksInOrder(text: string, inclusion: CriteriaBlock[], exclusion: CriteriaBlock[], more: CriteriaBlock[]): CriteriaBlock[] {
  const queues: Record<CriteriaKind, CriteriaBlock[]> = { inclusion: [...inclusion], exclusion: [...exclusion], other: [...more] };
  const ordered: CriteriaBlock[] = [];
  let split = false;
  for (const line of text.split("\n")) {
    const kind = readHeading(line)?.kind;
    if (!kind || (kind === "other" && !split)) continue;
    split = true;
    const block = queues[kind].shift();
    if (block) ordered.push(block);
  }
  return [...ordered, ...queues.inclusion, ...queues.exclusion, ...queues.other];
}

function toItem(node: Node, id: string, group: string | undefined): CriterionItem {
  const item: CriterionItem = {
    id,
    text: ownText(node),
    children: node.children.map((child, i) => toItem(child, `${id}.${i + 1}`, group)),
  };
  if (node.marker?.written) item.number = node.marker.written;
  if (node.marker?.letter) item.bullet = node.marker.letter;
  if (group) item.group = group;
  return item;
}


/** Every item, its sub-items after it. */
export function allItems(items: CriterionItem[]): CriterionItem[] {
  return items.flatMap((item) => [item, ...allItems(item.children)]);
}
