import { OFFLINE_SAMPLE_SIZE } from "../api/config";
import { formatCount } from "../lib/format-count";

/** Shown on every page when the app runs against the offline replica instead of the live registry. */
export function OfflineBanner() {
  if (OFFLINE_SAMPLE_SIZE === undefined) return null;
  return (
    <div role="note" className="bg-notice-bg px-4 py-2 text-center font-semibold text-notice-ink">
      Offline copy: {formatCount(OFFLINE_SAMPLE_SIZE)} studies stored with this app, not live registry data
    </div>
  );
}
