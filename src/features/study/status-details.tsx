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
          <p className="font-semibold">Why it stopped:</p>
          <Markdown text={whyStopped} />
        </div>
      )}
      {access && <ExpandedAccess nctId={access.nctId} status={access.statusForNctId} />}
    </div>
  );
}

function LastKnownStatus({ last, confirmed }: { last: Status | undefined; confirmed: string | undefined }) {
  return (
    <div className={`${box} border-warn-line bg-warn-bg text-warn-ink`}>
      <p>
        <span aria-hidden="true">? </span>
        <strong>Status unknown: </strong>
        {last ? `last reported as ${statusLabel(last)}` : "the last status is not stated"}
        {confirmed && `; status last confirmed ${confirmed}`}.
      </p>
      <p>
        The study team hasn't updated this record's status for a long time (over two years), so the registry
        no longer knows whether the study is still going on. Ask the study team before relying on it.
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
