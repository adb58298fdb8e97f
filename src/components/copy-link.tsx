import { useEffect, useRef, useState } from "react";
import { t } from "@lingui/core/macro";
import { buttonClass } from "./ui/button";

const MESSAGE_MS = 5_000;

/**
 * Copying a link that always works, for a "Copy link" button and others that fall back on it (Share…
 * copies when sharing fails). Clinicians paste links into messages: without a usable clipboard (an
 * insecure origin, a denied permission) the link appears selected in a read-only field, ready for Ctrl+C
 * or a long press. `status` is a polite live region to put beside the buttons, `field` goes under them.
 */
export function useCopyLink(url: string, fieldLabel: string) {
  const [message, setMessage] = useState("");
  const [showField, setShowField] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const timer = useRef<number | undefined>(undefined);

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
      announce(t`Link copied`);
    } catch {
      setShowField(true);
      field.current?.select(); // already shown: select again
      announce(t`Copy the selected link below`);
    }
  };

  const status = (
    <p role="status" className="text-sm font-semibold text-ok-ink">
      {message}
    </p>
  );
  const fallback = showField && (
    <label className="block max-w-prose text-sm">
      {fieldLabel}
      <input
        ref={field}
        type="url"
        readOnly
        value={url}
        onFocus={(event) => event.currentTarget.select()}
        className="mt-1 block min-h-target w-full rounded-md border border-line px-2 font-mono text-base"
      />
    </label>
  );
  return { copy, status, field: fallback };
}

/** A "Copy link" button, with its live region and fallback field (see useCopyLink). */
export function CopyLink({ url, label, fieldLabel }: { url: string; label: string; fieldLabel: string }) {
  const { copy, status, field } = useCopyLink(url, fieldLabel);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={buttonClass.secondary} onClick={() => void copy()}>
          {label}
        </button>
        {status}
      </div>
      {field}
    </div>
  );
}
