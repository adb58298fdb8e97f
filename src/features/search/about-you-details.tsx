import { useEffect, useId, useRef, useState } from "react";
import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { buttonClass } from "../../components/ui/button";
import { PartFailed } from "../../components/part-failed";
import { preloadable, useLoadedPart } from "../../lib/preloadable";
import { addedFilters, filterWords, showAllStudies, type AboutYouSearch } from "./about-you-search";
import type { Search } from "./search-types";
import { registryIgnoresFilters } from "./to-api-params";

// The form itself loads when the visitor opens it (most searches never do).
const formPart = preloadable(() => import("../../components/about-you/about-you-form"));

/**
 * "About you" on the search page once it holds something or is opened (about-you-panel.tsx shows the
 * prompt before): what it adds to the search (the registry's own age, sex and healthy-volunteer
 * filters, never in the address), a tick box to see every study instead, the form to change it, and
 * "Add to the link" for a visitor who wants to share the search with those filters.
 */
export function AboutYouDetails({
  search,
  narrowing,
  onAddToLink,
  opened,
}: {
  search: Search;
  narrowing: AboutYouSearch;
  onAddToLink: (next: Search) => void;
  /** Opened from the prompt: the form shows, and focus moves from the prompt's button to this one. */
  opened: boolean;
}) {
  const headingId = useId();
  const formId = useId();
  const [open, setOpen] = useState(opened);
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (opened) toggle.current?.focus();
  }, [opened]);
  const form = useLoadedPart(formPart, open);
  const textRef = useRef<HTMLParagraphElement>(null);
  const focusText = useRef(false);
  const given = filterWords(narrowing.filters);
  const added = addedFilters(search, narrowing.filters);
  const adds = filterWords(added);
  useEffect(() => {
    // "Add to the link" goes away once the link holds them: focus moves to the sentence that says so.
    if (focusText.current && !adds) {
      focusText.current = false;
      textRef.current?.focus();
    }
  }, [adds]);

  return (
    <section aria-labelledby={headingId} className={`max-w-prose space-y-3 print:hidden ${given ? "rounded-lg border border-line bg-surface p-4" : ""}`}>
      <h2 id={headingId} className={given ? "text-lg font-semibold" : "sr-only"}>
        <Trans>Studies open to you</Trans>
      </h2>
      <p ref={textRef} tabIndex={-1} className="focus:outline-none">
        {!given
          ? t`See only the studies open to someone of your age and sex, or to healthy volunteers: tell us about you. It stays in this browser tab.`
          : registryIgnoresFilters(search)
            ? t`A search by study number shows those studies whatever the filters; each says how it fits you (${given}).`
            : !adds
            ? t`This link sets its own filters; each study says how it fits you (${given}).`
            : narrowing.on
              ? t`Showing only studies open to you: ${adds}. This is not in the link.`
              : t`Showing every study; each says how it fits you (${given}).`}
      </p>
      {adds && (
        <label className="flex min-h-target items-center gap-2">
          <input type="checkbox" className="size-5" checked={narrowing.on} onChange={(e) => showAllStudies.set(e.target.checked ? undefined : true)} />
          <Trans>Only studies open to you</Trans>
        </label>
      )}
      <div className="flex flex-wrap gap-3">
        <button
          ref={toggle}
          type="button"
          aria-expanded={open}
          aria-controls={formId}
          className={buttonClass.secondary}
          onClick={() => setOpen((was) => !was)}
          onPointerEnter={() => void formPart.preload().catch(() => undefined)}
        >
          {given ? t`Change what you told us` : t`Tell us about you`}
        </button>
        {adds && narrowing.on && (
          <button
            type="button"
            className={buttonClass.secondary}
            onClick={() => {
              focusText.current = true;
              onAddToLink({ ...search, ...added });
            }}
          >
            <Trans>Add {adds} to the link</Trans>
          </button>
        )}
      </div>
      <div id={formId} hidden={!open}>
        {open && (form.part ? <form.part.AboutYouForm /> : form.failed ? <PartFailed onRetry={form.retry} /> : <p className="text-muted">{t`Loading…`}</p>)}
      </div>
    </section>
  );
}
