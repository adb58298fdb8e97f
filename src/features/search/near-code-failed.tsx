import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { buttonClass } from "../../components/ui/button";
import { Callout } from "../../components/ui/callout";

/** The code for a search near a place did not load (offline for a moment, say): retry, or search without it. */
export function NearCodeFailed({ headingId, onRetry, onWithout }: { headingId: string; onRetry: () => void; onWithout: () => void }) {
  return (
    <>
      <h2 id={headingId} tabIndex={-1} className="sr-only">
        <Trans>Results</Trans>
      </h2>
      <Callout tone="warn" role="alert" title={t`The distances could not be worked out`} headingLevel={3}>
        <p>
          <Trans>A part of this app did not load. Check your connection, then try again.</Trans>
        </p>
        <div className="flex flex-wrap gap-3">
          <button type="button" className={buttonClass.primary} onClick={onRetry}>
            <Trans>Try again</Trans>
          </button>
          <button type="button" className={buttonClass.secondary} onClick={onWithout}>
            <Trans>Search without a distance</Trans>
          </button>
        </div>
      </Callout>
    </>
  );
}
