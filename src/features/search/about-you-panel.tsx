import { useId, useState } from "react";
import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { buttonClass } from "../../components/ui/button";
import { PartFailed } from "../../components/part-failed";
import { preloadable, useLoadedPart } from "../../lib/preloadable";
import { filterWords, type AboutYouSearch } from "./about-you-search";
import type { Search } from "./search-types";

// Until About you holds something or is opened, the search page shows only its prompt: most searches
// never open it, so the rest (about-you-details.tsx) loads then.
const detailsPart = preloadable(() => import("./about-you-details"));

/** "About you" on the search page: the prompt, then what it adds to the search (about-you-details.tsx). */
export function AboutYouPanel(props: { search: Search; narrowing: AboutYouSearch; onAddToLink: (next: Search) => void }) {
  const headingId = useId();
  const [opened, setOpened] = useState(false);
  const wanted = opened || filterWords(props.narrowing.filters) !== "";
  const details = useLoadedPart(detailsPart, wanted);
  if (wanted && details.part) return <details.part.AboutYouDetails {...props} opened={opened} />;
  return (
    <section aria-labelledby={headingId} className="max-w-prose space-y-3 print:hidden">
      <h2 id={headingId} className="sr-only">
        <Trans>Studies open to you</Trans>
      </h2>
      <p>{t`See only the studies open to someone of your age and sex, or to healthy volunteers: tell us about you. It stays in this browser tab.`}</p>
      {details.failed ? (
        <PartFailed onRetry={details.retry} />
      ) : (
        <button
          type="button"
          aria-expanded={false}
          className={buttonClass.secondary}
          onClick={() => setOpened(true)}
        >
          {t`Tell us about you`}
        </button>
      )}
    </section>
  );
}
