import type { ReactNode } from "react";
import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { Link } from "../components/app-link";
import { Callout } from "../components/ui/callout";
import { ErrorBoundary } from "../components/ui/error-boundary";

/**
 * Last line of defence: an unexpected error while rendering a page shows a message, never a blank
 * page. The layout keys it on the path, so moving to another page clears the error.
 */
export function PageErrorBoundary({ children }: { children: ReactNode }) {
  return <ErrorBoundary fallback={<PageError />}>{children}</ErrorBoundary>;
}

function PageError() {
  // A page's code loads on first use; without a network that load fails, so say so plainly.
  const offline = typeof navigator !== "undefined" && navigator.onLine === false;
  return offline ? (
    <>
      <title>{t`You are offline | Trial Finder`}</title>
      <Callout tone="warn" role="alert" headingLevel={1} title={t`You are offline`}>
        <p>
          <Trans>This page needs an internet connection to load. Check your connection, then reload the page.</Trans>
        </p>
      </Callout>
    </>
  ) : (
    <>
      <title>{t`Something went wrong | Trial Finder`}</title>
      <Callout tone="danger" role="alert" headingLevel={1} title={t`Something went wrong`}>
        <p>
          <Trans>This page could not be shown. Reloading may help; if not, please start again.</Trans>
        </p>
        <p>
          <Link to="/">
            <Trans>Go to the start page</Trans>
          </Link>
        </p>
      </Callout>
    </>
  );
}
