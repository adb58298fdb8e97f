import { useRef, type ReactNode } from "react";
import { Trans } from "@lingui/react/macro";
import { useLinkPolicy } from "../link-policy";

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

/**
 * A link that leaves the app: new tab, no opener, and says so to screen readers. Where the link policy
 * says otherwise (kiosk mode), a button that hands the address to it instead (e.g. to show a QR code).
 */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  const { showInstead } = useLinkPolicy();
  const text = useRef<HTMLSpanElement>(null);
  if (showInstead) {
    return (
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => showInstead(href, text.current?.textContent?.trim() ?? href)}
        className="inline-flex min-h-target items-center text-left text-brand underline underline-offset-2 wrap-anywhere hover:text-brand-dark"
      >
        <span>
          <span ref={text}>{children}</span>
          <span className="sr-only">
            {" "}
            <Trans>(shows a code to scan with your phone)</Trans>
          </span>
        </span>
      </button>
    );
  }
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className="inline-flex min-h-target items-center wrap-anywhere">
      <span>
        {children}
        <span className="sr-only">
          {" "}
          <Trans>(opens in a new tab)</Trans>
        </span>
      </span>
    </a>
  );
}

/** A URL shown as text; it becomes a link only when it is http(s). */
export function UrlText({ url }: { url: string }) {
  const href = httpUrl(url);
  return href ? <ExternalLink href={href}>{url}</ExternalLink> : <p className="wrap-anywhere">{url}</p>;
}
