import { useEffect, useLayoutEffect } from "react";
import { useLocation, useNavigationType } from "react-router";
import { readHistoryState } from "../lib/history-state";

// Back and forward return to where the reader was; a new page (a push) starts at the top; a replaced
// entry (typing in a search box) keeps its place. Content often arrives after the navigation (a lazy
// page, cached results), so a restore keeps trying for a moment until the page is tall enough.
const STORAGE_KEY = "scroll-positions";
const RESTORE_FOR_MS = 1_500;

export function useScrollRestoration(): void {
  const location = useLocation();
  const navigationType = useNavigationType();

  useEffect(() => {
    window.history.scrollRestoration = "manual";
  }, []);

  // Remember this entry's position while the reader scrolls.
  useEffect(() => {
    let frame = 0;
    const save = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => writePosition(location.key, window.scrollY));
    };
    window.addEventListener("scroll", save, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", save);
    };
  }, [location.key]);

  useLayoutEffect(() => {
    // A filter change pushes an entry but stays where the reader is (state.keepScroll).
    const keepScroll = readHistoryState(location.state).keepScroll === true;
    if (navigationType === "PUSH" && !location.hash && !keepScroll) {
      window.scrollTo(0, 0);
      return;
    }
    const saved = navigationType === "POP" ? readPositions()[location.key] : undefined;
    if (saved === undefined) return;
    const started = performance.now();
    let frame = 0;
    const restore = () => {
      window.scrollTo(0, saved);
      const reached = Math.abs(window.scrollY - saved) < 2;
      if (!reached && performance.now() - started < RESTORE_FOR_MS) frame = requestAnimationFrame(restore);
    };
    restore();
    return () => cancelAnimationFrame(frame);
  }, [location.key, location.hash, location.state, navigationType]);
}

function readPositions(): Record<string, number> {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? "{}");
    return typeof parsed === "object" && parsed !== null ? Object.fromEntries(Object.entries(parsed).filter((e): e is [string, number] => typeof e[1] === "number")) : {};
  } catch {
    return {};
  }
}

function writePosition(key: string, y: number): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ ...readPositions(), [key]: Math.round(y) }));
  } catch {
    // Storage full or blocked: restoring scroll is a nicety, not worth an error.
  }
}
