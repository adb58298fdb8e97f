import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { isApiError } from "../api/api-error";
import { preloadable, useLoadedPart } from "../lib/preloadable";
import type { RegistryErrorProps } from "./registry-error-details";
import { Callout } from "./ui/callout";
import { buttonClass } from "./ui/button";

// The explanation of each kind of failure loads when a failure is shown: most visits never see one.
const detailsPart = preloadable(() => import("./registry-error-details"));

/**
 * Plain-language explanation of a failed registry request (registry-error-details.tsx), with a retry
 * where retrying can help. When that explanation cannot load either, the connection is gone (most often
 * the device is offline): a short one says so, and its retry tries the explanation again too.
 */
export function RegistryErrorMessage(props: RegistryErrorProps) {
  const details = useLoadedPart(detailsPart, true);
  if (details.part) return <details.part.RegistryErrorDetails {...props} />;
  if (!details.failed) return <div aria-hidden="true" className="min-h-24" />; // its room, for a moment
  const offline = isApiError(props.error) && props.error.kind === "offline";
  return (
    <Callout tone="warn" role="alert" headingLevel={props.headingLevel} title={offline ? t`You are offline` : t`The registry could not be reached`}>
      <p>
        <Trans>Check your connection, then try again.</Trans>
      </p>
      {props.onRetry && (
        <button
          type="button"
          className={buttonClass.primary}
          onClick={() => {
            details.retry();
            props.onRetry?.();
          }}
        >
          <Trans>Try again</Trans>
        </button>
      )}
    </Callout>
  );
}
