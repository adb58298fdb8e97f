import { useId, useState } from "react";
import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { buttonClass } from "../../components/ui/button";
import { DISTANCE_UNITS, type DistanceUnit } from "../../lib/geo/distance";
import { DEFAULT_RADIUS, RADIUS_VALUES, parseNear, serializeNear, type Radius } from "../../lib/geo/near";
import { rememberUnit, rememberedUnit } from "../../lib/geo/unit-preference";
import type { Search } from "./search-types";

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
    // Its code loads when the button is pressed (the browser asks the visitor first anyway).
    void import("../../lib/geo/locate-me").then(
      ({ locateMe }) =>
        locateMe(
          (near) => {
            setLocating(false);
            onChange({ ...value, near, radius, sort: value.sort ?? "nearest" }, "filter");
          },
          (problem) => {
            setLocating(false);
            setMessage(problem);
          },
        ),
      () => {
        setLocating(false);
        setMessage(t`Your location could not be found just now. Type a ZIP code or town instead.`);
      },
    );
  }

  return (
    <fieldset className="min-w-0 space-y-2">
      <legend className="font-semibold">
        <Trans>How far can you travel?</Trans>
      </legend>
      <div className="flex min-w-0 flex-col gap-1">
        <label htmlFor={inputId}>
          <Trans>Near (US ZIP code or town)</Trans>
        </label>
        <input
          id={inputId}
          name="near"
          type="text"
          autoComplete="postal-code"
          enterKeyHint="search"
          value={text}
          placeholder={t`For example: 02115 or Boston, MA`}
          aria-describedby={message ? `${hintId} ${messageId}` : hintId}
          onChange={(e) => type(e.target.value)}
          className="min-h-target w-full max-w-xl rounded-md border border-muted px-3 py-2 placeholder:text-muted"
        />
      </div>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <div className="flex flex-wrap items-center gap-2">
          <label htmlFor={radiusId}>
            <Trans>Within</Trans>
          </label>
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
          {locating ? <Trans>Finding your location…</Trans> : <Trans>Use my location</Trans>}
        </button>
        {value.near && (
          <button
            type="button"
            className={buttonClass.secondary}
            onClick={() => onChange({ ...value, near: undefined, radius: undefined, sort: value.sort === "nearest" ? undefined : value.sort }, "filter")}
          >
            <Trans>Anywhere</Trans>
          </button>
        )}
      </div>
      <p id={hintId} className="text-sm text-muted">
        <Trans>Your location is asked for only when you press the button, rounded to about 1 km, and never stored.</Trans>
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
      <legend className="sr-only">
        <Trans>Distance unit</Trans>
      </legend>
      {DISTANCE_UNITS.map((u) => (
        <label key={u} className="flex min-h-target items-center gap-1">
          <input type="radio" name={name} checked={unit === u} onChange={() => onChange(u)} className="size-5" />
          {u === "mi" ? <Trans>miles</Trans> : <Trans>kilometres</Trans>}
        </label>
      ))}
    </fieldset>
  );
}

const parsedText = (text: string): string => {
  const parsed = parseNear(text);
  return parsed?.ok ? serializeNear(parsed.near) : "";
};
