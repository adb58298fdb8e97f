import { useState } from "react";
import { useLocation } from "react-router";
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
      <h2 className="text-lg font-bold">The history of changes is on ClinicalTrials.gov</h2>
      <p className="mt-2">
        This link asked for the record&apos;s history of changes, which this app can&apos;t show. This page shows the record as it is
        now.
      </p>
      <p className="mt-2">
        <ExternalLink href={`${registryStudyUrl(nctId)}?tab=history`}>See the history of changes on ClinicalTrials.gov</ExternalLink>
      </p>
      <button type="button" className={`${buttonClass.secondary} mt-3`} onClick={() => setDismissed(true)}>
        Dismiss this note
      </button>
    </div>
  );
}
