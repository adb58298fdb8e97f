import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { isApiError } from "../../api/api-error";
import { buttonClass } from "../../components/ui/button";
import { Callout } from "../../components/ui/callout";

/** Why a further page did not load, in a few plain words. */
export function failedReason(error: unknown): string {
  const kind = isApiError(error) ? error.kind : undefined;
  if (kind === "offline") return t`Your device seems to be offline.`;
  if (kind === "busy") return t`The registry is busy; wait a moment.`;
  return t`The registry did not answer.`;
}

/** Under the list, when a further page failed: the studies above stay, why, and Try again (list-end.tsx). */
export function MoreResultsFailed({ failed, onRetry }: { failed: unknown; onRetry: () => void }) {
  return (
    <Callout tone="warn" role="alert" title={t`More results could not be loaded`} headingLevel={3}>
      <p>
        <Trans>The studies above are still here.</Trans> {failedReason(failed)}
      </p>
      <button type="button" className={buttonClass.primary} onClick={onRetry}>
        <Trans>Try again</Trans>
      </button>
    </Callout>
  );
}
