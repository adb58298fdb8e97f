import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import type { Study } from "../../api/types";
import { formatPartialDate, isStale, monthsApart } from "../../lib/dates";
import { relativeAge } from "../../lib/relative-age";

// Status checks routinely lag record updates by a month or two; a bigger gap is worth telling.
const VERIFIED_GAP_MONTHS = 6;

/**
 * "Record last updated 3 years ago (March 4, 2022)". Older than two years it becomes a warning
 * (colour plus an icon and the words "Old record"), since sites, contacts and status may have changed.
 * `now` is injectable for tests; renders nothing when the record has no usable update date.
 */
export function FreshnessNote({ study, now }: { study: Study; now?: Date }) {
  const status = study.protocolSection?.statusModule;
  const updated = [status?.lastUpdatePostDateStruct?.date, status?.lastUpdateSubmitDate].find(
    (date) => formatPartialDate(date) !== undefined,
  );
  if (!updated) return null;
  const at = now ?? new Date();
  const stale = isStale(updated, at);
  const verified = status?.statusVerifiedDate;
  const verifiedLabel = formatPartialDate(verified);
  const gap = monthsApart(verified, updated);
  const showVerified = verifiedLabel !== undefined && gap !== undefined && gap > VERIFIED_GAP_MONTHS;
  const age = relativeAge(updated, at);
  const date = formatPartialDate(updated);
  const verifiedAge = relativeAge(verified, at);

  return (
    <div
      className={
        stale
          ? "freshness-note max-w-prose rounded-lg border-l-4 border-warn-line bg-warn-bg p-3 text-warn-ink"
          : "freshness-note text-muted"
      }
    >
      <p>
        {stale && (
          <>
            <span aria-hidden="true">⚠ </span>
            <strong>
              <Trans>Old record:</Trans>{" "}
            </strong>
          </>
        )}
        <Trans>
          Record last updated {age} ({date}).
        </Trans>
        {stale && ` ${t`Details such as the status, sites and contacts may have changed since; check with the study team.`}`}
      </p>
      {showVerified && (
        <p>
          <Trans>
            The study team last confirmed the study's status in {verifiedLabel} ({verifiedAge}).
          </Trans>
        </p>
      )}
    </div>
  );
}
