import type { ReactNode } from "react";
import { GoToStudyForm } from "./go-to-study-form";

/** `searchForm` comes from the search feature; the app composes the two (features do not import each other). */
export function HomePage({ searchForm }: { searchForm: ReactNode }) {
  return (
    <div className="space-y-10">
      <title>Trial Finder: find a clinical trial in plain language</title>
      <meta
        name="description"
        content="Find clinical trials on ClinicalTrials.gov in plain language: who can join, where, and whom to contact."
      />
      <section aria-labelledby="home-title" className="max-w-prose space-y-3">
        <h1 id="home-title" className="text-3xl font-bold">
          Find a clinical trial
        </h1>
        <p className="text-lg">
          Clinical trials are research studies that test new treatments and ways to prevent or find disease. This site
          searches <strong>ClinicalTrials.gov</strong>, the public registry run by the U.S. National Library of Medicine,
          and explains each study in plain words: is it looking for people, who can join, where it runs, and whom to
          contact.
        </p>
      </section>

      <section aria-labelledby="search-title" className="space-y-3">
        <h2 id="search-title" className="text-xl font-bold">
          Search for trials
        </h2>
        <p className="max-w-prose text-muted">
          Fill in what you know; every field is optional. You can also paste a link from ClinicalTrials.gov.
        </p>
        {searchForm}
      </section>

      <section aria-labelledby="go-title" className="space-y-3">
        <h2 id="go-title" className="text-xl font-bold">
          Go to a study by NCT number
        </h2>
        <p className="max-w-prose text-muted">
          Every study on ClinicalTrials.gov has a number such as NCT02513394. Your doctor may have given you one.
        </p>
        <GoToStudyForm />
      </section>
    </div>
  );
}
