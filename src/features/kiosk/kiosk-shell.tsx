import { lazy, Suspense, useEffect, useLayoutEffect, type ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { KIOSK_PATH, forgetKioskHistory, kioskParam, readKioskFlag, withoutKioskParam, writeKioskFlag } from "./kiosk-flag";
import { isFreshDocumentEntry } from "./document-entry";
import type { SavedList } from "./kiosk-context";
import { NOT_KIOSK, type KioskView } from "./kiosk-view";

const KioskRuntime = lazy(() => import("./kiosk-runtime"));

/**
 * Decides whether this tab is a kiosk (/kiosk, ?kiosk=1, or the flag kept from earlier; ?kiosk=0 ends
 * it) and, when it is, runs kiosk mode around the layout. The layout renders `children(view)`.
 */
export function KioskShell({
  savedList,
  children,
}: {
  /** The visitor's saved studies (from the shortlist feature, composed by the app). */
  savedList: () => SavedList;
  children: (view: KioskView) => ReactNode;
}) {
  const location = useLocation();
  const { pathname, search, hash, state: navState } = location;
  const freshEntry = isFreshDocumentEntry(location);
  const param = kioskParam(search);
  const on = param ?? (pathname === KIOSK_PATH || readKioskFlag());

  useLayoutEffect(() => {
    if (!on) return;
    document.documentElement.setAttribute("data-kiosk", "");
    return () => document.documentElement.removeAttribute("data-kiosk");
  }, [on]);

  useEffect(() => {
    if (param !== undefined || pathname === KIOSK_PATH) writeKioskFlag(on);
    if (!on) forgetKioskHistory(); // the next kiosk session starts afresh
  }, [on, param, pathname]);

  // ?kiosk= is not part of any page's address: take it off before a page reads (and notes) it.
  if (param !== undefined) {
    const to = !param && pathname === KIOSK_PATH ? "/" : { pathname, search: withoutKioskParam(search), hash };
    return (
      <>
        {children({ ...NOT_KIOSK, on, blank: true })}
        <Navigate replace to={to} state={navState} />
      </>
    );
  }
  if (!on) return children(NOT_KIOSK);
  return (
    <Suspense fallback={children({ on: true, blank: true, generation: 0 })}>
      <KioskRuntime savedList={savedList} freshEntry={freshEntry}>{children}</KioskRuntime>
    </Suspense>
  );
}
