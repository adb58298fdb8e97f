import { useEffect, useRef, useState } from "react";
import { plural } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { buttonClass } from "../../components/ui/button";
import { formatCount } from "../../lib/format-count";

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
        <Trans>Remove all</Trans>
      </button>
    );
  }
  const studies = formatCount(count);
  return (
    <div role="group" aria-labelledby="remove-all-question" className="space-y-2 rounded-md border border-danger-line bg-danger-bg p-3">
      <p id="remove-all-question" className="font-semibold text-danger-ink">
        {plural(count, {
          one: `Remove all ${studies} saved study? This cannot be undone.`,
          other: `Remove all ${studies} saved studies? This cannot be undone.`,
        })}
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
          <Trans>Yes, remove all</Trans>
        </button>
        <button type="button" className={buttonClass.secondary} onClick={() => setAsking(false)}>
          <Trans>Cancel</Trans>
        </button>
      </div>
    </div>
  );
}
