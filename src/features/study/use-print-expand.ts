import { useEffect, useSyncExternalStore, type RefObject } from "react";
import { flushSync } from "react-dom";
import "./print.css"; // study-page print rules: they load with this (lazy) page only

// A printout must hold the whole record, but CSS cannot open a <details> nor render content that is
// shown on demand. Printing is signalled two ways, both handled: beforeprint/afterprint (the print
// dialog) and the "print" media query (also how browser automation emulates print).

/** Opens every closed <details> inside `ref` while printing, and closes those again afterwards. */
export function usePrintExpand(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const onChange = (isPrinting: boolean) => {
      if (isPrinting) {
        opened = [...(ref.current?.querySelectorAll<HTMLDetailsElement>("details:not([open])") ?? [])];
        for (const details of opened) details.open = true;
      } else {
        for (const details of opened) details.open = false;
        opened = [];
      }
    };
    return subscribe(expanders, onChange);
  }, [ref]);
}

/**
 * True while the page is being printed. Content rendered on demand (a long list shown in pages,
 * results behind a button) should render in full when this is true. The change is rendered
 * synchronously, before the browser lays out the printout, and before usePrintExpand opens the
 * <details> (so those rendered just now open too).
 */
export function usePrinting(): boolean {
  return useSyncExternalStore((notify) => subscribe(renderers, notify), () => printing, () => false);
}

let printing = false;
const renderers = new Set<() => void>();
const expanders = new Set<(printing: boolean) => void>();
let stopListening: (() => void) | undefined;

function subscribe<T>(set: Set<T>, item: T): () => void {
  set.add(item);
  stopListening ??= listenForPrint();
  return () => {
    set.delete(item);
    if (renderers.size + expanders.size > 0) return;
    stopListening?.();
    stopListening = undefined;
  };
}

function setPrinting(value: boolean) {
  if (value === printing) return;
  printing = value;
  flushSync(() => renderers.forEach((notify) => notify()));
  expanders.forEach((onChange) => onChange(value));
}

function listenForPrint(): () => void {
  const before = () => setPrinting(true);
  const after = () => setPrinting(false);
  const media = typeof window.matchMedia === "function" ? window.matchMedia("print") : undefined;
  const onMedia = (event: MediaQueryListEvent) => setPrinting(event.matches);
  window.addEventListener("beforeprint", before);
  window.addEventListener("afterprint", after);
  media?.addEventListener("change", onMedia);
  return () => {
    window.removeEventListener("beforeprint", before);
    window.removeEventListener("afterprint", after);
    media?.removeEventListener("change", onMedia);
  };
}
