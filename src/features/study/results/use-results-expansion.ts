import { useCallback, useDeferredValue, useEffect, useMemo, useState, type RefObject } from "react";
import { usePrinting } from "../use-print-expand";
import { preloadResultParts } from "./parts-loader";

/**
 * Which results parts are open. `open` drives the buttons at once; `rendered` (a deferred copy) drives
 * the content, so building a big part happens in an interruptible background render and the page keeps
 * answering clicks and scrolls meanwhile.
 *
 * Printing opens every part: usePrinting (the study page's print signal: beforeprint/afterprint and the
 * "print" media query, which browser automation uses) re-renders synchronously inside the event, and
 * while it is true every part counts as open and rendered, without deferral, so the parts exist before
 * the browser lays out the printout (if their chunk has arrived: see usePreloadNear). Afterwards the
 * reader's own choice of open parts comes back.
 */
export function useResultsExpansion(allKeys: readonly string[]) {
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const deferred = useDeferredValue(open);
  const printing = usePrinting();
  const all = useMemo(() => new Set(allKeys), [allKeys]);

  useEffect(() => {
    if (printing) void preloadResultParts().catch(() => undefined); // printed without any earlier trigger
  }, [printing]);

  const toggle = useCallback((key: string) => {
    setOpen((prev) => {
      const next = new Set(prev);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  }, []);
  const openAll = useCallback(() => setOpen(all), [all]);
  const closeAll = useCallback(() => setOpen(new Set()), []);

  return { open: printing ? all : open, rendered: printing ? all : deferred, toggle, openAll, closeAll };
}

const INTERACTIONS = ["pointerdown", "pointermove", "keydown", "wheel", "touchstart"] as const;

/**
 * Fetches the results chunk before anyone needs it, so that opening a part, or printing, is immediate:
 * when the overview (which calls this: it is there once the results are opened) comes within about two
 * screens of the viewport, or on the first user interaction after that (a mouse move is enough, so Ctrl+P
 * and the browser's menu find the code loaded). A visitor who never opens the results doesn't download
 * the tables.
 */
export function usePreloadNear(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const element = ref.current;
    let done = false;
    const observer =
      typeof IntersectionObserver === "function"
        ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && preload(), { rootMargin: "200% 0px" })
        : undefined;
    const stop = () => {
      observer?.disconnect();
      for (const type of INTERACTIONS) window.removeEventListener(type, preload, true);
    };
    function preload() {
      if (done) return;
      done = true;
      stop();
      void preloadResultParts().catch(() => undefined); // a failure shows in the part, with a retry
    }
    if (element) observer?.observe(element);
    for (const type of INTERACTIONS) window.addEventListener(type, preload, { capture: true, passive: true });
    return stop;
  }, [ref]);
}
