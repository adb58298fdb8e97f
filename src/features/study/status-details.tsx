import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { Link } from "../../components/app-link";
import type { Status, Study } from "../../api/types";
import { Markdown } from "../../components/markdown/markdown";
import { checkNctId } from "../../lib/nct-id";
import { statusLabel } from "../../lib/registry-labels";
import { statusFreshness } from "../../lib/status-freshness";

const STOPPED: ReadonlySet<Status> = new Set(["SUSPENDED", "TERMINATED", "WITHDRAWN"]);

const box = "max-w-prose space-y-2 rounded-lg border-l-4 p-3";

/**
 * What the status badge alone can't say, for the top of the page: the last known status of an
 * UNKNOWN study (including one the freshness rule shows as UNKNOWN: unconfirmed for over two years),
 * why a stopped study stopped, and expanded access. Renders nothing otherwise. `now` is for tests.
 */
export function StatusDetails({ study, now }: { study: Study; now?: Date }) {
  const status = study.protocolSection?.statusModule;
  const overall = status?.overallStatus;
  const freshness = statusFreshness(status, now);
  const unknown = freshness.status === "UNKNOWN";
  const whyStopped = overall && STOPPED.has(overall) ? status?.whyStopped?.trim() : undefined;
  const access = status?.expandedAccessInfo?.hasExpandedAccess === true ? status.expandedAccessInfo : undefined;
  if (!unknown && !whyStopped && !access) return null;

  return (
    <div className="status-details space-y-3">
      {unknown && <LastKnownStatus last={freshness.lastReported} confirmed={freshness.confirmed} />}
      {whyStopped && (
        <div className={`${box} border-line bg-surface`}>
          <p className="font-semibold">
            <Trans>Why it stopped:</Trans>
          </p>
          <Markdown text={whyStopped} />
        </div>
      )}
      {access && <ExpandedAccess nctId={access.nctId} status={access.statusForNctId} />}
    </div>
  );
}

function LastKnownStatus({ last, confirmed }: { last: Status | undefined; confirmed: string | undefined }) {
  const label = last && statusLabel(last);
  return (
    <div className={`${box} border-warn-line bg-warn-bg text-warn-ink`}>
      <p>
        <span aria-hidden="true">? </span>
        <strong>
          <Trans>Status unknown:</Trans>{" "}
        </strong>
        {label
          ? confirmed
            ? t`last reported as ${label}; status last confirmed ${confirmed}.`
            : t`last reported as ${label}.`
          : confirmed
            ? t`the last status is not stated; status last confirmed ${confirmed}.`
            : t`the last status is not stated.`}
      </p>
      <p>
        <Trans>
          The study team hasn't updated this record's status for a long time (over two years), so the registry no
          longer knows whether the study is still going on. Ask the study team before relying on it.
        </Trans>
      </p>
    </div>
  );
}

function ExpandedAccess({ nctId, status }: { nctId: string | undefined; status: Status | undefined }) {
  const check = nctId ? checkNctId(nctId) : undefined;
  const id = check?.ok ? check.id : undefined;
  return (
    <div className={`${box} border-brand bg-brand-light`}>
      <p>
        <Trans>
          <strong>Expanded access:</strong> the treatment may also be available outside this study, for patients who
          cannot join a clinical trial.
        </Trans>
      </p>
      {id && (
        <p>
          <Link to={`/study/${id}`} className="inline-flex min-h-target items-center">
            <Trans>Expanded access record {id}</Trans>
          </Link>
          {status && ` (${statusLabel(status)})`}
        </p>
      )}
    </div>
  );
}
