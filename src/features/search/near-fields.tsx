import { useId, useState } from "react";
import { buttonClass } from "../../components/ui/button";
import { DISTANCE_UNITS, type DistanceUnit } from "../../lib/geo/distance";
import { locateMe } from "../../lib/geo/locate-me";
import { DEFAULT_RADIUS, RADIUS_VALUES, parseNear, serializeNear, type Radius } from "../../lib/geo/near";
import { rememberUnit, rememberedUnit } from "../../lib/geo/unit-preference";
import type { Search } from "./search-types";

const UNIT_LABEL: Record<DistanceUnit, string> = { mi: "miles", km: "kilometres" };

/**
 * "How far can you travel?": a US ZIP code or a town, or the device's location (asked for only when
 * the button is pressed), and a radius. Typing a place behaves like the other text fields.
 */
export function NearFields({
  value,
  onChange,
}: {
  value: Search;
  onChange: (next: Search, how: "typing" | "filter") => void;
}) {
  const inputId = useId();
  const hintId = useId();
  const radiusId = useId();
  const messageId = useId();
  const shown = value.near ? serializeNear(value.near) : "";
  const [text, setText] = useState(shown);
  const [textFor, setTextFor] = useState(shown);
  if (shown !== textFor) {
    // The search changed from outside (Back, a link, "Use my location"): show its place.
    setTextFor(shown);
    if (parsedText(text) !== shown) setText(shown);
  }
  const [locating, setLocating] = useState(false);
  const [message, setMessage] = useState<string>();
  const radius: Radius = value.radius ?? { ...DEFAULT_RADIUS, unit: rememberedUnit() };

  function type(next: string) {
    setText(next);
    setMessage(undefined);
    const parsed = parseNear(next);
    if (!parsed) onChange({ ...value, near: undefined }, "typing");
    else if (parsed.ok) onChange({ ...value, near: parsed.near, radius }, "typing");
    // A half-typed ZIP ("021") is not a place yet: wait for more.
  }

  function locate() {
    setLocating(true);
    setMessage(undefined);
    locateMe(
      (near) => {
        setLocating(false);
        onChange({ ...value, near, radius, sort: value.sort ?? "nearest" }, "filter");
      },
      (problem) => {
        setLocating(false);
        setMessage(problem);
      },
    );
  }

  return (
    <fieldset className="min-w-0 space-y-2">
      <legend className="font-semibold">How far can you travel?</legend>
      <div className="flex min-w-0 flex-col gap-1">
        <label htmlFor={inputId}>Near (US ZIP code or town)</label>
        <input
          id={inputId}
          name="near"
          type="text"
          autoComplete="postal-code"
          enterKeyHint="search"
          value={text}
          placeholder="For example: 02115 or Boston, MA"
          aria-describedby={message ? `${hintId} ${messageId}` : hintId}
          onChange={(e) => type(e.target.value)}
          className="min-h-target w-full max-w-xl rounded-md border border-muted px-3 py-2 placeholder:text-muted"
        />
      </div>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <div className="flex flex-wrap items-center gap-2">
          <label htmlFor={radiusId}>Within</label>
          <select
            id={radiusId}
            value={radius.value}
            onChange={(e) => {
              const chosen = RADIUS_VALUES.find((r) => String(r) === e.target.value) ?? DEFAULT_RADIUS.value;
              onChange({ ...value, radius: { value: chosen, unit: radius.unit } }, "filter");
            }}
            className="min-h-target rounded-md border border-muted bg-white px-3 py-2"
          >
            {RADIUS_VALUES.map((r) => (
              <option key={r} value={r}>
                {r} {radius.unit}
              </option>
            ))}
          </select>
        </div>
        <UnitChoice
          unit={radius.unit}
          onChange={(unit) => {
            rememberUnit(unit);
            onChange({ ...value, radius: { value: radius.value, unit } }, "filter");
          }}
        />
        <button type="button" className={buttonClass.secondary} onClick={locate} disabled={locating}>
          {locating ? "Finding your location…" : "Use my location"}
        </button>
        {value.near && (
          <button
            type="button"
            className={buttonClass.secondary}
            onClick={() => onChange({ ...value, near: undefined, radius: undefined, sort: value.sort === "nearest" ? undefined : value.sort }, "filter")}
          >
            Anywhere
          </button>
        )}
      </div>
      <p id={hintId} className="text-sm text-muted">
        Your location is asked for only when you press the button, rounded to about 1 km, and never stored.
      </p>
      {message && (
        <p id={messageId} role="alert" className="text-danger-ink">
          {message}
        </p>
      )}
    </fieldset>
  );
}

function UnitChoice({ unit, onChange }: { unit: DistanceUnit; onChange: (unit: DistanceUnit) => void }) {
  const name = useId();
  return (
    <fieldset className="flex min-w-0 flex-wrap items-center gap-x-3">
      <legend className="sr-only">Distance unit</legend>
      {DISTANCE_UNITS.map((u) => (
        <label key={u} className="flex min-h-target items-center gap-1">
          <input type="radio" name={name} checked={unit === u} onChange={() => onChange(u)} className="size-5" />
          {UNIT_LABEL[u]}
        </label>
      ))}
    </fieldset>
  );
}

const parsedText = (text: string): string => {
  const parsed = parseNear(text);
  return parsed?.ok ? serializeNear(parsed.near) : "";
};
