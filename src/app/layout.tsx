import { Suspense } from "react";
import { Outlet, useLocation } from "react-router";
import { Link } from "../components/app-link";
import { OfflineBanner } from "../components/offline-banner";
import { KioskShell } from "../features/kiosk/kiosk-shell";
import { listPath } from "../features/shortlist/list-url";
import { savedState } from "../features/shortlist/saved-store";
import { SavedLink } from "../features/shortlist/saved-link";
import { PageErrorBoundary } from "./page-error-boundary";
import { useHeadingFocus } from "./use-heading-focus";
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
  return (
    <KioskShell savedList={savedList}>
      {(kiosk) => (
        <div className="flex min-h-screen flex-col [overflow-wrap:anywhere] [&_table]:[overflow-wrap:normal]">
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2"
          >
            Skip to content
          </a>
          <OfflineBanner />
          <header className="border-b border-line print:hidden">
            <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
              <Link to={kiosk.on ? "/kiosk" : "/"} className="inline-flex min-h-target items-center text-xl font-bold text-ink no-underline">
                Trial Finder
              </Link>
              <nav aria-label="Main" className="flex flex-wrap items-center gap-x-4 gap-y-2">
                <Link to={kiosk.on ? "/kiosk" : "/search"} className="inline-flex min-h-target items-center font-semibold">
                  Search
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
                <Suspense fallback={<p className="text-muted">Loading…</p>}>
                  <Outlet />
                </Suspense>
              </PageErrorBoundary>
            )}
          </main>
          <footer className="border-t border-line bg-surface">
            <p className="mx-auto max-w-5xl px-4 py-4 text-sm text-muted">
              Study information comes from ClinicalTrials.gov, a service of the U.S. National Library of Medicine. It is
              not medical advice: talk to your doctor before joining a study.
            </p>
          </footer>
        </div>
      )}
    </KioskShell>
  );
}
