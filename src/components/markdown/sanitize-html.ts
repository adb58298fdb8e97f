import DOMPurify, { type Config } from "dompurify";
import { allowedUrl } from "./links";

// DOMPurify, the standard HTML sanitiser (kept current against mutation XSS), with the few elements
// and attributes that registry text needs. An own instance, so this config and hook reach no other code.
// It parses in an inert document: nothing in the HTML is fetched or run.
const purify = DOMPurify(window);

const CONFIG = {
  ALLOWED_TAGS: ["p", "br", "hr", "strong", "em", "code", "pre", "blockquote", "ul", "ol", "li", "a"],
  ALLOWED_ATTR: ["href", "title", "start"],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  RETURN_DOM_FRAGMENT: true as const,
} satisfies Config;

// Links go only to http(s) and mailto, written back as the parsed URL. Any other href (javascript:,
// data:, a relative path) is removed, and finishLink turns the link into its text. (This hook, not
// ALLOWED_URI_REGEXP: DOMPurify checks that pattern against every attribute, so it would drop start="3".)
purify.addHook("uponSanitizeAttribute", (_node, data) => {
  if (data.attrName !== "href") return;
  const url = allowedUrl(data.attrValue);
  if (url) data.attrValue = url.href;
  else data.keepAttr = false;
});

/** Only the allowed elements, attributes and link targets, as a fragment of an inert document. */
export function sanitizeHtml(html: string): DocumentFragment {
  return purify.sanitize(html, CONFIG);
}
