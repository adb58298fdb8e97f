import { Link } from "react-router";
import type { Status, Study } from "../../api/types";
import { Markdown } from "../../components/markdown/markdown";
import { formatPartialDate } from "../../lib/dates";
import { checkNctId } from "../../lib/nct-id";
import { statusLabel } from "../../lib/registry-labels";

const STOPPED: ReadonlySet<Status> = new Set(["SUSPENDED", "TERMINATED", "WITHDRAWN"]);

const box = "max-w-prose space-y-2 rounded-lg border-l-4 p-3";

/**
 * What the status badge alone can't say, for the top of the page: the last known status of an
 * UNKNOWN study, why a stopped study stopped, and expanded access. Renders nothing otherwise.
 */
export function StatusDetails({ study }: { study: Study }) {
  const status = study.protocolSection?.statusModule;
  const overall = status?.overallStatus;
  const whyStopped = overall && STOPPED.has(overall) ? status?.whyStopped?.trim() : undefined;
  const access = status?.expandedAccessInfo?.hasExpandedAccess === true ? status.expandedAccessInfo : undefined;
  if (overall !== "UNKNOWN" && !whyStopped && !access) return null;

  return (
    <div className="status-details space-y-3">
      {overall === "UNKNOWN" && <LastKnownStatus last={status?.lastKnownStatus} verified={status?.statusVerifiedDate} />}
      {whyStopped && (
        <div className={`${box} border-line bg-surface`}>
          <p className="font-semibold">Why it stopped:</p>
          <Markdown text={whyStopped} />
        </div>
      )}
      {access && <ExpandedAccess nctId={access.nctId} status={access.statusForNctId} />}
    </div>
  );
}

function LastKnownStatus({ last, verified }: { last: Status | undefined; verified: string | undefined }) {
  const verifiedLabel = formatPartialDate(verified);
  return (
    <div className={`${box} border-warn-line bg-warn-bg text-warn-ink`}>
      <p>
        <span aria-hidden="true">? </span>
        <strong>Last known status: </strong>
        {last ? statusLabel(last) : "not stated"}
        {verifiedLabel && ` (verified ${verifiedLabel})`}
      </p>
      <p>
        The study team hasn't updated this record's status for a long time, so the registry no longer knows
        whether the study is still going on. Ask the study team before relying on it.
      </p>
    </div>
  );
}

function ExpandedAccess({ nctId, status }: { nctId: string | undefined; status: Status | undefined }) {
  const check = nctId ? checkNctId(nctId) : undefined;
  return (
    <div className={`${box} border-brand bg-brand-light`}>
      <p>
        <strong>Expanded access: </strong>
        the treatment may also be available outside this study, for patients who cannot join a clinical trial.
      </p>
      {check?.ok && (
        <p>
          <Link to={`/study/${check.id}`} className="inline-flex min-h-target items-center">
            Expanded access record {check.id}
          </Link>
          {status && ` (${statusLabel(status)})`}
        </p>
      )}
    </div>
  );
}
