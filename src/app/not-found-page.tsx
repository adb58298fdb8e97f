import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { Link } from "../components/app-link";
import { Callout } from "../components/ui/callout";

export function NotFoundPage() {
  return (
    <>
      <title>{t`Page not found | Trial Finder`}</title>
      <Callout tone="warn" role="alert" headingLevel={1} title={t`Page not found`}>
        <p>
          <Trans>There is no page at this address.</Trans>
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
