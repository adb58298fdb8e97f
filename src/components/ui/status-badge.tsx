import type { Status } from "../../api/types";
import { statusLabel, statusTone, type StatusTone } from "../../lib/registry-labels";
import { statusFreshness, statusLine, type StatusFreshness } from "../../lib/status-freshness";

type StatusModule = NonNullable<Parameters<typeof statusFreshness>[0]>;

const TONE_CLASS: Record<StatusTone, string> = {
  open: "bg-ok-bg text-ok-ink border-ok-line",
  soon: "bg-brand-light text-brand-dark border-brand",
  closed: "bg-surface text-ink border-line",
  unknown: "bg-warn-bg text-warn-ink border-warn-line",
};

const TONE_MARK: Record<StatusTone, string> = { open: "●", soon: "◐", closed: "○", unknown: "?" };

// A status in doubt loses its green: grey text (7:1 on the surface) and a dashed outline. The words
// next to it ("status last confirmed …") say why; the colour only stops it looking like a promise.
const MUTED_CLASS = "bg-surface text-muted border-line border-dashed";

/**
 * The status in words, with colour and a shape mark as extras (never colour alone). With a study's
 * `freshness` (lib/status-freshness) it shows the status that rule trusts, toned down when in doubt.
 */
export function StatusBadge({ status, freshness }: { status: Status | undefined; freshness?: StatusFreshness }) {
  const shown = freshness ? freshness.status : status;
  const tone = statusTone(shown);
  const muted = freshness?.doubtful === true && tone !== "unknown";
  return (
    <span
      data-muted={muted || undefined}
      className={`inline-flex items-center gap-1.5 rounded-full border px-3 py-0.5 text-sm font-semibold ${muted ? MUTED_CLASS : TONE_CLASS[tone]}`}
    >
      <span aria-hidden="true">{TONE_MARK[tone]}</span>
      {statusLabel(shown)}
    </span>
  );
}

/** The status's one plain line under a badge: what it means, or why it may be out of date. */
export function StatusNote({ freshness }: { freshness: StatusFreshness }) {
  return (
    <p className={`status-note text-sm ${freshness.doubtful ? "text-warn-ink" : "text-muted"}`}>
      {freshness.doubtful && <span aria-hidden="true">⚠ </span>}
      {statusLine(freshness)}
    </p>
  );
}

/** A study's status as the freshness rule trusts it, with its line: for lists that show nothing else beside it. */
export function TrustedStatus({ statusModule, now }: { statusModule: StatusModule | undefined; now?: Date }) {
  const freshness = statusFreshness(statusModule, now);
  return (
    <div className="space-y-1">
      <StatusBadge status={freshness.status} freshness={freshness} />
      <StatusNote freshness={freshness} />
    </div>
  );
}
