import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { glossaryDefinition, type GlossaryKey } from "./glossary";

/**
 * A registry term explained on tap, click, hover or keyboard focus. The term is a button (dotted
 * underline) that controls a small popover with the definition; the definition is also the button's
 * description, so a screen reader reads it on focus. WCAG 1.4.13: the popover is hoverable (it sits
 * inside the hover area, with no gap), persistent (it stays while hovered, focused or pinned by a tap)
 * and dismissible (Escape closes it from anywhere, a tap elsewhere closes it). Hover is never needed.
 */
export function GlossaryTerm({ term, children }: { term: GlossaryKey; children: ReactNode }) {
  const tipId = useId();
  const [open, setOpen] = useState(false);
  // A tap or click pins the popover open, so it does not vanish when the pointer or focus moves on.
  const [pinned, setPinned] = useState(false);
  const rootRef = useRef<HTMLSpanElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const tipRef = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = () => {
      setOpen(false);
      setPinned(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape") close();
    };
    const onPointerDown = (event: PointerEvent) => {
      if (!(event.target instanceof Node) || !rootRef.current?.contains(event.target)) close();
    };
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("pointerdown", onPointerDown);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("pointerdown", onPointerDown);
    };
  }, [open]);

  // Keep the popover on screen: a term near the right edge of a phone would push it off.
  useLayoutEffect(() => {
    const tip = tipRef.current;
    if (!open || !tip) return;
    tip.style.transform = "";
    const overflow = tip.getBoundingClientRect().right - (document.documentElement.clientWidth - 8);
    if (overflow > 0) tip.style.transform = `translateX(-${overflow}px)`;
  }, [open]);

  return (
    <span
      ref={rootRef}
      className="relative inline-block"
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => {
        if (!pinned && document.activeElement !== buttonRef.current) setOpen(false);
      }}
      onBlur={(event) => {
        if (!rootRef.current?.contains(event.relatedTarget)) {
          setOpen(false);
          setPinned(false);
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={tipId}
        aria-describedby={tipId}
        onFocus={() => setOpen(true)}
        onClick={() => {
          setOpen(!pinned);
          setPinned(!pinned);
        }}
        className="inline-block cursor-help leading-6 kiosk:-my-[7px] kiosk:py-[7px] underline decoration-dotted decoration-2 underline-offset-4"
      >
        {children}
      </button>
      <span
        ref={tipRef}
        id={tipId}
        role="tooltip"
        hidden={!open}
        className="absolute left-0 top-full z-20 block w-72 max-w-[calc(100vw-2rem)] rounded-md border border-line bg-white p-3 text-left text-base font-normal normal-case text-ink shadow-lg print:hidden"
      >
        {glossaryDefinition(term)}
      </span>
    </span>
  );
}
