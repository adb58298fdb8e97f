import { useId, useState, type FormEvent } from "react";
import { useNavigate } from "react-router";
import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { readTypedNctId } from "../../lib/nct-id";
import { buttonClass } from "../../components/ui/button";

/** Where a pasted ClinicalTrials.gov link goes here (composed by the app from the search feature). */
export type RegistryLinkReader = (text: string) => Promise<{ path: string; state?: unknown } | undefined>;

/**
 * "Go to a study": an NCT number, typed loosely, or any ClinicalTrials.gov link (a study, old or new, or a
 * search: it opens the same search here).
 */
export function GoToStudyForm({ readRegistryLink }: { readRegistryLink?: RegistryLinkReader }) {
  const navigate = useNavigate();
  const [value, setValue] = useState("");
  const [error, setError] = useState<string>();
  const inputId = useId();
  const errorId = useId();
  const hintId = useId();

  const notANumber = () => {
    const typed = value.trim();
    setError(typed ? t`"${typed}" is not a study number. It should be NCT followed by 8 digits, like NCT02513394.` : t`Type a study number, like NCT02513394.`);
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const id = readTypedNctId(value);
    if (id) {
      setError(undefined);
      void navigate(`/study/${id}`);
      return;
    }
    if (!readRegistryLink) return notANumber();
    readRegistryLink(value).then(
      (target) => {
        if (!target) return notANumber();
        setError(undefined);
        void navigate(target.path, { state: target.state });
      },
      () => setError(t`Reading the link needs a part of this app that did not load. Check your connection, then try again.`),
    );
  }

  return (
    <form onSubmit={submit} noValidate className="flex max-w-prose flex-col gap-2">
      <label htmlFor={inputId} className="font-semibold">
        <Trans>Study number</Trans>
      </label>
      <p id={hintId} className="text-sm text-muted">
        <Trans>For example NCT02513394, or a link to the study on ClinicalTrials.gov</Trans>
      </p>
      <div className="flex flex-wrap gap-2">
        <input
          id={inputId}
          name="nctId"
          type="text"
          inputMode="text"
          autoComplete="off"
          spellCheck={false}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          className="min-h-target w-56 max-w-full rounded-md border border-muted px-3 py-2 font-mono uppercase"
        />
        <button type="submit" className={buttonClass.primary}>
          <Trans>Go to study</Trans>
        </button>
      </div>
      {error && (
        <p id={errorId} role="alert" className="text-danger-ink">
          {error}
        </p>
      )}
    </form>
  );
}
