// Kiosk mode's "no way out": every activated link or form is checked where it is activated, so links
// that don't go through <ExternalLink> (registry markdown, tel:/mailto: contacts, map attribution)
// are caught too.

/** internal: stays in this app; external: another site, a phone number or an email (shown as a QR code); blocked: anything else. */
export type LinkKind = "internal" | "external" | "blocked";

const HANDOFF_PROTOCOLS = new Set(["http:", "https:", "tel:", "mailto:", "sms:"]);

export function classifyHref(href: string, origin: string): LinkKind {
  let url: URL;
  try {
    url = new URL(href, origin);
  } catch {
    return "blocked";
  }
  if ((url.protocol === "http:" || url.protocol === "https:") && url.origin === origin) return "internal";
  return HANDOFF_PROTOCOLS.has(url.protocol) ? "external" : "blocked"; // javascript:, data:, blob:, file:…
}

export type LinkGuardHandlers = {
  /** A link or window.open to another site, tel: or mailto: was activated. */
  onExternal: (href: string, text: string) => void;
  /** An in-app address asked for a new tab or window: open it here instead ("/study/…?…#…"). */
  onInternal: (path: string) => void;
};

/**
 * Installs the guard on `doc` (capture phase, before any other handler): clicks (a keyboard Enter on a
 * link is a click too), middle clicks, long-press menus on links, form submissions to other sites, and
 * window.open. Returns the function that removes it.
 */
export function installLinkGuard(handlers: LinkGuardHandlers, doc: Document = document): () => void {
  const win = doc.defaultView ?? window;
  const origin = win.location.origin;

  const onClick = (event: MouseEvent) => {
    const anchor = anchorOf(event.target);
    if (!anchor) return;
    const kind = classifyHref(anchor.href, origin);
    const modified = event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
    if (kind === "internal" && !modified && !opensElsewhere(anchor)) return; // an ordinary in-app link
    event.preventDefault();
    event.stopPropagation();
    if (event.type !== "click" || modified) return; // a middle or modified click asks for a new tab: do nothing
    if (kind === "external") handlers.onExternal(anchor.href, linkText(anchor));
    else if (kind === "internal") handlers.onInternal(pathOf(anchor.href));
  };
  // A long press opens a menu with "Open in new tab", "Copy link address"…
  const onContextMenu = (event: MouseEvent) => {
    if (anchorOf(event.target)) event.preventDefault();
  };
  const onSubmit = (event: SubmitEvent) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    const action = event.submitter?.getAttribute("formaction") ?? form.action;
    if (classifyHref(action, origin) !== "internal" || form.target === "_blank") event.preventDefault();
  };

  const originalOpen = win.open;
  win.open = (url?: string | URL) => {
    const href = url === undefined ? "" : String(url);
    const kind = href ? classifyHref(href, origin) : "blocked";
    if (kind === "external") handlers.onExternal(new URL(href, origin).href, href);
    else if (kind === "internal") handlers.onInternal(pathOf(new URL(href, origin).href));
    return null;
  };

  doc.addEventListener("click", onClick, true);
  doc.addEventListener("auxclick", onClick, true);
  doc.addEventListener("contextmenu", onContextMenu, true);
  doc.addEventListener("submit", onSubmit, true);
  return () => {
    doc.removeEventListener("click", onClick, true);
    doc.removeEventListener("auxclick", onClick, true);
    doc.removeEventListener("contextmenu", onContextMenu, true);
    doc.removeEventListener("submit", onSubmit, true);
    win.open = originalOpen;
  };
}

function anchorOf(target: EventTarget | null): HTMLAnchorElement | HTMLAreaElement | undefined {
  if (!(target instanceof Element)) return undefined;
  const found = target.closest("a[href], area[href]");
  return found instanceof HTMLAnchorElement || found instanceof HTMLAreaElement ? found : undefined;
}

const opensElsewhere = (anchor: HTMLAnchorElement | HTMLAreaElement) =>
  (anchor.target !== "" && anchor.target !== "_self") || anchor.hasAttribute("download");

function pathOf(href: string): string {
  const url = new URL(href);
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The link's words (screen-reader notes included: "Phone: 617…"), else its label or address. */
function linkText(anchor: HTMLAnchorElement | HTMLAreaElement): string {
  const text = (anchor.textContent ?? "").replace(/\s+/g, " ").trim();
  return text || anchor.getAttribute("aria-label")?.trim() || anchor.href;
}
