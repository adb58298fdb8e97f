import { useId, useState, type FormEvent } from "react";
import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { buttonClass } from "../../../components/ui/button";
import { parseNear, serializeNear } from "../../../lib/geo/near";
import type { StudyNear } from "./study-near";

/**
 * "Sort sites by distance from": a US ZIP code or town, or the device's location (asked for only when
 * the button is pressed). Writes `?near=`; only a coarse point (2 decimals) ever reaches the URL.
 */
export function NearForm({ near }: { near: StudyNear }) {
  const inputId = useId();
  const messageId = useId();
  const [text, setText] = useState("");
  const [message, setMessage] = useState<string>();
  const [locating, setLocating] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseNear(text);
    if (!parsed) return setMessage(t`Type a US ZIP code or a town first.`);
    if (!parsed.ok) return setMessage(parsed.error.replace(/^near=/, ""));
    setMessage(undefined);
    near.setNear(serializeNear(parsed.near));
  }

  function locate() {
    setLocating(true);
    setMessage(undefined);
    // Its code loads when the button is pressed (the browser asks the visitor first anyway).
    void import("../../../lib/geo/locate-me").then(
      ({ locateMe }) =>
        locateMe(
          (point) => {
            setLocating(false);
            near.setNear(serializeNear(point));
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
    <form aria-label={t`Sort sites by distance`} onSubmit={submit} className="space-y-2 print:hidden">
      <label htmlFor={inputId} className="block font-semibold">
        <Trans>Sort sites by distance from: ZIP code or town</Trans>
      </label>
      <div className="flex flex-wrap items-center gap-3">
        <input
          id={inputId}
          name="near"
          type="text"
          autoComplete="postal-code"
          enterKeyHint="go"
          value={text}
          placeholder={t`For example: 02115 or Boston, MA`}
          aria-describedby={message ? messageId : undefined}
          onChange={(e) => setText(e.target.value)}
          className="min-h-target w-64 max-w-full rounded-md border border-muted px-3 py-2 placeholder:text-muted"
        />
        <button type="submit" className={buttonClass.primary}>
          <Trans>Sort</Trans>
        </button>
        <button type="button" className={buttonClass.secondary} onClick={locate} disabled={locating}>
          {locating ? t`Finding you…` : t`Use my location`}
        </button>
        {near.place.state !== "none" && (
          <button type="button" className={buttonClass.secondary} onClick={() => near.setNear(undefined)}>
            <Trans>Clear place</Trans>
          </button>
        )}
      </div>
      <p id={messageId} role="status" className="text-sm">
        {message}
      </p>
    </form>
  );
}
