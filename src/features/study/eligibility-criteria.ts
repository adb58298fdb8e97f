// Splits the eligibility criteria (Markdown) into inclusion and exclusion parts, so each can be shown as
// its own list. Real texts vary a lot ("Inclusion Criteria:", "INCLUSION CRITERIA", "Key Inclusion
// Criteria", "Inclusion criteria -", "* Inclusion Criteria:", "III.6 EXCLUSION CRITERIA", several
// qualified parts such as "Family exclusion criteria:"), so this only cuts at lines that are plainly
// headings, and never drops text: every line of the original lands in exactly one block, headings included.

export type CriteriaKind = "inclusion" | "exclusion" | "other";

export type CriteriaBlock = {
  kind: CriteriaKind;
  /** The heading line as written ("Inclusion Criteria:"), or "" for text before the first heading. */
  heading: string;
  /** The heading in plain words, only when it says more than "Inclusion criteria" ("Family inclusion criteria"). */
  label?: string;
  /** The block's Markdown, dedented, without the heading line. May be empty. */
  text: string;
};

export type CriteriaParts = {
  /** Text before the first inclusion/exclusion heading (an intro, or an unlabelled list). */
  intro: CriteriaBlock[];
  inclusion: CriteriaBlock[];
  exclusion: CriteriaBlock[];
  /** Other "… criteria:" parts after the first split ("Termination criteria:"). */
  more: CriteriaBlock[];
};

// A heading line: optional list marker / "#" / emphasis / section number ("III.6"), up to four qualifier
// words ("Key", "Family", "Pre-Operative"), the keyword, optional "criteria", an optional "(qualifier)"
// or "for …:", then ":" (text may follow), "-" or nothing.
const DECORATION = /^\s*(?:(?<bullet>(?:[*+\-•]|\\\*)\s+)|#{1,6}\s+)?(?:[*_]{1,3})?(?:(?:[IVX]+|\d+)(?:\.\d+)*\.?\s+)?/;
const EMPHASIS = String.raw`(?:[*_]{1,3})?`;
const CORE = new RegExp(
  [
    String.raw`^(?<prefix>(?:[\p{L}\p{N}\-()/',.]+\s+){0,4}?)`,
    String.raw`(?<kw>(?:non[- ]?)?inclusion|exclusion)(?<criteria>\s+criteri\w*)?`,
    String.raw`(?<qual>\s*\([^)]{1,60}\)|\s+for\s+[^:]{1,60}(?=\s*:))?\s*${EMPHASIS}\s*`,
    String.raw`(?<sep>:|[-–—](?=\s*${EMPHASIS}\s*$))?\s*(?:[*_]{1,3}(?=\s*$))?\s*(?<rest>.*)$`,
  ].join(""),
  "iu",
);
// Parts that are neither, named by these words only: "Diagnostic criteria:" or "SMOKING CRITERIA:"
// inside an inclusion list must stay there.
const OTHER = /^(?:[\p{L}-]+\s+){0,2}?(?:eligibility|termination|withdrawal|removing|removal|discontinuation|stopping|exit|drop-?out)\s+criteri\w*\s*(?:[*_]{1,3})?\s*:?\s*(?:[*_]{1,3})?$/iu;
// Words that make "… inclusion criteria" a sentence rather than a heading ("Any inclusion criteria not met").
const STOP_WORDS = new Set(
  "a an any all the of to not no meet met meets if is are be was were with without and or from at in".split(" "),
);
const GENERIC = /^(?:inclusion|exclusion)(?: criteri\w*)?$/i;

type Heading = { kind: CriteriaKind; heading: string; label?: string; rest: string };

/** Classifies one line; undefined when it is not a heading. Exported for tests. */
export function readHeading(line: string): Heading | undefined {
  const decoration = DECORATION.exec(line);
  const bulleted = Boolean(decoration?.groups?.bullet);
  const body = line.slice(decoration?.[0].length ?? 0).trim();
  const match = CORE.exec(body);
  if (match?.groups) {
    const { prefix = "", kw = "", criteria, sep, rest = "" } = match.groups;
    const words = prefix.trim().split(/\s+/).filter(Boolean);
    const ok =
      !words.some((word) => STOP_WORDS.has(word.toLowerCase())) &&
      (criteria || (sep === ":" && words.length === 0)) && // bare "Inclusion:" only with a colon
      (rest === "" || sep === ":") && // "Exclusion Criteria: Patients with…" keeps its text
      (!bulleted || sep === ":") &&
      !(sep === undefined && /\.$/.test(body)); // a sentence, not a heading
    if (ok) {
      const heading = line.trim().slice(0, line.trim().length - rest.length).trim();
      const kind = kw.toLowerCase() === "inclusion" ? "inclusion" : "exclusion"; // "non-inclusion" excludes
      return { kind, heading, label: labelOf(body.slice(0, body.length - rest.length)), rest };
    }
    return undefined;
  }
  if (!bulleted && OTHER.test(body)) return { kind: "other", heading: line.trim(), label: labelOf(body), rest: "" };
  return undefined;
}

function labelOf(heading: string): string | undefined {
  const clean = heading
    .replace(/\\(.)/g, "$1")
    .replace(/[*_]+/g, "")
    .replace(/\s*[:\-–—]\s*$/, "")
    .replace(/\s+/g, " ")
    .trim();
  return GENERIC.test(clean) ? undefined : clean;
}

/** Removes the indentation common to every non-blank line, so a nested list does not turn into code. */
function dedent(lines: string[]): string {
  let start = 0;
  let end = lines.length;
  while (start < end && !lines[start]?.trim()) start += 1;
  while (end > start && !lines[end - 1]?.trim()) end -= 1;
  const kept = lines.slice(start, end);
  const indents = kept.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)?.[0].length ?? 0);
  const common = indents.length ? Math.min(...indents) : 0;
  return kept.map((l) => l.slice(Math.min(common, /^[ \t]*/.exec(l)?.[0].length ?? 0))).join("\n");
}

/**
 * Splits criteria into parts, or returns undefined when the text has no inclusion/exclusion heading
 * with something under it: the page then shows it whole.
 */
export function splitCriteria(markdown: string | undefined): CriteriaParts | undefined {
  if (!markdown?.trim()) return undefined;
  const blocks: { head: Omit<Heading, "rest"> | undefined; lines: string[] }[] = [{ head: undefined, lines: [] }];
  for (const line of markdown.split(/\r?\n/)) {
    const head = readHeading(line);
    if (head) {
      blocks.push({ head: { kind: head.kind, heading: head.heading, label: head.label }, lines: head.rest ? [head.rest] : [] });
    } else {
      blocks[blocks.length - 1]?.lines.push(line);
    }
  }
  const parts: CriteriaParts = { intro: [], inclusion: [], exclusion: [], more: [] };
  let split = false;
  for (const { head, lines } of blocks) {
    const block: CriteriaBlock = { kind: head?.kind ?? "other", heading: head?.heading ?? "", text: dedent(lines) };
    if (head?.label) block.label = head.label;
    if (!head && !block.text) continue;
    if (block.kind === "other") (split ? parts.more : parts.intro).push(block);
    else {
      parts[block.kind].push(block);
      split = true;
    }
  }
  const hasContent = [...parts.inclusion, ...parts.exclusion].some(hasText);
  // "Inclusion Criteria:" twice means one list per population ("PATIENTS … CONTROLS …"): grouping all
  // inclusions together would lose whom each list is for, so such texts are shown whole.
  const repeated = [parts.inclusion, parts.exclusion].some((list) => list.filter((b) => !b.label && hasText(b)).length > 1);
  return hasContent && !repeated ? parts : undefined;
}

/** A block with nothing to read (empty, or a lone "-") is not shown. */
export function hasText(block: CriteriaBlock): boolean {
  return /[\p{L}\p{N}]/u.test(block.text);
}
