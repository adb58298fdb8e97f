// The filter panel's controls: a fieldset, a tick box with its explanation, a select with "any".
import { useId, type ReactNode } from "react";

export function Select<T extends string>({
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

export function Fieldset({ legend, hint, children }: { legend: string; hint?: string; children: ReactNode }) {
  return (
    <fieldset className="min-w-0 space-y-1">
      <legend className="font-semibold">{legend}</legend>
      {hint && <p className="text-sm text-muted">{hint}</p>}
      {children}
    </fieldset>
  );
}

export function Check({
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

/** `list` with `item` added or removed, in canonical order. */
export function toggle<T>(list: readonly T[], item: T, on: boolean, order: readonly T[]): T[] {
  const next = on ? [...list, item] : list.filter((x) => x !== item);
  return order.filter((x) => next.includes(x));
}
