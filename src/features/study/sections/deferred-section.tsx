import { createContext, use, useEffect, useLayoutEffect, useRef, useState, type ComponentType, type ReactNode } from "react";
import { flushSync } from "react-dom";
import { useLocation } from "react-router";
import type { Study } from "../../../api/types";
import { useNearViewport } from "../../../components/use-near-viewport";
import { yieldToMain } from "../../../lib/yield-to-main";
import { usePrinting } from "../use-print-expand";
import type { SectionSpec } from "./section-spec";
import type { SectionPresence } from "./section-presence";
import { preloadFiles } from "../../../lib/preload-files";

// The sections below the first screen render their heading at once and their body once their code is
// there. The code is one lazy chunk, fetched when the reader first interacts with the page (a mouse move,
// a key, a touch, the wheel), nears one of them, follows a link into the page (#hash, the table of
// contents) or prints; never at page load. Once it is there every section renders, so find-in-page,
// print and keyboard reading see the whole record (long lists inside stay in steps: see site-browser.tsx).
// They render one per task, nearest to the screen first, so no single task is long while the reader
// scrolls; a link into the page or printing renders the rest at once.

type Sections = ReadonlyMap<string, SectionSpec>;
let loaded: Sections | undefined;
let loading: Promise<Sections> | undefined;
/** Told when the code has arrived, and when the rest is wanted at once (`urgent`). */
const listeners = new Set<(urgent: boolean) => void>();
let urgentPending = false;

/**
 * Fetches the deferred sections' code (once); resolves when it is there. `urgent` (a link into the page,
 * printing) asks for every section at once rather than one per task.
 */
export function loadDeferredSections({ urgent = false } = {}): Promise<Sections> {
  if (urgent) {
    urgentPending = true;
    if (loaded) tellListeners();
  }
  if (!loading) preloadFiles("part:deferred-sections"); // its imports start with it
  loading ??= import("./deferred-sections").then(
    ({ DEFERRED_SECTIONS }) => {
      loaded = DEFERRED_SECTIONS;
      tellListeners();
      return DEFERRED_SECTIONS;
    },
    (error: unknown) => {
      loading = undefined; // a later approach tries again
      throw error;
    },
  );
  return loading;
}

// In a microtask: a caller may be a React effect, where the page can't render synchronously (flushSync).
function tellListeners() {
  queueMicrotask(() => {
    const urgent = urgentPending;
    urgentPending = false;
    listeners.forEach((notify) => notify(urgent));
  });
}

/** Which deferred sections of this page show their body: none, some (in the order they render), or all. */
type Revealed = ReadonlySet<string> | "all";
const NONE_SHOWN: Revealed = new Set();
const RevealedContext = createContext<Revealed>(NONE_SHOWN);

/**
 * Call once per page: the deferred sections' specs once their code is here (else undefined), which of
 * them show their body, and the provider that tells their bodies. Every section renders, one per task:
 * first the ones nearest the screen, then the rest in page order. The section at the top of the screen
 * is noted before each step and put back where it was after it (the browser's scroll anchoring can't:
 * the placeholder it would anchor to is gone), unless a #link is being followed.
 */
export function useDeferredReveal(): { sections: Sections | undefined; revealed: Revealed } {
  const [sections, setSections] = useState(() => loaded);
  const [revealed, setRevealed] = useState<Revealed>(NONE_SHOWN);
  // What the steps have shown so far (every change goes through show(), below).
  const state = useRef<{ revealed: Revealed; stepping: boolean; live: boolean }>({ revealed: NONE_SHOWN, stepping: false, live: true });

  useEffect(() => {
    const current = state.current;
    current.live = true;
    const show = (next: Revealed) => {
      const noted = window.location.hash.length > 1 ? undefined : sectionAtTop();
      flushSync(() => {
        setSections(loaded);
        setRevealed(next);
      });
      current.revealed = next;
      keepPlace(noted);
    };
    const step = async () => {
      if (current.stepping) return;
      current.stepping = true;
      for (const id of revealOrder()) {
        await yieldToMain();
        const shown = current.revealed;
        if (!current.live || shown === "all") break;
        if (!shown.has(id)) show(new Set([...shown, id]));
      }
      current.stepping = false;
      if (current.live && current.revealed !== "all") show("all"); // anything not on the page when the steps began
    };
    const notify = (urgent: boolean) => {
      if (!current.live || current.revealed === "all") return;
      if (urgent) show("all");
      else void step();
    };
    listeners.add(notify);
    if (loaded) void step();
    return () => {
      current.live = false;
      listeners.delete(notify);
    };
  }, []);

  return { sections, revealed };
}

/** Tells the deferred sections inside which of them show their body (from useDeferredReveal). */
export function RevealedSections({ revealed, children }: { revealed: Revealed; children: ReactNode }) {
  return <RevealedContext value={revealed}>{children}</RevealedContext>;
}

/** The deferred sections on the page, nearest to the screen first (ties in page order). */
function revealOrder(): string[] {
  const height = window.innerHeight;
  const placeholders = [...document.querySelectorAll<HTMLElement>("[data-deferred]")].map((el) => {
    const { top, bottom } = el.getBoundingClientRect();
    return { id: el.dataset.deferred ?? "", distance: bottom < 0 ? -bottom : top > height ? top - height : 0 };
  });
  return placeholders.sort((a, b) => a.distance - b.distance).map(({ id }) => id);
}

type Anchor = { section: Element; top: number };
function sectionAtTop(): Anchor | undefined {
  if (window.scrollY === 0) return undefined;
  // The first section whose heading is on screen or below: the one the reader is about to read.
  const section = [...document.querySelectorAll("section.study-section")].find((el) => el.getBoundingClientRect().top >= 0);
  return section && { section, top: section.getBoundingClientRect().top };
}

function keepPlace(noted: Anchor | undefined) {
  if (!noted?.section.isConnected) return;
  const shift = noted.section.getBoundingClientRect().top - noted.top;
  if (Math.abs(shift) >= 1) window.scrollBy(0, shift);
}

const INTERACTIONS = ["pointerdown", "pointermove", "keydown", "wheel", "touchstart"] as const;

/** Call once per page: fetches the code at the reader's first interaction with it. */
export function useDeferredSectionsOnInteraction(): void {
  // A layout effect: listening before the page is first painted, so no early interaction is missed.
  useLayoutEffect(() => {
    const start = () => {
      stop();
      void loadDeferredSections().catch(() => undefined); // each section retries as it nears
    };
    const stop = () => INTERACTIONS.forEach((type) => window.removeEventListener(type, start, true));
    INTERACTIONS.forEach((type) => window.addEventListener(type, start, { capture: true, passive: true }));
    return stop;
  }, []);
}

/** The body of a deferred section: reserved space until its code is there. */
function DeferredBody({ presence, study }: { presence: SectionPresence; study: Study }) {
  const placeholder = useRef<HTMLDivElement>(null);
  const revealed = use(RevealedContext);
  const printing = usePrinting();
  const linked = useLocation().hash.length > 1;
  // Without IntersectionObserver (old browsers, jsdom) the code loads at once.
  const near = useNearViewport(placeholder, { margin: "50% 0px", unsupported: true });
  const wanted = near || printing || linked;
  const urgent = printing || linked;
  useEffect(() => {
    if (wanted) void loadDeferredSections({ urgent }).catch(() => undefined);
  }, [wanted, urgent]);
  const spec = revealed === "all" || revealed.has(presence.id) ? loaded?.get(presence.id) : undefined;
  if (spec) return <spec.Component study={study} />;
  return <div ref={placeholder} data-deferred={presence.id} style={{ minHeight: `${reservedRem(presence.id, study)}rem` }} />;
}

/** A SectionSpec for the study page from a deferred section's presence: its body is a DeferredBody. */
export function deferredSpec(presence: SectionPresence): SectionSpec {
  const Component: ComponentType<{ study: Study }> = ({ study }) => <DeferredBody presence={presence} study={study} />;
  // The title is read when the page renders, in the language of that moment.
  return {
    id: presence.id,
    get title() {
      return presence.title;
    },
    has: presence.mayHave,
    Component,
  };
}

/**
 * Rough height of a section's body, so the page below it doesn't jump much when it renders (it renders
 * before it comes into view; this mostly keeps the scrollbar and "near" honest).
 */
function reservedRem(id: string, study: Study): number {
  const p = study.protocolSection;
  switch (id) {
    case "locations":
      return (p?.contactsLocationsModule?.locations?.length ?? 0) >= 10 ? 60 : 24;
    case "eligibility":
      return Math.min(80, 8 + (p?.eligibilityModule?.eligibilityCriteria?.length ?? 0) / 90);
    case "prescreen":
      return 30; // the "About you" form
    case "outcomes":
      return 6 + 4 * ((p?.outcomesModule?.primaryOutcomes?.length ?? 0) + (p?.outcomesModule?.secondaryOutcomes?.length ?? 0));
    case "arms":
      return 6 + 6 * ((p?.armsInterventionsModule?.armGroups?.length ?? 0) + (p?.armsInterventionsModule?.interventions?.length ?? 0));
    default:
      return 12;
  }
}
