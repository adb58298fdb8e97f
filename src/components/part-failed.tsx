import { Trans } from "@lingui/react/macro";
import { buttonClass } from "./ui/button";

/** A part of the page whose code did not load (offline, or a new deployment replaced it), with a retry. */
export function PartFailed({ onRetry }: { onRetry: () => void }) {
  return (
    <p role="alert">
      <Trans>This part of the page did not load. Check your connection, then try again.</Trans>{" "}
      <button type="button" className={buttonClass.secondary} onClick={onRetry}>
        <Trans>Try again</Trans>
      </button>
    </p>
  );
}
