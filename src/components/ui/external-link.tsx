import type { ReactNode } from "react";

// Every link that leaves the app goes through here, so kiosk mode can change how they behave in one place.

/** Only http(s) addresses become links (registry text is untrusted); anything else → undefined. */
export function httpUrl(raw: string | undefined): string | undefined {
  const text = raw?.trim();
  if (!text) return undefined;
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A link that leaves the app: new tab, no opener, and says so to screen readers. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className="inline-flex min-h-target items-center wrap-anywhere">
      <span>
        {children}
        <span className="sr-only"> (opens in a new tab)</span>
      </span>
    </a>
  );
}

/** A URL shown as text; it becomes a link only when it is http(s). */
export function UrlText({ url }: { url: string }) {
  const href = httpUrl(url);
  return href ? <ExternalLink href={href}>{url}</ExternalLink> : <p className="wrap-anywhere">{url}</p>;
}
