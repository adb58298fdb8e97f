import { useEffect, useLayoutEffect, useRef, useSyncExternalStore, type ComponentType } from "react";
import { useLocation } from "react-router";
import type { Study } from "../../../api/types";
import { useNearViewport } from "../../../components/use-near-viewport";
import { usePrinting } from "../use-print-expand";
import type { SectionSpec } from "./section-spec";
import type { SectionPresence } from "./section-presence";

// The sections below the first screen render their heading at once and their body once their code is
// there. The code is one lazy chunk, fetched when the reader first interacts with the page (a mouse move,
// a key, a touch, the wheel), nears one of them, follows a link into the page (#hash, the table of
// contents) or prints; never at page load. Once it is there every section renders, so find-in-page,
// print and keyboard reading see the whole record (long lists inside stay in steps: see site-browser.tsx).

type Sections = ReadonlyMap<string, SectionSpec>;
let loaded: Sections | undefined;
let loading: Promise<Sections> | undefined;
const listeners = new Set<() => void>();

/** Fetches the deferred sections' code (once); resolves when it is there. */
export function loadDeferredSections(): Promise<Sections> {
  loading ??= import("./deferred-sections").then(
    ({ DEFERRED_SECTIONS }) => {
      anchor = sectionAtTop();
      loaded = DEFERRED_SECTIONS;
      listeners.forEach((notify) => notify());
      return DEFERRED_SECTIONS;
    },
    (error: unknown) => {
      loading = undefined; // a later approach tries again
      throw error;
    },
  );
  return loading;
}

// Every section renders at once, above the reader too, and grows from its reserved height: the section
// at the top of the screen is noted before and put back where it was in the same frame (the browser's
// scroll anchoring can't: the placeholder it would anchor to is gone).
let anchor: { section: Element; top: number } | undefined;
function sectionAtTop(): typeof anchor {
  if (typeof window === "undefined" || window.scrollY === 0) return undefined;
  // The first section whose heading is on screen or below: the one the reader is about to read.
  const section = [...document.querySelectorAll("section.study-section")].find((el) => el.getBoundingClientRect().top >= 0);
  return section && { section, top: section.getBoundingClientRect().top };
}

/** Keeps the section the reader is looking at in place when the deferred sections render (call once per page). */
export function useKeepPlaceOnLoad(sections: Sections | undefined): void {
  useLayoutEffect(() => {
    const noted = anchor;
    anchor = undefined;
    if (!sections || !noted?.section.isConnected || window.location.hash.length > 1) return; // a #link keeps its own place
    const shift = noted.section.getBoundingClientRect().top - noted.top;
    if (Math.abs(shift) >= 1) window.scrollBy(0, shift);
  }, [sections]);
}

/** The deferred sections' own specs once their code has loaded, else undefined. */
export function useDeferredSections(): Sections | undefined {
  return useSyncExternalStore(subscribeLoaded, () => loaded, () => undefined);
}

function subscribeLoaded(notify: () => void) {
  listeners.add(notify);
  return () => listeners.delete(notify);
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
  const sections = useDeferredSections();
  const printing = usePrinting();
  const linked = useLocation().hash.length > 1;
  // Without IntersectionObserver (old browsers, jsdom) the code loads at once.
  const near = useNearViewport(placeholder, { margin: "50% 0px", unsupported: true });
  const wanted = near || printing || linked;
  useEffect(() => {
    if (wanted) void loadDeferredSections().catch(() => undefined);
  }, [wanted]);
  const spec = sections?.get(presence.id);
  if (spec) return <spec.Component study={study} />;
  return <div ref={placeholder} data-deferred={presence.id} style={{ minHeight: `${reservedRem(presence.id, study)}rem` }} />;
}

/** A SectionSpec for the study page from a deferred section's presence: its body is a DeferredBody. */
export function deferredSpec(presence: SectionPresence): SectionSpec {
  const Component: ComponentType<{ study: Study }> = ({ study }) => <DeferredBody presence={presence} study={study} />;
  return { id: presence.id, title: presence.title, has: presence.mayHave, Component };
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
    case "outcomes":
      return 6 + 4 * ((p?.outcomesModule?.primaryOutcomes?.length ?? 0) + (p?.outcomesModule?.secondaryOutcomes?.length ?? 0));
    case "arms":
      return 6 + 6 * ((p?.armsInterventionsModule?.armGroups?.length ?? 0) + (p?.armsInterventionsModule?.interventions?.length ?? 0));
    default:
      return 12;
  }
}
