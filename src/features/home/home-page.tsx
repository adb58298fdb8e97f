import type { ReactNode } from "react";
import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { GoToStudyForm, type RegistryLinkReader } from "./go-to-study-form";

/**
 * `searchForm` and `readRegistryLink` come from the search feature; the app composes them (features do
 * not import each other).
 */
export function HomePage({ searchForm, readRegistryLink }: { searchForm: ReactNode; readRegistryLink?: RegistryLinkReader }) {
  return (
    <div className="space-y-10">
      <title>{t`Trial Finder: find a clinical trial in plain language`}</title>
      <meta
        name="description"
        content={t`Find clinical trials on ClinicalTrials.gov in plain language: who can join, where, and whom to contact.`}
      />
      {/* The form comes first: on a phone the Search button must be on the first screen. */}
      <section aria-labelledby="home-title" className="space-y-3">
        <h1 id="home-title" className="text-3xl font-bold">
          <Trans>Find a clinical trial</Trans>
        </h1>
        <p className="max-w-prose text-lg">
          <Trans>
            Search <strong>ClinicalTrials.gov</strong>, the public registry of research studies, explained in plain words.
            Fill in what you know; every field is optional.
          </Trans>
        </p>
        {searchForm}
      </section>

      <section aria-labelledby="go-title" className="space-y-3">
        <h2 id="go-title" className="text-xl font-bold">
          <Trans>Go to a study by NCT number</Trans>
        </h2>
        <p className="max-w-prose text-muted">
          <Trans>Every study on ClinicalTrials.gov has a number such as NCT02513394. Your doctor may have given you one.</Trans>
        </p>
        <GoToStudyForm readRegistryLink={readRegistryLink} />
      </section>

      <section aria-labelledby="about-title" className="max-w-prose space-y-3">
        <h2 id="about-title" className="text-xl font-bold">
          <Trans>What is a clinical trial?</Trans>
        </h2>
        <p>
          <Trans>
            Clinical trials are research studies that test new treatments and ways to prevent or find disease. This site
            searches ClinicalTrials.gov, the public registry run by the U.S. National Library of Medicine, and explains each
            study in plain words: is it looking for people, who can join, where it runs, and whom to contact. You can also
            paste a link from ClinicalTrials.gov into the search.
          </Trans>
        </p>
      </section>
    </div>
  );
}
