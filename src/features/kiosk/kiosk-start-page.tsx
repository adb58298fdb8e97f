import { useEffect, useRef, type ReactNode } from "react";
import { useLocation } from "react-router";
import { serializeNear, serializeRadius } from "../../lib/geo/near";
import { KIOSK_CONFIG, describeSeconds } from "./kiosk-config";
import type { KioskResetState } from "./kiosk-view";
import { TakeItWithYou } from "./take-it-with-you";

/** /kiosk: the waiting-room start page. `searchForm` comes from the search feature, composed by the app. */
export function KioskStartPage({ searchForm }: { searchForm: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const state = useLocation().state as Partial<KioskResetState> | null;
  const afterReset = state?.kioskReset === true;
  useEffect(() => {
    if (afterReset) heading.current?.focus(); // a new visitor starts reading at the top
  }, [afterReset]);
  const home = KIOSK_CONFIG.home;

  return (
    <div className="space-y-10">
      <title>Trial Finder: find a clinical trial</title>
      <meta name="description" content="Find a clinical trial on ClinicalTrials.gov in plain language, on this clinic's screen." />
      <section aria-labelledby="kiosk-title" className="max-w-prose space-y-4">
        <h1 id="kiosk-title" ref={heading} tabIndex={-1} className="text-4xl font-bold focus:outline-none">
          Welcome! Let&rsquo;s look for a clinical trial
        </h1>
        <p className="text-xl">
          Clinical trials are research studies that test new treatments. Search by your condition, then tap a study to
          read about it in plain words: who can join, where it runs and whom to contact.
        </p>
        <p className="rounded-md bg-surface p-3 font-semibold">
          This screen forgets everything after {describeSeconds(KIOSK_CONFIG.idleSeconds)} without use.
        </p>
      </section>

      <section aria-labelledby="kiosk-search-title" className="space-y-3">
        <h2 id="kiosk-search-title" className="text-2xl font-bold">
          Search for trials
        </h2>
        {home && (
          <p className="max-w-prose text-muted">
            Searches look within {serializeRadius(home.radius, " ")} of {serializeNear(home.near)}; change that under
            &ldquo;How far can you travel?&rdquo;.
          </p>
        )}
        {searchForm}
      </section>

      <section aria-labelledby="kiosk-take-title" className="max-w-prose space-y-3">
        <h2 id="kiosk-take-title" className="text-2xl font-bold">
          Take it with you
        </h2>
        <p>
          Save the studies you are interested in as you go. Then scan a code with your phone to take the list home:
          it lives only in the link, and nothing is stored on a server.
        </p>
        <TakeItWithYou prominent />
      </section>
    </div>
  );
}
