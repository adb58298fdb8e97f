// Registry list text that CommonMark does not read as a list, made into proper list items. Records
// converted from the registry's older plain-text format keep their authors' bullets: "• text", "·text",
// "-text", "1.Text", "1)Text", bullets the converter escaped ("\- text", "4\. text") and doubled markers
// ("* • text", "* 2\. text"). Rendered as they are, these show a literal "•", "*", "-" or number at the
// start of a paragraph or list item. Every other line is left exactly as it was.
//
// Nesting is kept: CommonMark nests a line under an item when it is indented at least to the item's
// content column, so when a new marker moves that column, the lines under the item move with it.

/** Bullets people type that CommonMark does not know. */
const SYMBOL = /^[•·▪◦●○■□‣⁃]/;
/** "*", "-" or "+" then a space or tab (or nothing): CommonMark's own bullet. */
const BULLET = /^[*+-](?=[ \t]|$)/;
/** The same, escaped by the registry's converter ("\- text"); "\*Note" (a footnote mark) is left alone. */
const ESCAPED = /^\\[*+-](?=[ \t]|$)/;
/** A dash against a word: "-Patients must…". */
const GLUED_DASH = /^-(?=\p{L})/u;
/** "1.", "12)", escaped "4\." or glued "1.Volunteer"; not "1.5 mg" or "2019.". */
const NUMBER = /^(\d{1,2})(\\?)([.)])(?=([ \t]|$)|\p{L})/u;

type Marker = {
  width: number;
  /** "3." or "3)" for a numbered marker. */
  number?: string;
  /** Set when CommonMark reads it as a marker already: its text ("*", "12."). */
  standard?: string;
  symbol?: boolean;
};

/** The marker at the start of `text`, if any. */
function markerAt(text: string): Marker | undefined {
  const bullet = BULLET.exec(text);
  if (bullet) return { width: 1, standard: bullet[0] };
  const symbol = SYMBOL.exec(text);
  if (symbol) return { width: symbol[0].length, symbol: true };
  const other = ESCAPED.exec(text) ?? GLUED_DASH.exec(text);
  if (other) return { width: other[0].length };
  const number = NUMBER.exec(text);
  if (!number) return undefined;
  const [all, digits = "", escape, delimiter = "", spaced] = number;
  const written = `${digits}${delimiter}`;
  return { width: all.length, number: written, ...(!escape && spaced !== undefined && { standard: written }) };
}

/** Columns taken by `text` (tabs to the next multiple of 4, as CommonMark counts them). */
function columns(text: string): number {
  let column = 0;
  for (const char of text) column = char === "\t" ? column + 4 - (column % 4) : column + 1;
  return column;
}

type Item = {
  /** True when CommonMark already reads the line as this item: it is left as it is. */
  standard: boolean;
  /** The marker to write: the (last) number, the line's own bullet, or "*". */
  marker: string;
  /** Where the item's content starts, in columns from the start of the marker. */
  column: number;
  content: string;
};

/** The list item that a line (without its indentation) starts, if any. */
function readItem(body: string): Item | undefined {
  const first = markerAt(body);
  if (!first) return undefined;
  const rest = body.slice(first.width).trimStart();
  const gap = columns(body.slice(first.width, body.length - rest.length));
  // CommonMark's item content starts after 1–4 spaces; with more (or none) it starts after one.
  const ownColumn = first.width + (gap >= 1 && gap <= 4 ? gap : 1);
  const next = markerAt(rest);
  // Only a symbol, or a number after a bullet, doubles a marker: "* * *" is a rule, "- -5" is text.
  const second = next && (next.symbol || (next.number && !first.number)) ? next : undefined;
  if (!second && first.standard) return { standard: true, marker: first.standard, column: ownColumn, content: rest };
  const content = second ? rest.slice(second.width).trimStart() : rest;
  return {
    standard: false,
    marker: second?.number ?? first.number ?? first.standard ?? "*",
    // After CommonMark's own first marker the item (and what nests under it) keeps its column;
    // otherwise the text was a paragraph, and stays where the eye saw it.
    column: first.standard ? ownColumn : columns(body.slice(0, body.length - content.length)),
    content: content.trimEnd(),
  };
}

type Open = {
  /** The item's content column in the original text, and how far it moved. */
  column: number;
  shift: number;
  /** Where its marker is written now, and the marker ("4."), for the next number to line up with it. */
  at: number;
  marker: string;
};

/** "5." right after "4." (or "5)" after "4)"): the next item of the same list. */
const follows = (marker: string, previous: string | undefined) =>
  previous !== undefined && marker.slice(-1) === previous.slice(-1) && parseInt(marker, 10) === parseInt(previous, 10) + 1;

/** The text with every list marker in a form CommonMark reads (see the top of this file). */
export function tidyListMarkers(markdown: string): string {
  // Items still open, innermost last: their content column in the original, and how far it moved.
  const open: Open[] = [];
  let blank = true;
  return markdown
    .split("\n")
    .map((line) => {
      const lead = /^[ \t]*/.exec(line)?.[0] ?? "";
      const indent = columns(lead);
      const body = line.slice(lead.length);
      const afterBlank = blank;
      blank = !body.trim();
      if (blank) return line;
      const item = readItem(body);
      // A line right under text continues that text (even unindented), so it closes no item.
      if (item || afterBlank) while (open.length > 0 && indent < (open.at(-1)?.column ?? 0)) open.pop();
      const shift = open.at(-1)?.shift ?? 0;
      const newIndent = Math.max(0, indent + shift);
      const moved = shift === 0 ? line : " ".repeat(newIndent) + body;
      if (!item) return moved;
      if (item.standard) {
        open.push({ column: indent + item.column, shift, at: newIndent, marker: item.marker });
        return moved;
      }
      // A bullet alone ("\-" under an empty heading) says nothing; a number alone stays as written.
      if (!item.content) return /\d/.test(item.marker) ? moved : "";
      // "  2.Text" under "* 1.Text" was a paragraph inside item 1; as an item it is item 1's sibling.
      const sibling = follows(item.marker, open.at(-1)?.marker) ? open.pop() : undefined;
      const at = sibling?.at ?? newIndent;
      const spaces = Math.min(Math.max(item.column - item.marker.length, 1), 4);
      open.push({ column: indent + item.column, shift: at + item.marker.length + spaces - (indent + item.column), at, marker: item.marker });
      return `${" ".repeat(at)}${item.marker}${" ".repeat(spaces)}${item.content}`;
    })
    .join("\n");
}
