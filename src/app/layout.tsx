import { Suspense } from "react";
import { Outlet, useLocation } from "react-router";
import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { Link } from "../components/app-link";
import { OfflineBanner } from "../components/offline-banner";
import { KioskShell } from "../features/kiosk/kiosk-shell";
import { listPath } from "../features/shortlist/list-url";
import { savedState } from "../features/shortlist/saved-store";
import { SavedLink } from "../features/shortlist/saved-link";
import { PageErrorBoundary } from "./page-error-boundary";
import { useHeadingFocus } from "./use-heading-focus";
import { currentLang } from "../i18n/i18n";
import { LanguageSwitch } from "../i18n/language-switch";
import { useLangInUrl } from "../i18n/use-lang-url";
import { useScrollRestoration } from "./use-scroll-restoration";

// Kiosk mode's "Take it with you" gets the shortlist through the app (features don't import each other).
const savedList = () => {
  const ids = savedState().items.map((item) => item.nctId);
  return { count: ids.length, path: listPath({ ids }) };
};

export function Layout() {
  const { pathname } = useLocation();
  useScrollRestoration();
  useHeadingFocus();
  useLangInUrl();
  return (
    <KioskShell savedList={savedList}>
      {(kiosk) => (
        <div className="flex min-h-screen flex-col [overflow-wrap:anywhere] [&_table]:[overflow-wrap:normal]">
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2"
          >
            <Trans>Skip to content</Trans>
          </a>
          <OfflineBanner />
          <header className="border-b border-line print:hidden">
            <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
              {/* The name and the language switch share a row (on a phone the menu goes below them): one more
                  row would push the start page's Search button off a phone's first screen. */}
              <div className="flex grow flex-wrap items-center justify-between gap-x-6 sm:grow-0">
                <Link to={kiosk.on ? "/kiosk" : "/"} className="inline-flex min-h-target items-center text-xl font-bold text-ink no-underline">
                  <Trans>Trial Finder</Trans>
                </Link>
                <LanguageSwitch compact />
              </div>
              <nav aria-label={t`Main`} className="flex flex-wrap items-center gap-x-4 gap-y-2">
                <Link to={kiosk.on ? "/kiosk" : "/search"} className="inline-flex min-h-target items-center font-semibold">
                  <Trans>Search</Trans>
                </Link>
                <SavedLink className="inline-flex min-h-target items-center font-semibold" />
                {kiosk.headerActions}
              </nav>
            </div>
          </header>
          {/* At least a screen tall: the footer starts below the first screen, so pages and parts that
              load late never push it down in sight (layout shift). */}
          <main id="main" tabIndex={-1} className="mx-auto min-h-screen w-full max-w-5xl flex-1 px-4 py-6 focus:outline-none print:min-h-0">
            {/* A reset changes the generation: every page remounts, so nothing typed before survives. */}
            {!kiosk.blank && (
              <PageErrorBoundary key={`${kiosk.generation}:${pathname}`}>
                <Suspense fallback={<p className="text-muted"><Trans>Loading…</Trans></p>}>
                  <Outlet />
                </Suspense>
              </PageErrorBoundary>
            )}
          </main>
          <footer className="border-t border-line bg-surface">
            <div className="mx-auto max-w-5xl space-y-2 px-4 py-4 text-sm text-muted">
              <p>
                <Trans>
                  Study information comes from ClinicalTrials.gov, a service of the U.S. National Library of Medicine. It
                  is not medical advice: talk to your doctor before joining a study.
                </Trans>
              </p>
              {/* Registry text is marked lang="en" wherever it shows; this says why it is in English. */}
              {currentLang() !== "en" && (
                <p>
                  <Trans>Study information comes from the registry in English.</Trans>
                </p>
              )}
            </div>
          </footer>
        </div>
      )}
    </KioskShell>
  );
}
