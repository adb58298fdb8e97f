// Email addresses from registry records as `mailto:` links. The registry's email fields are free text
// ("a@b.org; c@d.org", "https://site/contact-us@site.com"), and a `mailto:` URL can carry more than an
// address: `?cc=…&body=…` would add recipients or prefill a message the person never wrote. So a link
// holds exactly one plausible address and nothing else; anything else stays plain text.

const MAX_ADDRESS = 254; // RFC 5321's limit for a forward path

// Plausible, not RFC 5322-complete: the characters real addresses use, none of which means anything
// in a mailto URL (no ? & = % # / : , ; and no spaces), so the address can go into the href as it is.
const LOCAL = /^[\p{L}\p{N}_+'-]+(?:\.[\p{L}\p{N}_+'-]+)*$/u;
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$/u;

/**
 * The one address in `text`, or undefined. A leading `mailto:` and any header part (`?cc=…`) are left
 * out, so "info@site.org?subject=Trial" gives "info@site.org"; lists, URLs and junk give undefined.
 */
export function emailAddress(text: string | null | undefined): string | undefined {
  const address = (text ?? "").trim().replace(/^mailto:/i, "").split("?")[0] ?? "";
  if (address.length > MAX_ADDRESS) return undefined;
  const parts = address.split("@");
  if (parts.length !== 2) return undefined;
  const [local = "", domain = ""] = parts;
  const labels = domain.split(".");
  const tld = labels.at(-1) ?? "";
  const plausible = LOCAL.test(local) && labels.length >= 2 && labels.every((label) => LABEL.test(label)) && /^\p{L}{2,}$/u.test(tld);
  return plausible ? address : undefined;
}

/** `mailto:` and the one address in `text` (see emailAddress), or undefined: then show the text without a link. */
export function mailtoHref(text: string | null | undefined): string | undefined {
  const address = emailAddress(text);
  return address ? `mailto:${address}` : undefined;
}
