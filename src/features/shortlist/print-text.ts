// Registry markdown as short plain text for the print view. Crude on purpose: paper needs a readable
// gist, and the markdown renderer is a lazy chunk that the print view does not need.
import { tidyListMarkers } from "../../components/markdown/list-markers";

/** One line of markdown without its markup: links keep their text, escapes lose the backslash. */
function stripInline(line: string): string {
  return line
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/(\*\*|__|`)/g, "")
    .replace(/(^|[\s(])[*_](\S(?:.*?\S)?)[*_](?=[\s).,;:!?]|$)/g, "$1$2")
    .replace(/\\([!-/:-@[-`{-~])/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

const BLOCK_MARK = /^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?|\\?[*+-][ \t]+|\d{1,9}[.)][ \t]+)/;

/** Markdown as one paragraph of plain text, at most `max` characters, cut at a word with "…". */
export function plainText(markdown: string | undefined, max: number): string {
  const text = (markdown ?? "")
    .split("\n")
    .map((line) => stripInline(line.replace(BLOCK_MARK, "")))
    .filter(Boolean)
    .join(" ");
  return cutAtWord(text, max);
}

export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(" ");
  const head = lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut;
  return `${head.replace(/[\s.,;:!?-]+$/, "")}…`;
}

const LIST_ITEM = /^([ \t]*)(?:\\?[*+-]|\d{1,9}[.)])[ \t]+(.*)$/;
const INCLUSION = /inclusion criteria|eligibility criteria/i;
const EXCLUSION = /exclusion criteria/i;

/**
 * The first `count` top-level inclusion criteria as plain lines, and how many more there are. Records
 * say "Inclusion Criteria:" then a list, then "Exclusion Criteria:"; without a heading, the list
 * items before any exclusion heading count as inclusion.
 */
export function inclusionLines(criteria: string | undefined, count: number): { lines: string[]; more: number } {
  const all = tidyListMarkers(criteria ?? "").split("\n"); // "• text" and "* 2\. text" are items too
  const start = all.findIndex((line) => INCLUSION.test(line) && !EXCLUSION.test(line));
  const items: string[] = [];
  for (const line of all.slice(start + 1)) {
    if (EXCLUSION.test(line) && !LIST_ITEM.test(line)) break;
    const match = LIST_ITEM.exec(line);
    // Top level only: nested items (indented 2+) qualify their parent.
    const [, indent = "", item = ""] = match ?? [];
    if (!match || indent.replace(/\t/g, "  ").length >= 2) continue;
    const text = cutAtWord(stripInline(item), 300);
    if (text) items.push(text);
  }
  return { lines: items.slice(0, count), more: Math.max(0, items.length - count) };
}
