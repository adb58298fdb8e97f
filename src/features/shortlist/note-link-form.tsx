import { useId, useState } from "react";
import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { Link } from "../../components/app-link";
import { CopyLink } from "../../components/copy-link";
import { listPath, MAX_NOTE_CHARS } from "./list-url";
import { publicUrl } from "../../lib/public-url";
import { formatCount } from "../../lib/format-count";

/**
 * "Create a link with a note": a clinician writes a note for the patient; the note travels in the
 * link's URL (nothing is stored anywhere), so it is limited and shown as plain text on /list.
 */
export function NoteLinkForm({ ids }: { ids: readonly string[] }) {
  const [note, setNote] = useState("");
  const fieldId = useId();
  const countId = useId();
  const left = formatCount(MAX_NOTE_CHARS - note.length);
  const path = listPath({ ids, note });
  return (
    <div className="max-w-prose space-y-3">
      <label htmlFor={fieldId} className="block font-semibold">
        <Trans>Note to go with the list (optional)</Trans>
      </label>
      <textarea
        id={fieldId}
        value={note}
        maxLength={MAX_NOTE_CHARS}
        rows={4}
        aria-describedby={countId}
        onChange={(event) => setNote(event.target.value)}
        className="block w-full rounded-md border border-line p-2 text-base"
      />
      <p id={countId} className="text-sm text-muted">
        <Trans>
          {left} of {MAX_NOTE_CHARS} characters left. The note is part of the link: anyone with the link can read it, so
          leave out names and other private details.
        </Trans>
      </p>
      <p>
        <Link to={path}>
          <Trans>Open the list with this note</Trans>
        </Link>
      </p>
      <CopyLink url={publicUrl(path)} label={t`Copy link with the note`} fieldLabel={t`Link to the list with the note`} />
    </div>
  );
}
