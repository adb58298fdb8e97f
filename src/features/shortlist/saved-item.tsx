import { useId } from "react";
import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { Link } from "../../components/app-link";
import type { Study } from "../../api/types";
import { useStudyIntent } from "../../components/study-intent";
import { TrustedStatus } from "../../components/ui/status-badge";
import { formatPartialDate } from "../../lib/dates";
import type { SavedItem } from "./saved-store";
import { changesSince } from "./snapshot";
import { StudyFacts, studyTitle } from "./study-facts";

/**
 * One saved study: what it is now and what changed since it was saved. `study` is undefined until
 * the registry answered, or when it no longer returns the id.
 */
export function SavedItemCard({
  item,
  study,
  check,
  onRemove,
}: {
  item: SavedItem;
  study: Study | undefined;
  /** The state of the request that looks up every saved study. */
  check: "pending" | "error" | "success";
  onRemove: (item: SavedItem, title: string) => void;
}) {
  const headingId = useId();
  const currentId = study?.protocolSection?.identificationModule?.nctId ?? item.nctId;
  const prefetch = useStudyIntent(currentId); // hover, focus or touch: the study opens at once
  const title = study ? studyTitle(study) : item.nctId;
  const changes = study ? changesSince(item.seen, study) : [];
  const date = savedDate(item.savedAt);
  return (
    <article aria-labelledby={headingId} className="space-y-3 rounded-lg border border-line bg-white p-4" {...prefetch}>
      <div className="flex flex-wrap items-start gap-3">
        <div className="min-w-0 flex-1">
          <h3 id={headingId} className="text-lg font-semibold leading-snug [overflow-wrap:anywhere]">
            <Link to={`/study/${currentId}`} lang={study ? "en" : undefined} className="inline-flex min-h-target items-center">
              {title}
            </Link>
          </h3>
          {title !== item.nctId && <p className="font-mono text-sm text-muted">{item.nctId}</p>}
        </div>
        <button
          type="button"
          aria-label={t`Remove: ${title}`}
          data-remove-for={item.nctId}
          onClick={() => onRemove(item, title)}
          className="inline-flex min-h-target min-w-target items-center justify-center rounded-md border border-line bg-white px-3 py-1 font-semibold text-ink print:hidden"
        >
          <Trans>Remove</Trans>
        </button>
      </div>
      {study ? (
        <>
          <TrustedStatus statusModule={study.protocolSection?.statusModule} />
          <StudyFacts study={study} />
        </>
      ) : null}
      <p className="text-sm text-muted">
        <Trans>Saved on {date}</Trans>
      </p>
      {currentId !== item.nctId && (
        <p className="text-sm">
          <Trans>
            The registry now lists this study as <span className="font-mono">{currentId}</span>.
          </Trans>
        </p>
      )}
      <ChangeNote check={check} found={Boolean(study)} changes={changes} />
    </article>
  );
}

function ChangeNote({ check, found, changes }: { check: "pending" | "error" | "success"; found: boolean; changes: string[] }) {
  if (check === "pending") {
    return (
      <p className="text-sm text-muted">
        <Trans>Checking for changes…</Trans>
      </p>
    );
  }
  if (check === "error") {
    return (
      <p className="text-sm text-muted">
        <Trans>Changes could not be checked.</Trans>
      </p>
    );
  }
  if (!found) {
    return (
      <p className="font-semibold text-warn-ink">
        <Trans>
          The registry no longer returns this study. It may have been withdrawn or removed; you can remove it from your list.
        </Trans>
      </p>
    );
  }
  if (changes.length === 0) {
    return (
      <p className="text-sm">
        <Trans>No changes since you saved it.</Trans>
      </p>
    );
  }
  return (
    <div className="rounded-md border-l-4 border-warn-line bg-warn-bg p-3 text-warn-ink">
      <p className="font-semibold">
        <Trans>Changed since you saved it:</Trans>
      </p>
      <ul className="list-disc pl-5">
        {changes.map((change) => (
          <li key={change}>{change}</li>
        ))}
      </ul>
    </div>
  );
}

/** The reader's local calendar day of an ISO timestamp, in words. */
function savedDate(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return formatPartialDate(`${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`) ?? iso;
}
