import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { isApiError } from "../api/api-error";
import { Callout } from "./ui/callout";
import { buttonClass } from "./ui/button";
import { tryAgainWhen } from "./wait-text";

export type RegistryErrorProps = {
  error: unknown;
  onRetry?: () => void;
  notFound?: { title: string; body: string };
  headingLevel?: 1 | 2;
};

/**
 * Plain-language explanation of a failed registry request, with a retry where retrying can help.
 * `notFound` lets the caller say what was not found (a study, a page…). Loaded when an error is shown
 * (registry-error-message.tsx).
 */
export function RegistryErrorDetails({ error, onRetry, notFound, headingLevel }: RegistryErrorProps) {
  const kind = isApiError(error) ? error.kind : "unexpected";
  const retry = onRetry && (
    <button type="button" className={buttonClass.primary} onClick={onRetry}>
      <Trans>Try again</Trans>
    </button>
  );
  switch (kind) {
    case "not-found":
      return (
        <Callout tone="warn" role="alert" headingLevel={headingLevel} title={notFound?.title ?? t`Not found`}>
          <p>{notFound?.body ?? t`The registry has no record of what you asked for.`}</p>
        </Callout>
      );
    case "busy":
      if (isApiError(error) && error.retryAfterMs !== undefined) {
        const when = tryAgainWhen(error.retryAfterMs);
        return (
          <Callout tone="warn" role="alert" headingLevel={headingLevel} title={t`The registry asks us to wait`}>
            <p>
              <Trans>ClinicalTrials.gov is receiving too many requests. Please try again {when}.</Trans>
            </p>
            {retry}
          </Callout>
        );
      }
      return (
        <Callout tone="warn" role="alert" headingLevel={headingLevel} title={t`The registry is busy`}>
          <p>
            <Trans>ClinicalTrials.gov is receiving too many requests right now. Please wait a minute and try again.</Trans>
          </p>
          {retry}
        </Callout>
      );
    case "offline":
      return (
        <Callout tone="warn" role="alert" headingLevel={headingLevel} title={t`You are offline`}>
          <p>
            <Trans>Your device is not connected to the internet. Check your connection, then try again.</Trans>
          </p>
          {retry}
        </Callout>
      );
    case "unavailable":
      return (
        <Callout tone="danger" role="alert" headingLevel={headingLevel} title={t`The registry is unavailable`}>
          <p>
            <Trans>We could not get an answer from ClinicalTrials.gov. It may be down for maintenance. Please try again later.</Trans>
          </p>
          {retry}
        </Callout>
      );
    case "timeout":
      return (
        <Callout tone="danger" role="alert" headingLevel={headingLevel} title={t`The registry is not answering`}>
          <p>
            <Trans>
              We asked ClinicalTrials.gov several times and got no answer. It may be very slow or down. Please try again in a few
              minutes.
            </Trans>
          </p>
          {retry}
        </Callout>
      );
    case "bad-request": {
      const said = isApiError(error) && error.registryMessage; // the registry's own words, in English
      return (
        <Callout tone="danger" role="alert" headingLevel={headingLevel} title={t`The registry could not handle this request`}>
          {said && (
            <p>
              <Trans>
                It said: <q lang="en">{said}</q>
              </Trans>
            </p>
          )}
          {retry}
        </Callout>
      );
    }
    default:
      return (
        <Callout tone="danger" role="alert" headingLevel={headingLevel} title={t`Something went wrong`}>
          <p>
            <Trans>An unexpected problem stopped this page from loading.</Trans>
          </p>
          {retry}
        </Callout>
      );
  }
}
