import { plural } from "@lingui/core/macro";
import { OFFLINE_SAMPLE_SIZE } from "../api/config";
import { formatCount } from "../lib/format-count";

/** Shown on every page when the app runs against the offline replica instead of the live registry. */
export function OfflineBanner() {
  const stored = OFFLINE_SAMPLE_SIZE;
  if (stored === undefined) return null;
  const count = formatCount(stored);
  return (
    <div role="note" className="bg-notice-bg px-4 py-2 text-center font-semibold text-notice-ink">
      {plural(stored, {
        one: `Offline copy: ${count} study stored with this app, not live registry data`,
        other: `Offline copy: ${count} studies stored with this app, not live registry data`,
      })}
    </div>
  );
}
