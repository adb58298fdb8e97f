import { useEffect, useLayoutEffect, type ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { KIOSK_PATH, forgetKioskHistory, withoutKioskParam, writeKioskFlag } from "./kiosk-flag";
import type { SavedList } from "./kiosk-context";
import KioskRuntime from "./kiosk-runtime";
import { NOT_KIOSK, type KioskView } from "./kiosk-view";

/**
 * Kiosk mode's side of kiosk-shell.tsx, loaded only for a kiosk or a `?kiosk=` address: keeps the flag,
 * marks the page, takes `?kiosk=` off the address, and runs kiosk mode around the layout.
 */
export default function KioskOn({
  on,
  param,
  savedList,
  freshEntry,
  children,
}: {
  on: boolean;
  param: boolean | undefined;
  savedList: () => SavedList;
  freshEntry: boolean;
  children: (view: KioskView) => ReactNode;
}) {
  const { pathname, search, hash, state: navState } = useLocation();

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
  return (
    <KioskRuntime savedList={savedList} freshEntry={freshEntry}>
      {children}
    </KioskRuntime>
  );
}
