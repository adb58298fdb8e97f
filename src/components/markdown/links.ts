// Link rules for rendered registry text: which targets may be links, bare URLs made into links, and
// how every link is finished (new tab, screen-reader note, print hint).

import { t } from "@lingui/core/macro";
import { currentLang } from "../../i18n/i18n";
import { DEFAULT_LANG } from "../../i18n/languages";
import { mailtoHref } from "../../lib/mailto";

const LINK_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);
/** Bare URLs in the text (CommonMark leaves them plain); trailing punctuation is trimmed below. */
const BARE_URL = /\bhttps?:\/\/[^\s<>"]+/g;
/** Far longer than any real citation URL; a longer "URL" stays text rather than becoming a link. */
export const MAX_BARE_URL = 2_000;
const TRAILING_PUNCTUATION = ".,;:!?'\"*_~";

/** Only http(s) and mailto, as the parsed URL; relative URLs (no meaning outside the registry), javascript:, data: … give undefined. */
export function allowedUrl(href: string | null | undefined): URL | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href); // throws on relative URLs
    return LINK_PROTOCOLS.has(url.protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * "https://x.org/a." → "https://x.org/a"; a ")" or "]" stays only when it closes one opened inside the
 * URL. Counts once and trims from the end, so a URL followed by 30,000 ")" costs one pass, not 30,000.
 */
export function trimUrlEnd(url: string): string {
  let unclosedParens = count(url, "(") - count(url, ")");
  let unclosedBrackets = count(url, "[") - count(url, "]");
  let end = url.length;
  for (; end > 0; end--) {
    const ch = url.charAt(end - 1);
    if (TRAILING_PUNCTUATION.includes(ch)) continue;
    if (ch === ")" && unclosedParens < 0) unclosedParens += 1;
    else if (ch === "]" && unclosedBrackets < 0) unclosedBrackets += 1;
    else break;
  }
  return url.slice(0, end);
}

const count = (s: string, ch: string) => s.split(ch).length - 1;

/** Registry texts cite sources as bare URLs ("see https://doi.org/…"): make them links, outside existing links. */
export function linkifyBareUrls(root: DocumentFragment) {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    // REJECT skips a link with its text; SKIP walks through other elements to their text.
    acceptNode: (node) =>
      node.nodeName === "A" ? NodeFilter.FILTER_REJECT : node.nodeType === Node.TEXT_NODE ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP,
  });
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Text).data.includes("://")) texts.push(node as Text);
  }
  for (const text of texts) linkifyText(text);
}

function linkifyText(text: Text) {
  const doc = text.ownerDocument;
  const parts: (string | Node)[] = [];
  let last = 0;
  for (const match of text.data.matchAll(BARE_URL)) {
    const trimmed = trimUrlEnd(match[0]);
    const url = trimmed.length <= MAX_BARE_URL ? allowedUrl(trimmed) : undefined;
    if (!url) continue;
    parts.push(text.data.slice(last, match.index));
    const a = doc.createElement("a");
    a.href = url.href;
    a.textContent = trimmed;
    parts.push(a);
    last = match.index + trimmed.length;
  }
  if (parts.length === 0) return;
  parts.push(text.data.slice(last));
  text.replaceWith(...parts);
}

/** A sanitised link: without an allowed target it becomes its text; external ones open in a new tab and say so. */
export function finishLink(a: HTMLAnchorElement) {
  const href = a.getAttribute("href");
  if (!href) {
    a.replaceWith(...a.childNodes);
    return;
  }
  const text = a.textContent?.trim() ?? "";
  if (text === href || allowedUrl(text)?.href === href) a.dataset.urlText = ""; // print CSS: don't repeat it
  if (href.startsWith("mailto:")) {
    // Only the one address: "?cc=…&body=…" would add recipients or write a message for the reader.
    const mailto = mailtoHref(href);
    if (mailto) a.href = mailto;
    else a.replaceWith(...a.childNodes);
    return;
  }
  a.target = "_blank";
  a.rel = "noopener noreferrer";
  const note = a.appendChild(a.ownerDocument.createElement("span"));
  note.className = "sr-only";
  note.textContent = ` ${t`(opens in a new tab)`}`;
  // Our words inside registry text (<Markdown> is lang="en"): read in the page's language.
  const lang = currentLang();
  if (lang !== DEFAULT_LANG) note.lang = lang;
}
