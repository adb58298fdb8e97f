import { useEffect, useRef } from "react";
import { useLocation, useNavigationType } from "react-router";

// After moving to another page, keyboard and screen-reader users start at its h1, as after a full page
// load. Not on the first load (the browser starts at the top already), not when only the query changes
// (typing and filters on /search keep focus in the form), not for a #section link (use-hash-scroll.ts
// focuses the section), and not when a submit asks for the results (search-results.tsx focuses them).
// The h1 often arrives after the navigation (lazy page, record still loading), so it is awaited.

const WAIT_FOR_HEADING_MS = 10_000;
/** A page can replace its h1 soon after showing it (a skeleton, then the record): focus follows for this long. */
const SETTLE_MS = 2_000;
const READER_INPUT = ["keydown", "pointerdown"] as const;

export function useHeadingFocus(): void {
  const { pathname, hash, state } = useLocation();
  const navigationType = useNavigationType();
  const shownPath = useRef(pathname);
  const pending = useRef<{ stop: () => void; waiting: boolean }>(undefined);

  useEffect(() => {
    if (pathname === shownPath.current) return;
    shownPath.current = pathname;
    // A REPLACE to another path is a redirect (/study/nct… to /study/NCT…, an old id to the current one): it
    // continues the navigation before it, so it moves focus only if that one was still waiting for its h1.
    const continuesWaiting = pending.current?.waiting === true;
    pending.current?.stop();
    pending.current = undefined;
    if (hash || asksForResults(state) || (navigationType === "REPLACE" && !continuesWaiting)) return;
    pending.current = focusHeadingWhenShown();
  }, [pathname, hash, state, navigationType]);

  useEffect(() => () => pending.current?.stop(), []);
}

function focusHeadingWhenShown(): { stop: () => void; waiting: boolean } {
  const handle = { stop: () => {}, waiting: true };
  let focused: HTMLElement | undefined;
  const tryFocus = () => {
    const heading = document.querySelector<HTMLElement>("main h1");
    if (!heading || heading === focused) return;
    // The first time unconditionally (the link that was pressed is gone or stays in the header); later only
    // when the focused h1 was replaced and focus fell back to the document.
    if (focused && document.activeElement !== document.body && document.activeElement !== null) return;
    if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
    heading.focus({ preventScroll: true }); // scroll restoration owns the scroll position
    if (!focused) {
      handle.waiting = false;
      window.clearTimeout(timer);
      timer = window.setTimeout(stop, SETTLE_MS);
    }
    focused = heading;
  };
  const observer = new MutationObserver(tryFocus);
  observer.observe(document.body, { childList: true, subtree: true });
  let timer = window.setTimeout(stop, WAIT_FOR_HEADING_MS);
  // Once the reader moves on by themselves, focus is theirs.
  for (const type of READER_INPUT) window.addEventListener(type, stop, { capture: true, passive: true });
  function stop() {
    handle.waiting = false;
    observer.disconnect();
    window.clearTimeout(timer);
    for (const type of READER_INPUT) window.removeEventListener(type, stop, true);
  }
  handle.stop = stop;
  tryFocus();
  return handle;
}

const asksForResults = (state: unknown) =>
  typeof state === "object" && state !== null && (state as { focusResults?: unknown }).focusResults === true;
