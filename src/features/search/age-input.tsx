import { useId, useState } from "react";
import { Trans } from "@lingui/react/macro";
import { FILTERS, MAX_AGE } from "./filters/catalogue";

export function AgeInput({ age, onChange }: { age: number | undefined; onChange: (age: number | undefined) => void }) {
  const id = useId();
  const hintId = useId();
  const errorId = useId();
  // The typed text is kept even when it is not an age yet, so a keystroke is never swallowed.
  const [text, setText] = useState(age === undefined ? "" : String(age));
  const [shownAge, setShownAge] = useState(age);
  if (age !== shownAge) {
    setShownAge(age);
    if (readAge(text) !== age) setText(age === undefined ? "" : String(age));
  }
  const typed = readAge(text);
  const invalid = text.trim() !== "" && typed === undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-semibold">
        <Trans>Age in years</Trans>
      </label>
      <p id={hintId} className="text-sm text-muted">
        <Trans>Shows studies whose age range includes this age.</Trans>
      </p>
      <input
        id={id}
        name="age"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={text}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${hintId} ${errorId}` : hintId}
        onChange={(e) => {
          setText(e.target.value);
          const next = readAge(e.target.value);
          if (next !== undefined || e.target.value.trim() === "") onChange(next);
        }}
        className="min-h-target w-28 rounded-md border border-muted px-3 py-2"
      />
      {invalid && (
        <p id={errorId} className="text-sm text-danger-ink">
          <Trans>Type an age in whole years, from 0 to {MAX_AGE}.</Trans>
        </p>
      )}
    </div>
  );
}

/** The catalogue's own rule for an age typed in the URL: whole years, 0 to MAX_AGE. */
const readAge = (text: string) => FILTERS.age.read(text, undefined, () => undefined);
