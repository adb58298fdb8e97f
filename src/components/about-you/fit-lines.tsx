import { t } from "@lingui/core/macro";
import type { FitLine, FitVerdict } from "../../lib/eligibility-fit";

// Each line says its verdict in words (for screen readers and forced colours) and with a mark.
const verdicts = (): Record<FitVerdict, { mark: string; words: string; className: string }> => ({
  fits: { mark: "✓", words: t`Fits`, className: "text-ok-ink" },
  "rules-out": { mark: "✗", words: t`Rules you out`, className: "text-danger-ink" },
  unknown: { mark: "?", words: t`Can't tell`, className: "text-muted" },
});

/** How the study's age range, sex and healthy-volunteer rule fit what the visitor told "About you". */
export function FitLines({ lines, className = "" }: { lines: readonly FitLine[]; className?: string }) {
  if (lines.length === 0) return null;
  const verdictOf = verdicts();
  return (
    <ul className={`space-y-1 ${className}`}>
      {lines.map((line) => {
        const verdict = verdictOf[line.verdict];
        return (
          <li key={line.about} className="flex gap-2">
            <span aria-hidden="true" className={`w-4 shrink-0 text-center font-bold ${verdict.className}`}>
              {verdict.mark}
            </span>
            <span>
              <span className="sr-only">{verdict.words}: </span>
              {line.text}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
