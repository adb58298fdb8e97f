import type { Status } from "../../api/types";
import { statusLabel, statusTone, type StatusTone } from "../../lib/registry-labels";

const TONE_CLASS: Record<StatusTone, string> = {
  open: "bg-ok-bg text-ok-ink border-ok-line",
  soon: "bg-brand-light text-brand-dark border-brand",
  closed: "bg-surface text-ink border-line",
  unknown: "bg-warn-bg text-warn-ink border-warn-line",
};

const TONE_MARK: Record<StatusTone, string> = { open: "●", soon: "◐", closed: "○", unknown: "?" };

/** The status in words, with colour and a shape mark as extras (never colour alone). */
export function StatusBadge({ status }: { status: Status | undefined }) {
  const tone = statusTone(status);
  return (
    <span className={`inline-flex items-center gap-1.5 rounded-full border px-3 py-0.5 text-sm font-semibold ${TONE_CLASS[tone]}`}>
      <span aria-hidden="true">{TONE_MARK[tone]}</span>
      {statusLabel(status)}
    </span>
  );
}
