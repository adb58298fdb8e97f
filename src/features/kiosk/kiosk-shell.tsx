import { lazy, Suspense, useEffect, type ReactNode } from "react";
import { useLocation } from "react-router";
import { forgetKioskHistory, isKioskVisit, kioskParam } from "./kiosk-flag";
import { isFreshDocumentEntry } from "./document-entry";
import type { SavedList } from "./kiosk-context";
import { NOT_KIOSK, type KioskView } from "./kiosk-view";

// Everything kiosk mode does loads only for a kiosk or a `?kiosk=` address (kiosk-on.tsx).
const KioskOn = lazy(() => import("./kiosk-on"));

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
  // On every render from the first: it tells the document's own first address from later ones.
  const freshEntry = isFreshDocumentEntry(location);
  const param = kioskParam(location.search);
  const on = isKioskVisit(location);
  const plain = !on && param === undefined;

  useEffect(() => {
    if (plain) forgetKioskHistory(); // the next kiosk session starts afresh
  }, [plain]);

  if (plain) return children(NOT_KIOSK);
  return (
    <Suspense fallback={children({ ...NOT_KIOSK, on, blank: true })}>
      <KioskOn on={on} param={param} savedList={savedList} freshEntry={freshEntry}>
        {children}
      </KioskOn>
    </Suspense>
  );
}
