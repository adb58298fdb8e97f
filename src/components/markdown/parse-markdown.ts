import { t } from "@lingui/core/macro";
import { Marked, Renderer } from "marked";
import { allowedUrl } from "./links";

// Registry markup (CommonMark) to HTML, before sanitising. Linear in the input or it gives up:
// marked is a good CommonMark parser but not a hardened one, so three bounds keep a hostile field from
// freezing or crashing the page (the caller then shows the text as plain paragraphs):
// - nesting: each level of list or quote re-reads the rest of the text, and about a thousand levels
//   overflow the stack ("- - - … x"). Real records nest at most 6 deep; the line check allows 16.
// - emphasis: for each "*" or "_" run that might open emphasis, marked may scan the rest of that
//   paragraph for its closer, so thousands of unmatched ones ("a*_a*_…") cost the square of the
//   length (seconds). Runs × paragraph length bounds that scan; summed over the text it must stay
//   under a budget worth ~20 ms. Real records use ~100 of it: they rarely have inline emphasis at all.
// - size: every line costs marked time, and every element costs time to sanitise and lay out, and
//   32,000 characters can make 16,000 of each ("-\n" repeated). Real records have at most 144 lines
//   and make at most ~400 tags; 2,000 lines and 4,000 tags are allowed.

/** Thrown when the text is beyond what the bounds above allow. */
export class MarkdownTooComplex extends Error {}

const MAX_NESTING = 16;
const MAX_LINES = 2_000;
const MAX_TAGS = 4_000;
const EMPHASIS_SCAN_BUDGET = 1_000_000;
const EMPHASIS_RUN = /\*+|_+/g;
const ALPHANUMERIC = /[\p{L}\p{N}]/u;
/** A line's leading block markers (quotes, bullets, numbers) and indentation: how deep it can nest. */
const LINE_PREFIX = /^(?:[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)))*[ \t]*/;
/** "- - - -" or "* * *" alone on a line is a rule (<hr>), not nesting. */
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

let emphasisScanned = 0;
let linkDepth = 0;

/** Text as HTML text (and attribute values): the parser's fallback and raw HTML use it. */
export const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

// GFM off: the registry writes CommonMark (api-facts §10); GFM would, say, strike through "~text~".
const parser = new Marked({
  gfm: false,
  hooks: {
    // Called with each paragraph's (or list item's, or link's) inline text before emphasis is matched.
    emStrongMask(src) {
      emphasisScanned += emphasisRuns(src) * src.length;
      if (emphasisScanned > EMPHASIS_SCAN_BUDGET) throw new MarkdownTooComplex("too much possible emphasis");
      return src;
    },
  },
  renderer: {
    // Raw HTML is shown as the text it is (a block of it as a paragraph), never as markup.
    html: ({ text, block }) => (block ? `<p>${escapeHtml(text.trim())}</p>\n` : escapeHtml(text)),
    // The page owns the outline (h1–h3), so a heading in registry text becomes a bold paragraph.
    heading({ tokens }) {
      return `<p><strong>${this.parser.parseInline(tokens)}</strong></p>\n`;
    },
    link(token) {
      linkDepth += 1;
      try {
        return Renderer.prototype.link.call(this, token);
      } finally {
        linkDepth -= 1;
      }
    },
    // Images are never loaded (no third-party requests): a link to the image, or just its alt text
    // (inside a link, or when the source is not a web address).
    image({ href, text, tokens }) {
      const alt = escapeHtml(tokens ? this.parser.parseInline(tokens, this.parser.textRenderer) : text).trim();
      const url = allowedUrl(href);
      if (linkDepth > 0 || !url || url.protocol === "mailto:") return alt;
      return `<a href="${escapeHtml(url.href)}">${alt ? t`Image: ${alt}` : t`Image`}</a>`;
    },
  },
});

/** CommonMark to (unsanitised) HTML; throws MarkdownTooComplex, or whatever marked throws, when it gives up. */
export function markdownToHtml(markdown: string): string {
  const lines = markdown.split("\n");
  if (lines.length > MAX_LINES) throw new MarkdownTooComplex("too many lines");
  if (nestingDepth(lines) > MAX_NESTING) throw new MarkdownTooComplex("nested too deep");
  emphasisScanned = 0;
  const html = parser.parse(markdown, { async: false });
  // Every "<" is a tag: marked escapes the ones in text, and raw HTML is escaped above.
  if (html.split("<").length - 1 > MAX_TAGS) throw new MarkdownTooComplex("too many elements");
  return html;
}

/** Runs of "*" or "_", except "_" inside a word ("snake_case"), which CommonMark never treats as emphasis. */
function emphasisRuns(src: string): number {
  let runs = 0;
  for (const { 0: run, index } of src.matchAll(EMPHASIS_RUN)) {
    const intraword = run.startsWith("_") && ALPHANUMERIC.test(src.charAt(index - 1)) && ALPHANUMERIC.test(src.charAt(index + run.length));
    if (!intraword) runs += 1;
  }
  return runs;
}

/**
 * An upper bound of how deep any line nests: its markers plus its indentation in pairs of columns. Lines
 * without a marker are left out, since they open nothing (deeply indented text is a code block).
 */
function nestingDepth(lines: string[]): number {
  let deepest = 0;
  for (const line of lines) {
    if (THEMATIC_BREAK.test(line)) continue;
    const prefix = LINE_PREFIX.exec(line)?.[0] ?? "";
    const markers = prefix.match(/>|[-+*]|\d{1,9}[.)]/g)?.length ?? 0;
    if (markers === 0) continue;
    const columns = prefix.replace(/\t/g, "    ").replace(/[^ ]/g, "").length;
    deepest = Math.max(deepest, markers + Math.floor(columns / 2));
  }
  return deepest;
}
