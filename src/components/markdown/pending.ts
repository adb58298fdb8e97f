import { splitParagraphs } from "./paragraphs";

// What a markup field shows while the lazy renderer loads (or when the page is captured before it
// arrives): its paragraphs, and its list lines as list items without their "*", "-" or "1." markers,
// so nobody reads "* Self-report…". Flat and rough on purpose; the renderer replaces it.

export type PendingBlock = { kind: "p"; text: string } | { kind: "ul" | "ol"; start: number; items: string[] };

const LIST_LINE = /^[ \t]*(?:([*+-])|(\d{1,9})[.)])[ \t]+(\S.*)$/;
/** CommonMark's backslash escapes ("\>18") as the characters they stand for. */
const unescape = (text: string) => text.replace(/\\([!-/:-@[-`{-~])/g, "$1");

export function pendingBlocks(text: string): PendingBlock[] {
  const blocks: PendingBlock[] = [];
  for (const paragraph of splitParagraphs(text)) {
    let inParagraph = false; // whether the last block was started by this paragraph
    for (const line of paragraph.split("\n")) {
      const [, bullet, number, item] = LIST_LINE.exec(line) ?? [];
      const last = blocks.at(-1);
      if (item !== undefined) {
        const kind = bullet ? "ul" : "ol";
        // Items of one kind stay one list across blank lines, as in a loose list.
        if (last?.kind === kind) last.items.push(unescape(item));
        else blocks.push({ kind, start: Number(number ?? 1), items: [unescape(item)] });
      } else if (inParagraph && last && last.kind !== "p") {
        last.items[last.items.length - 1] += ` ${unescape(line.trim())}`; // the item's text goes on
      } else if (inParagraph && last?.kind === "p") {
        last.text += `\n${unescape(line)}`;
      } else {
        blocks.push({ kind: "p", text: unescape(line) });
      }
      inParagraph = true;
    }
  }
  return blocks;
}
