import { useState } from "react";
import { useLocation } from "react-router";
import { Trans } from "@lingui/react/macro";
import { registryStudyUrl } from "../../api/config";
import { buttonClass } from "../../components/ui/button";
import { ExternalLink } from "../../components/ui/external-link";
import { readHistoryState } from "../../lib/history-state";

/**
 * What a shared registry link asked for that this page doesn't show (its `?tab=history`: the record's
 * changes over time, which the registry's API does not serve), with a link to it there.
 */
export function StudyLinkNote({ nctId }: { nctId: string }) {
  const note = readHistoryState(useLocation().state).studyLinkNote;
  const [dismissed, setDismissed] = useState(false);
  if (note !== "history" || dismissed) return null;
  return (
    <div role="status" className="max-w-prose rounded-lg border-l-4 border-warn-line bg-warn-bg p-4 text-warn-ink print:hidden">
      <h2 className="text-lg font-bold">
        <Trans>The history of changes is on ClinicalTrials.gov</Trans>
      </h2>
      <p className="mt-2">
        <Trans>
          This link asked for the record&apos;s history of changes, which this app can&apos;t show. This page shows the record as it
          is now.
        </Trans>
      </p>
      <p className="mt-2">
        <ExternalLink href={`${registryStudyUrl(nctId)}?tab=history`}>
          <Trans>See the history of changes on ClinicalTrials.gov</Trans>
        </ExternalLink>
      </p>
      <button type="button" className={`${buttonClass.secondary} mt-3`} onClick={() => setDismissed(true)}>
        <Trans>Dismiss this note</Trans>
      </button>
    </div>
  );
}
