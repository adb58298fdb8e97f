import { useEffect, useRef, useState } from "react";
import { useCopyAndShare } from "../../components/share-policy";
import { buttonClass } from "../../components/ui/button";
import { printWhenReady } from "./use-print-expand";

const MESSAGE_MS = 5_000;

/**
 * Copy link, Share… (only where the browser has the Web Share API) and Print. Clinicians paste study
 * links into messages, so copying must always work: when the clipboard is unavailable (an insecure
 * origin, a denied permission) the link appears selected in a field, ready for Ctrl+C or a long press.
 * Where the share policy forbids it (kiosk mode), Print only.
 */
export function ShareActions({ title, url }: { title: string; url: string }) {
  const [message, setMessage] = useState("");
  const [showField, setShowField] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const timer = useRef<number | undefined>(undefined);
  const copyAndShare = useCopyAndShare();
  const canShare = copyAndShare && typeof navigator !== "undefined" && typeof navigator.share === "function";

  useEffect(() => () => window.clearTimeout(timer.current), []);
  useEffect(() => {
    if (showField) field.current?.select();
  }, [showField]);

  const announce = (text: string) => {
    setMessage(text);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setMessage(""), MESSAGE_MS);
  };

  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(url);
      announce("Link copied");
    } catch {
      setShowField(true);
      field.current?.select(); // already shown: select again
      announce("Copy the selected link below");
    }
  };

  const share = async () => {
    try {
      await navigator.share({ title, url });
    } catch (error) {
      if (error instanceof DOMException && error.name === "AbortError") return; // the person closed the sheet
      await copy();
    }
  };

  return (
    <div className="space-y-2 print:hidden">
      <div className="flex flex-wrap items-center gap-2">
        {copyAndShare && (
          <button type="button" className={buttonClass.secondary} onClick={() => void copy()}>
            Copy link
          </button>
        )}
        {canShare && (
          <button type="button" className={buttonClass.secondary} onClick={() => void share()}>
            Share…
          </button>
        )}
        <button type="button" className={buttonClass.secondary} onClick={() => void printWhenReady()}>
          Print
        </button>
        <p role="status" className="text-sm font-semibold text-ok-ink">
          {message}
        </p>
      </div>
      {showField && (
        <label className="block max-w-prose text-sm">
          Link to this study
          <input
            ref={field}
            type="url"
            readOnly
            value={url}
            onFocus={(event) => event.currentTarget.select()}
            className="mt-1 block min-h-target w-full rounded-md border border-line px-2 font-mono text-base"
          />
        </label>
      )}
    </div>
  );
}
