import { Trans } from "@lingui/react/macro";
import { useState } from "react";
import { buttonClass } from "../../components/ui/button";

/** What the address asked for that could not be used, until the reader dismisses it. */
export function SearchNotes({ notes }: { notes: string[] }) {
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || notes.length === 0) return null;
  return (
    <div role="status" className="max-w-prose rounded-lg border-l-4 border-warn-line bg-warn-bg p-4 text-warn-ink">
      <h2 className="text-lg font-bold">
        <Trans>Part of this link could not be used</Trans>
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
      <p className="mt-2">
        <Trans>The search below uses the rest of the link.</Trans>
      </p>
      <button type="button" className={`${buttonClass.secondary} mt-3`} onClick={() => setDismissed(true)}>
        <Trans>Dismiss this note</Trans>
      </button>
    </div>
  );
}
