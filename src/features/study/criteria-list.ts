// Cutting one block of criteria into a tree of items by markers, indentation, paragraphs and lead-ins
// ("one of the following:"). (Part of criteria-items.ts.)
import type { CriteriaKind } from "./eligibility-criteria";
import { INLINE, readMarker, readings, type Marker } from "./criteria-markers";
// ---------------------------------------------------------------------------------------------------
// Items

export type Node = {
  /** Column of the marker, or of the paragraph's first line. */
  indent: number;
  marker?: Marker;
  /** The item's own text, paragraph by paragraph, line by line. */
  paragraphs: string[][];
  children: Node[];
};

/** Columns taken by leading whitespace (tabs to the next multiple of 4). */
export function columns(text: string): number {
  let column = 0;
  for (const char of text) column = char === "\t" ? column + 4 - (column % 4) : column + 1;
  return column;
}

export const ownText = (node: Node) => node.paragraphs.map((lines) => lines.join("\n")).join("\n\n").trim();

/** Text that announces a list: "… one of the following:", "Cardiac:" (emphasis and escapes aside). */
export const endsWithColon = (text: string) => /[:：]$/.test(text.replace(/[\s*_\\]+$/, ""));

/** Words that end a line in the middle of a sentence. */
export const JOINING = /(?:^|\s)(?:and|or|of|the|a|an|with|without|to|in|for|than|by|at|on|from|who|which|that|as|is|are|be|not|per|within|including)$/i;

/**
 * Whether a line right under `previous` (no blank line between, no marker) starts an item of its own
 * rather than continuing the sentence: the line before ends a sentence or announces a list, or both
 * read as short separate statements ("Age 18 or older" / "Diagnosed with asthma").
 */
export function startsNewItem(previous: string, line: string): boolean {
  const prev = previous.trim();
  if (/^\|/.test(line) || /^\|/.test(prev)) return false; // a table
  if (!/^[\p{Lu}\p{N}]/u.test(line)) return false;
  if (/[.;!?:：]$/.test(prev.replace(/[*_]+$/, ""))) return true;
  return !/[,(/\-–—]$/.test(prev) && !JOINING.test(prev) && prev.length <= 120;
}

export type Line = { indent: number; body: string };

/**
 * Where a line holds the start of another item ("… 6 weeks 20. Is participating …", "as follows: a. At
 * least … b. Less …"): the next number of its own list or of a list it is in, or a list's first marker
 * right after a colon. Returns the rest of the line, with the indent that places it.
 */
export function inlineCut(line: Line, own: Marker | undefined, stack: Node[]): { at: number; rest: Line } | undefined {
  const start = own?.width ?? 0;
  const content = line.body.slice(start);
  const cut = (at: number, indent: number) => ({ at: start + at, rest: { indent, body: content.slice(at).trimStart() } });
  // "- Informed consent … - Woman with …": items run together after the same bullet.
  const bullet = own?.style === "bullet" && !own.letter ? line.body[0] : undefined;
  const again = bullet ? new RegExp(String.raw`\s[${bullet}][ \t]+(?=\p{Lu})`, "u").exec(content) : null;
  if (again) return cut(again.index, line.indent);
  const lists = [
    ...(own && own.style !== "bullet" ? [{ style: own.style, value: own.value, indent: line.indent }] : []),
    ...stack.flatMap((n) => (n.marker && n.marker.style !== "bullet" ? [{ style: n.marker.style, value: n.marker.value, indent: n.indent }] : [])).reverse(),
  ];
  for (const { at, end, options, before, plain } of inlineMarkers(content)) {
    // "①" that the registry turned into a bullet, then "…; ②patients …": the next items of that list.
    if (options[0]?.style === "circled") return cut(at, line.indent);
    // The next number of this item's list, or of a list it is in; "(2)" even before a small letter,
    // unless it spells out a number ("within two (2) weeks").
    const next = lists.find((list) => options.some((o) => o.style === list.style && o.value === list.value + 1));
    const spelled = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve)$/i.test(before);
    if (next && (plain || (next.style.endsWith("(") && !spelled))) return cut(at, next.indent);
    // A list inside the line: "…: a. …" or "… such as (1) … (2) …", under the text before it.
    const first = options.find((o) => o.value === 1);
    if (!first) continue;
    if (endsWithColon(before)) return cut(at, line.indent + (own?.width ?? 2));
    if (spelled || first.style.endsWith(".")) continue;
    for (const later of inlineMarkers(content, end, end + LOOK_AHEAD)) {
      if (later.plain && later.options.some((o) => o.style === first.style && o.value === 2)) return cut(at, line.indent + (own?.width ?? 2));
    }
  }
  return undefined;
}

/** How far around an inline marker its reading looks: the words before it, a "(2)" after a "(1)". */
export const LOOK_BACK = 40;
export const LOOK_AHEAD = 2_000;

/** The inline markers in `text[from, to)`, one at a time (a long line is cut at the first that counts). */
export function* inlineMarkers(text: string, from = 0, to = text.length) {
  const pattern = new RegExp(INLINE);
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match && match.index < to; match = pattern.exec(text)) {
    const end = match.index + match[0].length;
    const before = text.slice(Math.max(0, match.index - LOOK_BACK), match.index).trimEnd();
    const after = text.slice(end, end + LOOK_BACK).trimStart();
    // Plainly a new item: a capital, a number or a comparison after it, or a separator before it.
    const plain = /^[\p{Lu}\p{N}≥≤<>\\([]/u.test(after) || /[;；,，.。:：]$/.test(before);
    yield { at: match.index, end, options: readings(match), before, plain };
  }
}

/** Items nest at most this deep (real records: 4); deeper ones are kept, beside the deepest. */
export const MAX_DEPTH = 8;

/** Parses one block's Markdown into items. */
export function readList(text: string, kind: CriteriaKind): { lead?: string; nodes: Node[] } {
  const root: Node = { indent: -1, paragraphs: [], children: [] };
  const stack: Node[] = [root];
  const last = new Map<string, number>();
  const top = () => stack[stack.length - 1] ?? root;
  /** Opens `node` under the innermost open item; deeper than MAX_DEPTH, beside the deepest one. */
  const open = (node: Node) => {
    if (stack.length > MAX_DEPTH) stack.length = MAX_DEPTH;
    top().children.push(node);
    stack.push(node);
  };
  /** A numbered item with nothing under it yet ("Exclusion Criteria:1." then the text). */
  const bare = (node: Node) => node !== root && !!node.marker?.written && !ownText(node) && !node.children.length;
  const lines = text.split("\n");
  let index = 0;
  /** The rest of a line that held more than one item (inlineCut), read before the next line. */
  let pending: Line | undefined;
  let afterBlank = true;

  while (pending || index < lines.length) {
    let next = pending;
    pending = undefined;
    if (!next) {
      const line = lines[index++] ?? "";
      const body = line.trim();
      if (!body) {
        afterBlank = true;
        continue;
      }
      next = { indent: columns(/^[ \t]*/.exec(line)?.[0] ?? ""), body };
    }
    const { indent } = next;
    let { body } = next;
    const marker = readMarker(body, last);
    const cut = inlineCut(next, marker, stack);
    if (cut) {
      body = body.slice(0, cut.at).trimEnd();
      pending = cut.rest;
    }
    const blank = afterBlank;
    afterBlank = false;

    if (marker) {
      const content = body.slice(marker.width);
      if (marker.style === "bullet" && !marker.letter && bare(top())) {
        top().paragraphs = [[content]];
        continue;
      }
      while (stack.length > 1 && top().indent > indent) stack.pop();
      while (stack.length > 1 && top().indent === indent) {
        const current = top();
        const sibling = stack.findLastIndex(
          (n, i) => i > 0 && n.indent === indent && n.marker?.style === marker.style && (marker.style === "bullet" || n.marker.value === marker.value - 1),
        );
        if (current.marker?.style === marker.style) stack.pop();
        else if (sibling > 0) stack.length = sibling;
        // "2. One of the following:" then "a." at the same place: its children.
        else if (endsWithColon(ownText(current)) && !current.children.length) break;
        else {
          stack.pop(); // a mixed list ("1." then "*" at the same place): look further out
          continue;
        }
        break;
      }
      open({ indent, marker, paragraphs: [content ? [content] : []], children: [] });
      if (marker.style !== "bullet") last.set(marker.style, marker.value);
      continue;
    }

    const current = top();
    if (bare(current)) {
      current.paragraphs = [[body]]; // "1." then the text below it
      continue;
    }
    if (!blank && current !== root) {
      const paragraph = current.children.length ? undefined : current.paragraphs.at(-1);
      const previous = paragraph?.at(-1);
      if (paragraph && (previous === undefined || !startsNewItem(previous, body))) {
        paragraph.push(body); // the same sentence
        continue;
      }
      // A separate statement on the next line: under a line that announces a list, else beside it.
      if (!endsWithColon(ownText(current)) || current.children.length) stack.pop();
      open({ indent, paragraphs: [[body]], children: [] });
      continue;
    }

    // A paragraph after a blank line belongs to the item it is indented under.
    while (stack.length > 1 && top().indent >= indent) stack.pop();
    const parent = top();
    if (parent !== root && !parent.children.length && !endsWithColon(ownText(parent))) parent.paragraphs.push([body]);
    else open({ indent, paragraphs: [[body]], children: [] });
  }

  const nodes = underCapitalHeadings(root.children.flatMap(prune));
  const [first, ...rest] = nodes;
  return first && isLead(first, rest, kind) ? { lead: ownText(first), nodes: [...first.children, ...rest] } : { nodes };
}

/** "at least one of the following:", "either:": one criterion, its list the ways to meet it. */
export const ONE_OF = /\b(?:one|either|any|two|three|\d+)\b[^:]*\bof\b|\beither\b|\bor\s*:?$/i;
/** "… if all of the following criteria are met:", "any of the following:". */
export const FOLLOWING = /\b(?:all|any|each)\b[^:]*\bfollowing\b|\bfollowing (?:inclusion |exclusion )?criteria\b/i;
/** Who or what a lead-in is about: "Patients must…", "Participant:", "… the following criteria:". */
export const LEAD_WORDS = /\b(?:criteria|eligib\w*|included|excluded|enrol\w*|participa\w*|patients?|subjects?|candidates?|individuals?|volunteers?|must)\b/i;

/**
 * Whether a block's first item is a lead-in to the whole list rather than a criterion ("Patients must
 * meet all of the following:"): it ends with ":", has no number, speaks of the people or the criteria,
 * and either holds the list (its own paragraph, with no other group after it, or a bullet that is the
 * block's only item) or announces it in so many words.
 */
export function isLead(first: Node, rest: Node[], kind: CriteriaKind): boolean {
  const text = ownText(first);
  if (first.marker?.written || first.marker?.letter || !endsWithColon(text)) return false;
  if ((kind === "inclusion" && ONE_OF.test(text)) || !LEAD_WORDS.test(text)) return false;
  if (first.children.length) {
    return first.children.every((child) => child.marker) && (first.marker ? rest.length === 0 : rest.every((node) => !node.children.length));
  }
  return rest.length > 0 && FOLLOWING.test(text);
}

/**
 * A list flattened by the registry ("* DEMOGRAPHIC CRITERIA:", "* Participants must…", "* SMOKING
 * CRITERIA:", …): the items after a heading in capitals become its children, up to the next one.
 */
export function underCapitalHeadings(nodes: Node[]): Node[] {
  const isHeading = (node: Node) => {
    const text = ownText(node);
    return !node.children.length && !node.marker?.written && text.length <= 80 && endsWithColon(text) && /\p{Lu}{2}/u.test(text) && !/\p{Ll}/u.test(text);
  };
  const out: Node[] = [];
  let heading: Node | undefined;
  for (const node of nodes) {
    node.children = underCapitalHeadings(node.children);
    if (isHeading(node)) out.push((heading = node));
    else if (heading) heading.children.push(node);
    else out.push(node);
  }
  return out;
}

/** Drops empty bullets; an empty bullet's children take its place. */
export function prune(node: Node): Node[] {
  node.children = node.children.flatMap(prune);
  if (ownText(node) || node.marker?.written || node.marker?.letter) return [node];
  return node.children;
}
