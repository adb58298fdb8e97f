import { useId, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode, type RefObject } from "react";

/**
 * A modal <dialog>: the page behind is inert, focus starts on `initialFocus` (else the first control),
 * Tab cycles inside it, Esc calls `onDismiss`, and focus returns to where it was when it closes.
 * Mounted = open.
 */
export function KioskDialog({
  title,
  description,
  children,
  onDismiss,
  initialFocus,
  alert = false,
}: {
  title: string;
  /** What screen readers read with the title when it opens. */
  description: ReactNode;
  /** The rest: a QR code, the buttons. */
  children: ReactNode;
  onDismiss: () => void;
  initialFocus?: RefObject<HTMLElement | null>;
  /** An alertdialog: it interrupts the person (the idle warning), rather than answering them. */
  alert?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement;
    // jsdom has no showModal; real browsers all do.
    if (typeof dialog.showModal === "function") {
      if (!dialog.open) dialog.showModal();
    } else {
      dialog.setAttribute("open", "");
    }
    (initialFocus?.current ?? focusables(dialog)[0] ?? dialog).focus();
    return () => {
      if (typeof dialog.close === "function" && dialog.open) dialog.close();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus({ preventScroll: true });
    };
  }, [initialFocus]);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === "Escape") {
      event.preventDefault();
      onDismiss();
    } else if (event.key === "Tab") {
      const items = focusables(event.currentTarget);
      const first = items[0];
      const last = items.at(-1);
      if (!first || !last) return;
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    }
  };

  return (
    <dialog
      ref={ref}
      role={alert ? "alertdialog" : undefined}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        onDismiss();
      }}
      className="m-auto w-[calc(100%-2rem)] max-w-xl rounded-lg bg-white p-6 text-ink shadow-xl backdrop:bg-ink/70"
    >
      <h2 id={titleId} className="text-2xl font-bold">
        {title}
      </h2>
      <div id={bodyId} className="mt-3 space-y-2 text-lg">
        {description}
      </div>
      <div className="mt-4 space-y-4">{children}</div>
    </dialog>
  );
}

const FOCUSABLE = "a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex='-1'])";

function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)];
}
