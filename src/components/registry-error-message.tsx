import { isApiError } from "../api/api-error";
import { Callout } from "./ui/callout";
import { buttonClass } from "./ui/button";
import { tryAgainWhen } from "./wait-text";

/**
 * Plain-language explanation of a failed registry request, with a retry where retrying can help.
 * `notFound` lets the caller say what was not found (a study, a page…).
 */
export function RegistryErrorMessage({
  error,
  onRetry,
  notFound,
  headingLevel,
}: {
  error: unknown;
  onRetry?: () => void;
  notFound?: { title: string; body: string };
  headingLevel?: 1 | 2;
}) {
  const kind = isApiError(error) ? error.kind : "unexpected";
  const retry = onRetry && (
    <button type="button" className={buttonClass.primary} onClick={onRetry}>
      Try again
    </button>
  );
  switch (kind) {
    case "not-found":
      return (
        <Callout tone="warn" role="alert" headingLevel={headingLevel} title={notFound?.title ?? "Not found"}>
          <p>{notFound?.body ?? "The registry has no record of what you asked for."}</p>
        </Callout>
      );
    case "busy":
      if (isApiError(error) && error.retryAfterMs !== undefined) {
        return (
          <Callout tone="warn" role="alert" headingLevel={headingLevel} title="The registry asks us to wait">
            <p>ClinicalTrials.gov is receiving too many requests. Please try again {tryAgainWhen(error.retryAfterMs)}.</p>
            {retry}
          </Callout>
        );
      }
      return (
        <Callout tone="warn" role="alert" headingLevel={headingLevel} title="The registry is busy">
          <p>ClinicalTrials.gov is receiving too many requests right now. Please wait a minute and try again.</p>
          {retry}
        </Callout>
      );
    case "offline":
      return (
        <Callout tone="warn" role="alert" headingLevel={headingLevel} title="You are offline">
          <p>Your device is not connected to the internet. Check your connection, then try again.</p>
          {retry}
        </Callout>
      );
    case "unavailable":
      return (
        <Callout tone="danger" role="alert" headingLevel={headingLevel} title="The registry is unavailable">
          <p>We could not get an answer from ClinicalTrials.gov. It may be down for maintenance. Please try again later.</p>
          {retry}
        </Callout>
      );
    case "timeout":
      return (
        <Callout tone="danger" role="alert" headingLevel={headingLevel} title="The registry is not answering">
          <p>We asked ClinicalTrials.gov several times and got no answer. It may be very slow or down. Please try again in a few minutes.</p>
          {retry}
        </Callout>
      );
    case "bad-request":
      return (
        <Callout tone="danger" role="alert" headingLevel={headingLevel} title="The registry could not handle this request">
          {isApiError(error) && error.registryMessage && (
            <p>
              It said: <q>{error.registryMessage}</q>
            </p>
          )}
          {retry}
        </Callout>
      );
    default:
      return (
        <Callout tone="danger" role="alert" headingLevel={headingLevel} title="Something went wrong">
          <p>An unexpected problem stopped this page from loading.</p>
          {retry}
        </Callout>
      );
  }
}
