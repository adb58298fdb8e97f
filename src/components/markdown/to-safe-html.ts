import { Marked } from "marked";

// Registry markup (CommonMark) to HTML that is safe to insert. The parser shows raw HTML as text;
// the DOM pass below then keeps only known elements and attributes and the allowed link targets.
// It runs on an inert <template>, so nothing in it (an <img>, say) is ever fetched or run.

// GFM off: the registry writes CommonMark (api-facts §10); GFM would, say, strike through "~text~".
// Raw HTML is shown as the text it is (a block of it as a paragraph), never as markup.
const parser = new Marked({
  gfm: false,
  renderer: { html: ({ text, block }) => (block ? `<p>${escapeHtml(text.trim())}</p>\n` : escapeHtml(text)) },
});
const ELEMENTS = new Set(["P", "BR", "HR", "STRONG", "EM", "CODE", "PRE", "BLOCKQUOTE", "UL", "OL", "LI", "A"]);
const ATTRIBUTES = new Set(["href", "title", "start"]);
const LINK_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);
/** Bare URLs in the text (CommonMark leaves them plain); trailing punctuation is trimmed below. */
const BARE_URL = /\bhttps?:\/\/[^\s<>"]+/g;

export function toSafeHtml(markdown: string): string {
  const template = document.createElement("template");
  template.innerHTML = parser.parse(markdown, { async: false });
  const root = template.content;
  for (const heading of root.querySelectorAll("h1, h2, h3, h4, h5, h6")) demoteHeading(heading);
  for (const img of root.querySelectorAll("img")) replaceImage(img);
  for (const el of root.querySelectorAll("*")) keepKnown(el);
  linkifyBareUrls(root);
  for (const a of root.querySelectorAll("a")) secureLink(a);
  return template.innerHTML;
}

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Defence in depth: whatever the parser emits, only plain text structure survives. */
function keepKnown(el: Element) {
  if (!ELEMENTS.has(el.tagName)) {
    el.replaceWith(el.textContent ?? "");
    return;
  }
  for (const { name } of [...el.attributes]) if (!ATTRIBUTES.has(name)) el.removeAttribute(name);
}

/** The page owns the outline (h1–h3), so a heading in registry text becomes a bold paragraph. */
function demoteHeading(heading: Element) {
  const doc = heading.ownerDocument;
  const p = doc.createElement("p");
  const strong = p.appendChild(doc.createElement("strong"));
  strong.append(...heading.childNodes);
  heading.replaceWith(p);
}

/** Images are never loaded (no third-party requests): a link to the image, or just its alt text. */
function replaceImage(img: HTMLImageElement) {
  const alt = img.getAttribute("alt")?.trim() ?? "";
  const src = allowedUrl(img.getAttribute("src"));
  if (!src || src.protocol === "mailto:" || img.closest("a")) {
    img.replaceWith(alt);
    return;
  }
  const a = img.ownerDocument.createElement("a");
  a.href = src.href;
  a.textContent = alt ? `Image: ${alt}` : "Image";
  img.replaceWith(a);
}

/** Links only to http(s) and mailto; anything else (javascript:, data:, relative paths) becomes its text. */
function secureLink(a: HTMLAnchorElement) {
  const url = allowedUrl(a.getAttribute("href"));
  if (!url) {
    a.replaceWith(...a.childNodes);
    return;
  }
  if (a.textContent?.trim() === a.getAttribute("href")) a.dataset.urlText = ""; // print CSS: don't repeat it
  if (url.protocol === "mailto:") return;
  a.target = "_blank";
  a.rel = "noopener noreferrer";
  const note = a.appendChild(a.ownerDocument.createElement("span"));
  note.className = "sr-only";
  note.textContent = " (opens in a new tab)";
}

function allowedUrl(href: string | null): URL | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href); // throws on relative URLs, which have no meaning outside the registry
    return LINK_PROTOCOLS.has(url.protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Registry texts cite sources as bare URLs ("see https://doi.org/…"): make them links. */
function linkifyBareUrls(root: DocumentFragment) {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text && node.data.includes("://") && !node.parentElement?.closest("a")) texts.push(node);
  }
  for (const text of texts) {
    const parts: (string | Node)[] = [];
    let last = 0;
    for (const match of text.data.matchAll(BARE_URL)) {
      const url = trimTrailing(match[0]);
      parts.push(text.data.slice(last, match.index));
      const a = doc.createElement("a");
      a.href = url;
      a.textContent = url;
      parts.push(a);
      last = match.index + url.length;
    }
    if (parts.length === 0) continue;
    parts.push(text.data.slice(last));
    text.replaceWith(...parts);
  }
}

/** "https://x.org/a." → "https://x.org/a"; a ")" stays only when it closes a "(" inside the URL. */
function trimTrailing(url: string): string {
  let end = url.length;
  for (;;) {
    const ch = url[end - 1];
    const head = url.slice(0, end);
    if (ch && ".,;:!?'\"*_~".includes(ch)) end -= 1;
    else if (ch === ")" && count(head, "(") < count(head, ")")) end -= 1;
    else if (ch === "]" && count(head, "[") < count(head, "]")) end -= 1;
    else return head;
  }
}

const count = (s: string, ch: string) => s.split(ch).length - 1;
