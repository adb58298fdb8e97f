import { Navigate, useLocation } from "react-router";
import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { Link } from "../components/app-link";
import { Callout } from "../components/ui/callout";
import { fromRegistryPath, importTarget } from "../features/search/registry-link";

/**
 * /ct2/… and /show/…: the classic registry site's addresses (retired in 2024; its links live on in papers,
 * e-mails and patient groups' pages), with our host. A study or a search replaces itself with our own
 * address, carrying notes about what could not be kept; any other classic page says where to go instead.
 */
export function RegistryLinkRoute() {
  const { pathname, search, hash } = useLocation();
  const link = fromRegistryPath(pathname, search);
  if (link) {
    const { path, state } = importTarget(link);
    return <Navigate to={path.includes("#") ? path : `${path}${hash}`} state={state} replace />;
  }
  return (
    <>
      <title>{t`A page of the old ClinicalTrials.gov site | Trial Finder`}</title>
      <Callout tone="warn" role="alert" headingLevel={1} title={t`This was a page of the old ClinicalTrials.gov site`}>
        <p>
          <Trans>This address belongs to the registry&apos;s classic website, which was retired in 2024. This app does not have that page.</Trans>
        </p>
        <p>
          <Trans>
            <Link to="/">Search for trials here</Link>: this app searches the same registry, ClinicalTrials.gov.
          </Trans>
        </p>
      </Callout>
    </>
  );
}
