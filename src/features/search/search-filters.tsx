import { useId, useState, type ReactNode } from "react";
import type { Status, StudyType } from "../../api/types";
import { GLOSSARY } from "../../components/glossary/glossary";
import { statusLabel } from "../../lib/registry-labels";
import { FUNDER_LABEL, PHASE_LABEL, SEX_LABEL, TYPE_LABEL } from "./filter-options";
import type { FunderType, PhaseKey, Search, SexFilter } from "./search-types";
import { DEFAULT_STATUS, PHASE_ORDER, STATUS_ORDER } from "./search-url";

const MAX_AGE = 120;

type StatusMode = "default" | "any" | "choose";
const statusMode = (status: Status[] | undefined): StatusMode =>
  status === undefined ? "default" : status.length === 0 ? "any" : "choose";

export function SearchFilters({
  value,
  onChange,
}: {
  value: Search;
  onChange: (next: Search, change: "typing" | "filter") => void;
}) {
  const set = (patch: Partial<Search>) => onChange({ ...value, ...patch }, "filter");
  return (
    <div className="grid gap-6 md:grid-cols-2 [&>*]:min-w-0">
      <StatusFilter status={value.status} onChange={(status) => set({ status })} />
      <Fieldset legend="Phase" hint={`${GLOSSARY.phase} Tick none for any phase.`}>
        {PHASE_ORDER.map((phase) => (
          <Check
            key={phase}
            label={PHASE_LABEL[phase]}
            description={PHASE_MEANING[phase]}
            checked={value.phase?.includes(phase) ?? false}
            onChange={(on) => set({ phase: toggle(value.phase ?? [], phase, on, PHASE_ORDER) })}
          />
        ))}
      </Fieldset>
      <Select<StudyType>
        label="Study type"
        value={value.type}
        options={TYPE_LABEL}
        anyLabel="Any type"
        onChange={(type) => set({ type })}
      />
      {/* Age is typed, so it behaves like the text fields: it replaces the history entry. */}
      <AgeInput age={value.age} onChange={(age) => onChange({ ...value, age }, "typing")} />
      <Select<SexFilter>
        label="Sex"
        value={value.sex}
        options={SEX_LABEL}
        anyLabel="Any"
        onChange={(sex) => set({ sex })}
      />
      <Select<FunderType>
        label="Who pays for the study"
        value={value.funder}
        options={FUNDER_LABEL}
        anyLabel="Anyone"
        onChange={(funder) => set({ funder })}
      />
      <Fieldset legend="Other">
        <Check
          label="Accepts healthy volunteers"
          checked={value.healthy === true}
          onChange={(on) => set({ healthy: on || undefined })}
        />
        <Check
          label="Has posted results"
          checked={value.results === true}
          onChange={(on) => set({ results: on || undefined })}
        />
      </Fieldset>
    </div>
  );
}

function StatusFilter({ status, onChange }: { status: Status[] | undefined; onChange: (next: Status[] | undefined) => void }) {
  const name = useId();
  // "Choose" stays open while its ticks happen to equal the default or none, until another mode is
  // picked or the search changes from outside (Back), which the remembered key detects.
  const [choosingFor, setChoosingFor] = useState<string>();
  const mode: StatusMode = choosingFor === statusKey(status) ? "choose" : statusMode(status);
  const chosen = status ?? DEFAULT_STATUS;
  const emit = (next: Status[] | undefined, choosing: boolean) => {
    setChoosingFor(choosing ? statusKey(next) : undefined);
    onChange(next);
  };
  const radio = (value: StatusMode, label: ReactNode) => (
    <label className="flex min-h-target items-center gap-2">
      <input
        type="radio"
        name={name}
        checked={mode === value}
        onChange={() => {
          if (value === "default") emit(undefined, false);
          if (value === "any") emit([], false);
          if (value === "choose") emit([...chosen], true);
        }}
        className="size-5"
      />
      {label}
    </label>
  );
  return (
    <Fieldset legend="Recruitment status">
      {radio("default", "Recruiting now or soon")}
      {radio("any", "Any status, including finished studies")}
      {radio("choose", "Choose statuses")}
      {mode === "choose" && (
        <div className="ml-7 grid gap-x-4 sm:grid-cols-2">
          {STATUS_ORDER.map((s) => (
            <Check
              key={s}
              label={statusLabel(s)}
              checked={chosen.includes(s)}
              onChange={(on) => emit(toggle(chosen, s, on, STATUS_ORDER), true)}
            />
          ))}
          <p className="text-sm text-muted sm:col-span-2">Tick none for any status.</p>
        </div>
      )}
    </Fieldset>
  );
}

function AgeInput({ age, onChange }: { age: number | undefined; onChange: (age: number | undefined) => void }) {
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
        Age in years
      </label>
      <p id={hintId} className="text-sm text-muted">
        Shows studies whose age range includes this age.
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
          Type an age in whole years, from 0 to {MAX_AGE}.
        </p>
      )}
    </div>
  );
}

function readAge(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return undefined;
  const n = Number(trimmed);
  return n <= MAX_AGE ? n : undefined;
}

function Select<T extends string>({
  label,
  value,
  options,
  anyLabel,
  onChange,
}: {
  label: string;
  value: T | undefined;
  options: Record<T, string>;
  anyLabel: string;
  onChange: (value: T | undefined) => void;
}) {
  const id = useId();
  const keys = Object.keys(options) as T[];
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      <select
        id={id}
        value={value ?? ""}
        onChange={(e) => onChange(keys.find((key) => key === e.target.value))}
        className="min-h-target w-full max-w-md rounded-md border border-muted bg-white px-3 py-2"
      >
        <option value="">{anyLabel}</option>
        {keys.map((key) => (
          <option key={key} value={key}>
            {options[key]}
          </option>
        ))}
      </select>
    </div>
  );
}

function Fieldset({ legend, hint, children }: { legend: string; hint?: string; children: ReactNode }) {
  return (
    <fieldset className="min-w-0 space-y-1">
      <legend className="font-semibold">{legend}</legend>
      {hint && <p className="text-sm text-muted">{hint}</p>}
      {children}
    </fieldset>
  );
}

/** What each phase tests, in the glossary's words, under its tick box. */
const PHASE_MEANING: Record<PhaseKey, string> = {
  early: GLOSSARY["early phase 1"],
  "1": GLOSSARY["phase 1"],
  "2": GLOSSARY["phase 2"],
  "3": GLOSSARY["phase 3"],
  "4": GLOSSARY["phase 4"],
  na: "Studies that do not test a drug in steps, such as studies of devices, behaviour or care.",
};

function Check({
  label,
  description,
  checked,
  onChange,
}: {
  label: string;
  description?: string;
  checked: boolean;
  onChange: (on: boolean) => void;
}) {
  const descriptionId = useId();
  return (
    <div>
      <label className="flex min-h-target items-center gap-2">
        <input
          type="checkbox"
          checked={checked}
          aria-describedby={description ? descriptionId : undefined}
          onChange={(e) => onChange(e.target.checked)}
          className="size-5"
        />
        {label}
      </label>
      {description && (
        <p id={descriptionId} className="ml-7 text-sm text-muted">
          {description}
        </p>
      )}
    </div>
  );
}

/** One name per status choice as the URL will hold it: the default list and "none ticked" collapse. */
function statusKey(status: readonly Status[] | undefined): string {
  if (status === undefined) return "default";
  if (status.length === 0) return "any";
  const same = status.length === DEFAULT_STATUS.length && DEFAULT_STATUS.every((s) => status.includes(s));
  return same ? "default" : status.join(",");
}

/** `list` with `item` added or removed, in canonical order. */
function toggle<T>(list: readonly T[], item: T, on: boolean, order: readonly T[]): T[] {
  const next = on ? [...list, item] : list.filter((x) => x !== item);
  return order.filter((x) => next.includes(x));
}
