import { Trans } from "@lingui/react/macro";
import { buttonClass } from "../../components/ui/button";
import { findSpanishTerm } from "./spanish-terms";

/**
 * Under a search field, in Spanish: "¿Buscar 'breast cancer'?" for a Spanish term the registry (in
 * English) would not find, as the visitor types and before anything is sent. Pressing it puts the
 * English term in the field. The sentence is in a live region, so a screen reader hears it appear. This
 * and the table load in the Spanish interface only (search-form.tsx): English visits never fetch them.
 */
export function SpanishSuggestion({ text, onUse }: { text: string | undefined; onUse: (english: string) => void }) {
  const english = text ? findSpanishTerm(text)?.en : undefined;
  return (
    <div aria-live="polite" className="empty:hidden">
      {english !== undefined && (
        <button type="button" className={`${buttonClass.secondary} mt-2`} onClick={() => onUse(english)}>
          {/* One flex item, so the words keep their spaces (see no-results.tsx). */}
          <span>
            <Trans>
              Search for <span lang="en">“{english}”</span>?
            </Trans>
          </span>
        </button>
      )}
    </div>
  );
}
