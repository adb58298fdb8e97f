import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { StillTrying } from "../../components/still-trying";

/** Placeholder shaped like the study header while the record loads. */
export function StudySkeleton({ nctId }: { nctId: string }) {
  return (
    <div aria-busy="true" className="space-y-4">
      <title>{t`Loading ${nctId} | Trial Finder`}</title>
      <p role="status" className="text-muted">
        <Trans>Loading study {nctId}…</Trans>
      </p>
      <StillTrying />
      <div aria-hidden="true" className="animate-pulse space-y-4">
        <div className="h-6 w-32 rounded-full bg-line" />
        <div className="h-9 w-3/4 rounded bg-line" />
        <div className="h-5 w-1/2 rounded bg-line" />
        <div className="h-24 w-full max-w-prose rounded bg-surface" />
      </div>
    </div>
  );
}
