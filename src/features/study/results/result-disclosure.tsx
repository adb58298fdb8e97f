import { Trans } from "@lingui/react/macro";
import { useId, type ReactNode } from "react";

/**
 * One openable part of the results: a heading holding a button with aria-expanded (the APG accordion
 * pattern, so screen-reader users can still jump by heading), an optional one-line summary, and a panel
 * whose content is created only while open. Buttons rather than <details>: some screen readers drop
 * headings inside <summary>, and closed <details> content would still have to exist to be found.
 */
export function ResultDisclosure({
  level,
  title,
  summary,
  open,
  ready,
  onToggle,
  children,
}: {
  level: 3 | 4;
  title: ReactNode;
  summary?: ReactNode;
  open: boolean;
  /** The content may be built (lags `open` by one background render; see useResultsExpansion). */
  ready: boolean;
  onToggle: () => void;
  children: ReactNode;
}) {
  const panelId = useId();
  const Heading = `h${level}` as const;
  return (
    <div className="rounded-lg border border-line">
      <Heading className={level === 3 ? "text-xl font-bold" : "text-lg font-semibold"}>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={onToggle}
          className="flex min-h-target w-full items-start gap-2 rounded-lg px-3 py-2 text-left hover:bg-surface"
        >
          <span aria-hidden="true" className="w-4 shrink-0 text-brand print:hidden">
            {open ? "▾" : "▸"}
          </span>
          <span className="min-w-0 [overflow-wrap:anywhere]">{title}</span>
        </button>
      </Heading>
      {summary && <p className="px-3 pb-2 pl-9 text-muted">{summary}</p>}
      <div id={panelId} hidden={!open} className="space-y-4 border-t border-line p-3">
        {open && (ready ? children : <p className="text-muted"><Trans>Opening…</Trans></p>)}
      </div>
    </div>
  );
}
