import { useEffect } from "react";
import { useLocation } from "react-router";

// Deep links (/study/NCT…#eligibility) must land on their section, but the record arrives after the
// navigation, so the app's scroll restoration (src/app/use-scroll-restoration.ts) can't find it. This hook
// waits for the element, scrolls to it and moves focus there (so keyboard and screen-reader users
// start reading at the section too), and keeps it in place while content above it is still growing
// (lazy markdown, sections rendered on demand) until the reader scrolls or types.

const WAIT_FOR_TARGET_MS = 10_000;
const SETTLE_MS = 3_000;
const READER_INPUT = ["wheel", "touchstart", "keydown", "pointerdown"] as const;

/** Call once in the component that renders the record (after its sections exist). */
export function useHashScroll(): void {
  const { hash } = useLocation();
  useEffect(() => {
    const id = idFromHash(hash);
    if (!id) return;
    let stop = () => {};
    const found = document.getElementById(id);
    if (found) {
      stop = revealElement(found);
    } else {
      const observer = new MutationObserver(() => {
        const el = document.getElementById(id);
        if (!el) return;
        stop();
        stop = revealElement(el);
      });
      observer.observe(document.body, { childList: true, subtree: true });
      const timer = window.setTimeout(() => observer.disconnect(), WAIT_FOR_TARGET_MS);
      stop = () => {
        observer.disconnect();
        window.clearTimeout(timer);
      };
    }
    return () => stop();
  }, [hash]);
}

/** Scrolls to and focuses the element with this id, if there is one (e.g. a repeated click on the same in-page link). */
export function revealId(id: string): void {
  const el = document.getElementById(id);
  if (el) revealElement(el);
}

/** Scrolls `el` to the top, focuses it (or the heading that labels it) and returns a function to stop keeping it there. */
function revealElement(el: HTMLElement): () => void {
  const place = () => el.scrollIntoView({ block: "start" });
  place();
  const focusable = labellingHeading(el) ?? el;
  if (!focusable.hasAttribute("tabindex")) focusable.setAttribute("tabindex", "-1");
  focusable.focus({ preventScroll: true });

  if (typeof ResizeObserver === "undefined") return () => {};
  const observer = new ResizeObserver(place); // content above grew or shrank: put the section back
  observer.observe(document.body);
  const stop = () => {
    observer.disconnect();
    window.clearTimeout(timer);
    for (const type of READER_INPUT) window.removeEventListener(type, stop, true);
  };
  const timer = window.setTimeout(stop, SETTLE_MS);
  for (const type of READER_INPUT) window.addEventListener(type, stop, { capture: true, passive: true });
  return stop;
}

/** A section's heading is a smaller, clearer focus target than the whole section. */
function labellingHeading(el: HTMLElement): HTMLElement | null {
  const id = el.getAttribute("aria-labelledby")?.split(/\s+/)[0];
  const heading = id ? document.getElementById(id) : null;
  return heading && el.contains(heading) ? heading : null;
}

function idFromHash(hash: string): string | undefined {
  if (hash.length < 2) return undefined;
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}
