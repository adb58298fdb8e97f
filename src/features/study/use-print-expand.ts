import { useEffect, useRef, useSyncExternalStore, type RefObject } from "react";
import { flushSync } from "react-dom";
import "./print.css"; // study-page print rules: they load with this (lazy) page only

// A printout must hold the whole record, but CSS cannot open a <details> nor render content that is
// shown on demand. Printing is signalled two ways, both handled: beforeprint/afterprint (the print
// dialog) and the "print" media query (also how browser automation emulates print).

/**
 * Opens every closed <details> inside `ref` while printing, also those that appear meanwhile (parts
 * that arrive after the print signal: fetched results, sections whose code loads late), and closes
 * them again afterwards.
 */
export function usePrintExpand(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const opened: HTMLDetailsElement[] = [];
    const openAll = () => {
      for (const details of ref.current?.querySelectorAll<HTMLDetailsElement>("details:not([open])") ?? []) {
        details.open = true;
        opened.push(details);
      }
    };
    let observer: MutationObserver | undefined;
    const onChange = (isPrinting: boolean) => {
      if (isPrinting) {
        openAll();
        if (ref.current && typeof MutationObserver === "function") {
          observer = new MutationObserver(openAll);
          observer.observe(ref.current, { childList: true, subtree: true });
        }
      } else {
        observer?.disconnect();
        observer = undefined;
        for (const details of opened.splice(0)) details.open = false;
      }
    };
    const unsubscribe = subscribe(expanders, onChange);
    return () => {
      observer?.disconnect();
      unsubscribe();
    };
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

/**
 * Something the page fetches on demand (the results) must be there before it prints. A preparation
 * returns a promise while it is getting what is missing, undefined when all is there.
 */
export type PrintPreparation = () => Promise<unknown> | undefined;

/**
 * Registers a preparation while the component is mounted. The page's Print button (printWhenReady) and
 * Ctrl+P / Cmd+P wait for it before the print dialog opens. The browser's own menu cannot be held back:
 * there the print signal above starts the same work, and the part says it is still loading.
 */
export function usePrintPreparation(prepare: PrintPreparation): void {
  const latest = useRef(prepare);
  useEffect(() => {
    latest.current = prepare;
  });
  useEffect(() => {
    const entry: PrintPreparation = () => latest.current();
    preparations.add(entry);
    if (preparations.size === 1) window.addEventListener("keydown", onPrintKey, true);
    return () => {
      preparations.delete(entry);
      if (preparations.size === 0) window.removeEventListener("keydown", onPrintKey, true);
    };
  }, []);
}

/** Opens the print dialog once every preparation is done (or after PREPARE_LIMIT_MS: never stuck). */
export function printWhenReady(): Promise<void> {
  const pending = startPreparations();
  if (pending.length === 0) {
    window.print(); // in the click itself, as the browser expects of a print button
    return Promise.resolve();
  }
  return prepared(pending).then(() => window.print());
}

/**
 * Waits for `pending`, then for what the parts it brought need in turn: the lower sections' code brings
 * the results section, whose results are then fetched. A few rounds at most (a preparation that keeps
 * failing is not retried for ever), within PREPARE_LIMIT_MS in all.
 */
async function prepared(pending: Promise<unknown>[]): Promise<void> {
  const deadline = Date.now() + PREPARE_LIMIT_MS;
  for (let round = 0; pending.length > 0 && round < PREPARE_ROUNDS && Date.now() < deadline; round++) {
    await settled(pending, deadline - Date.now());
    await afterRender();
    pending = startPreparations();
  }
}

/** What arrived is on the page (react-query and React render after a task), as the reader sees it. */
const afterRender = () => new Promise<void>((resolve) => setTimeout(() => requestAnimationFrame(() => resolve()), 0));

const PREPARE_LIMIT_MS = 20_000;
const PREPARE_ROUNDS = 3;
const preparations = new Set<PrintPreparation>();

function startPreparations(): Promise<unknown>[] {
  return [...preparations].map((prepare) => prepare()).filter((pending) => pending !== undefined);
}

async function settled(pending: Promise<unknown>[], limitMs: number): Promise<void> {
  let timer: number | undefined;
  const limit = new Promise((resolve) => (timer = window.setTimeout(resolve, limitMs)));
  await Promise.race([Promise.allSettled(pending), limit]);
  window.clearTimeout(timer);
}

function onPrintKey(event: KeyboardEvent): void {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== "p") return;
  const pending = startPreparations();
  if (pending.length === 0) return; // all there: the browser prints as usual
  event.preventDefault();
  void prepared(pending).then(() => window.print());
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
