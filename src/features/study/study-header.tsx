import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import type { Study } from "../../api/types";
import { registryStudyUrl } from "../../api/config";
import { StatusBadge } from "../../components/ui/status-badge";
import { ExternalLink } from "../../components/ui/external-link";
import { acronymToAppend } from "../../lib/acronym";
import { statusFreshness } from "../../lib/status-freshness";

export function StudyHeader({ study, nctId, aliasOf }: { study: Study; nctId: string; aliasOf?: string }) {
  const identification = study.protocolSection?.identificationModule;
  const title = identification?.briefTitle?.trim();
  const acronym = acronymToAppend(title, identification?.acronym);
  return (
    <header className="space-y-3">
      <HeaderStatus study={study} />
      <h1 id="study-title" lang={title ? "en" : undefined} className="text-2xl font-bold leading-tight sm:text-3xl">
        {title || t`Untitled study`}
        {acronym && <span className="text-muted"> ({acronym})</span>}
      </h1>
      <p className="text-muted">
        <Trans>
          Study number <span className="font-mono font-semibold text-ink">{nctId}</span>
        </Trans>
      </p>
      {aliasOf && (
        <p className="text-muted">
          <Trans>You followed the older number {aliasOf}; the registry now lists this study as {nctId}.</Trans>
        </p>
      )}
      <p>
        <ExternalLink href={registryStudyUrl(nctId)}>
          <Trans>Official record on ClinicalTrials.gov</Trans>
        </ExternalLink>
      </p>
    </header>
  );
}

/** The badge under the same freshness rule as cards and lists; the status box below says why in words. */
function HeaderStatus({ study }: { study: Study }) {
  const freshness = statusFreshness(study.protocolSection?.statusModule);
  return <StatusBadge status={freshness.status} freshness={freshness} />;
}
