import { useEffect, useRef, type ReactNode } from "react";
import { useLocation } from "react-router";
import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { LanguageSwitch } from "../../i18n/language-switch";
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
  const time = describeSeconds(KIOSK_CONFIG.idleSeconds);
  const radius = home && serializeRadius(home.radius, " ");
  const place = home && serializeNear(home.near);

  return (
    <div className="space-y-10">
      <title>{t`Trial Finder: find a clinical trial`}</title>
      <meta name="description" content={t`Find a clinical trial on ClinicalTrials.gov in plain language, on this clinic's screen.`} />
      {/* The language in large type, with big targets (the header's small switch is on every page). */}
      <LanguageSwitch place="kiosk-start" className="text-2xl [&_a]:min-h-12 [&_a]:min-w-12 [&_a]:px-2" />
      <section aria-labelledby="kiosk-title" className="max-w-prose space-y-4">
        <h1 id="kiosk-title" ref={heading} tabIndex={-1} className="text-4xl font-bold focus:outline-none">
          <Trans>Welcome! Let&rsquo;s look for a clinical trial</Trans>
        </h1>
        <p className="text-xl">
          <Trans>
            Clinical trials are research studies that test new treatments. Search by your condition, then tap a study to
            read about it in plain words: who can join, where it runs and whom to contact.
          </Trans>
        </p>
        <p className="rounded-md bg-surface p-3 font-semibold">
          <Trans>This screen forgets everything after {time} without use.</Trans>
        </p>
      </section>

      <section aria-labelledby="kiosk-search-title" className="space-y-3">
        <h2 id="kiosk-search-title" className="text-2xl font-bold">
          <Trans>Search for trials</Trans>
        </h2>
        {home && (
          <p className="max-w-prose text-muted">
            <Trans>
              Searches look within {radius} of {place}; change that under &ldquo;How far can you travel?&rdquo;.
            </Trans>
          </p>
        )}
        {searchForm}
      </section>

      <section aria-labelledby="kiosk-take-title" className="max-w-prose space-y-3">
        <h2 id="kiosk-take-title" className="text-2xl font-bold">
          <Trans>Take it with you</Trans>
        </h2>
        <p>
          <Trans>
            Save the studies you are interested in as you go. Then scan a code with your phone to take the list home: it
            lives only in the link, and nothing is stored on a server.
          </Trans>
        </p>
        <TakeItWithYou prominent />
      </section>
    </div>
  );
}
