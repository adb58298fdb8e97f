import { useId, useState, type FormEvent } from "react";
import { buttonClass } from "../../../components/ui/button";
import { locateMe } from "../../../lib/geo/locate-me";
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
    if (!parsed) return setMessage("Type a US ZIP code or a town first.");
    if (!parsed.ok) return setMessage(parsed.error.replace(/^near=/, ""));
    setMessage(undefined);
    near.setNear(serializeNear(parsed.near));
  }

  function locate() {
    setLocating(true);
    setMessage(undefined);
    locateMe(
      (point) => {
        setLocating(false);
        near.setNear(serializeNear(point));
      },
      (problem) => {
        setLocating(false);
        setMessage(problem);
      },
    );
  }

  return (
    <form aria-label="Sort sites by distance" onSubmit={submit} className="space-y-2 print:hidden">
      <label htmlFor={inputId} className="block font-semibold">
        Sort sites by distance from: ZIP code or town
      </label>
      <div className="flex flex-wrap items-center gap-3">
        <input
          id={inputId}
          name="near"
          type="text"
          autoComplete="postal-code"
          enterKeyHint="go"
          value={text}
          placeholder="For example: 02115 or Boston, MA"
          aria-describedby={message ? messageId : undefined}
          onChange={(e) => setText(e.target.value)}
          className="min-h-target w-64 max-w-full rounded-md border border-muted px-3 py-2 placeholder:text-muted"
        />
        <button type="submit" className={buttonClass.primary}>
          Sort
        </button>
        <button type="button" className={buttonClass.secondary} onClick={locate} disabled={locating}>
          {locating ? "Finding you…" : "Use my location"}
        </button>
        {near.place.state !== "none" && (
          <button type="button" className={buttonClass.secondary} onClick={() => near.setNear(undefined)}>
            Clear place
          </button>
        )}
      </div>
      <p id={messageId} role="status" className="text-sm">
        {message}
      </p>
    </form>
  );
}
