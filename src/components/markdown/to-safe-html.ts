import { finishLink, linkifyBareUrls } from "./links";
import { splitParagraphs } from "./paragraphs";
import { escapeHtml, markdownToHtml } from "./parse-markdown";
import { sanitizeHtml } from "./sanitize-html";

// Registry markup (CommonMark) to HTML that is safe to insert. Total and linear: any text renders, in
// time proportional to its length. The parser shows raw HTML as text; DOMPurify then keeps only known
// elements, attributes and link targets; then bare URLs become links and links get their finish.

export function toSafeHtml(markdown: string): string {
  const fragment = sanitizeHtml(parseOrPlain(markdown));
  linkifyBareUrls(fragment);
  for (const a of fragment.querySelectorAll("a")) finishLink(a);
  const box = fragment.ownerDocument.createElement("div");
  box.append(fragment);
  return box.innerHTML;
}

/** The parser's HTML, or, when it gives up (too deep, too costly, or a bug), the text as plain paragraphs. */
function parseOrPlain(markdown: string): string {
  try {
    return markdownToHtml(markdown);
  } catch {
    return splitParagraphs(markdown)
      .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
      .join("\n");
  }
}

