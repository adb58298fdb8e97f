import { useId, useState, type ReactNode } from "react";
import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { aboutYou, ageOf, yearsSince, type AboutYou } from "../../lib/about-you";
import { useSessionValue } from "../../lib/session-value";
import { buttonClass } from "../ui/button";

const MAX_AGE = 120;

/**
 * "About you": age (or date of birth), sex, and whether the visitor has the condition or would take part
 * as a healthy volunteer. Every change is kept at once, in this tab only; nothing is sent anywhere.
 */
export function AboutYouForm({ headingLevel = 3 }: { headingLevel?: 2 | 3 }) {
  const about = useSessionValue(aboutYou);
  const set = (patch: Partial<AboutYou>) => {
    const next: AboutYou = { ...about, ...patch };
    for (const key of Object.keys(next) as (keyof AboutYou)[]) if (next[key] === undefined) delete next[key];
    aboutYou.set(Object.keys(next).length > 0 ? next : undefined);
  };
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="max-w-prose space-y-4 rounded-lg border border-line p-4 print:hidden">
      <Heading className="text-lg font-semibold">
        <Trans>About you</Trans>
      </Heading>
      <p className="text-sm text-muted">
        <Trans>
          Optional. What you enter stays in this browser tab only: it is never sent anywhere or put in a link unless you choose to,
          and closing the tab forgets it.
        </Trans>
      </p>
      <AgeFields about={about} onChange={set} />
      <Choice
        legend={t`Sex`}
        value={about?.sex}
        options={[
          ["FEMALE", t`Female`],
          ["MALE", t`Male`],
        ]}
        noneLabel={t`Prefer not to say`}
        onChange={(sex) => set({ sex })}
      />
      <Choice
        legend={t`You would take part`}
        value={about?.role}
        options={[
          ["patient", t`As someone who has the condition`],
          ["volunteer", t`As a healthy volunteer`],
        ]}
        noneLabel={t`Not sure`}
        onChange={(role) => set({ role })}
      />
      {about && (
        <button type="button" className={buttonClass.secondary} onClick={() => aboutYou.set(undefined)}>
          <Trans>Forget what I entered</Trans>
        </button>
      )}
    </div>
  );
}

function AgeFields({ about, onChange }: { about: AboutYou | undefined; onChange: (patch: Partial<AboutYou>) => void }) {
  const ageId = useId();
  const birthId = useId();
  const errorId = useId();
  // What is typed is kept even when it is not an age yet, so a keystroke is never swallowed.
  const [text, setText] = useState(about?.age === undefined ? "" : String(about.age));
  const [shown, setShown] = useState(about?.age);
  if (about?.age !== shown) {
    // Changed elsewhere (Forget, another page, a kiosk reset): show it, unless the text already says it.
    setShown(about?.age);
    if (readAge(text) !== about?.age) setText(about?.age === undefined ? "" : String(about.age));
  }
  const typed = readAge(text);
  const invalid = text.trim() !== "" && typed === undefined;
  const fromBirth = about?.birthDate ? ageOf(about) : undefined;
  return (
    <div className="grid gap-4 sm:grid-cols-2 [&>*]:min-w-0">
      <div className="flex flex-col gap-1">
        <label htmlFor={ageId} className="font-semibold">
          <Trans>Age in years</Trans>
        </label>
        <input
          id={ageId}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={text}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? errorId : undefined}
          onChange={(e) => {
            setText(e.target.value);
            const age = readAge(e.target.value);
            if (age !== undefined || e.target.value.trim() === "") onChange({ age });
          }}
          className="min-h-target w-28 rounded-md border border-muted px-3 py-2"
        />
        {invalid && (
          <p id={errorId} className="text-sm text-danger-ink">
            <Trans>Type an age in whole years, from 0 to {MAX_AGE}.</Trans>
          </p>
        )}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={birthId} className="font-semibold">
          <Trans>or date of birth</Trans>
        </label>
        <input
          id={birthId}
          type="date"
          autoComplete="off"
          value={about?.birthDate ?? ""}
          onChange={(e) => onChange({ birthDate: yearsSince(e.target.value) === undefined ? undefined : e.target.value })}
          className="min-h-target w-full max-w-xs min-w-0 rounded-md border border-muted bg-white px-3 py-2"
        />
        {fromBirth !== undefined && (
          <p className="text-sm text-muted">
            <Trans>That makes you {fromBirth}.</Trans>
          </p>
        )}
      </div>
    </div>
  );
}

function readAge(text: string): number | undefined {
  const value = text.trim();
  return /^\d{1,3}$/.test(value) && Number(value) <= MAX_AGE ? Number(value) : undefined;
}

function Choice<T extends string>({
  legend,
  value,
  options,
  noneLabel,
  onChange,
}: {
  legend: string;
  value: T | undefined;
  options: [T, ReactNode][];
  noneLabel: string;
  onChange: (value: T | undefined) => void;
}) {
  const name = useId();
  const radio = (key: T | undefined, label: ReactNode) => (
    <label key={key ?? "none"} className="flex min-h-target items-center gap-2">
      <input type="radio" name={name} checked={value === key} onChange={() => onChange(key)} className="size-5" />
      {label}
    </label>
  );
  return (
    <fieldset className="min-w-0 space-y-1">
      <legend className="font-semibold">{legend}</legend>
      {options.map(([key, label]) => radio(key, label))}
      {radio(undefined, noneLabel)}
    </fieldset>
  );
}
