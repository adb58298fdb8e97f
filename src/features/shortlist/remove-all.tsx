import { useEffect, useRef, useState } from "react";
import { buttonClass } from "../../components/ui/button";

/**
 * "Remove all", confirmed in place (no blocking browser dialog): focus moves to the question's answer.
 * If the list is still there after confirming (storage refused), the question closes and focus returns.
 */
export function RemoveAll({ count, onConfirm }: { count: number; onConfirm: () => void }) {
  const [asking, setAsking] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) confirmButton.current?.focus();
    else if (wasAsking.current) openButton.current?.focus(); // cancelled: back where the reader was
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button ref={openButton} type="button" className={buttonClass.secondary} onClick={() => setAsking(true)}>
        Remove all
      </button>
    );
  }
  return (
    <div role="group" aria-labelledby="remove-all-question" className="space-y-2 rounded-md border border-danger-line bg-danger-bg p-3">
      <p id="remove-all-question" className="font-semibold text-danger-ink">
        Remove all {count === 1 ? "1 saved study" : `${count} saved studies`}? This cannot be undone.
      </p>
      <div className="flex flex-wrap gap-2">
        <button
          ref={confirmButton}
          type="button"
          className={buttonClass.primary}
          onClick={() => {
            onConfirm();
            setAsking(false);
          }}
        >
          Yes, remove all
        </button>
        <button type="button" className={buttonClass.secondary} onClick={() => setAsking(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
