import { useEffect, useEffectEvent, useMemo, useState, type ReactNode } from "react";
import { useLocation, useNavigate, useNavigationType } from "react-router";
import { useQueryClient } from "@tanstack/react-query";
import { showLang } from "../../i18n/i18n";
import { KIOSK_LANG } from "../../i18n/languages";
import { LinkPolicyContext, type LinkPolicy } from "../../components/link-policy";
import { CopyAndShareContext } from "../../components/share-policy";
import { installAutofillGuard } from "./autofill-guard";
import { clearVisitorData } from "./clear-visitor-data";
import { UNKEYED, historyKeys, mayShow } from "./history-keys";
import { IdleDialog } from "./idle-dialog";
import { KIOSK_CONFIG } from "./kiosk-config";
import { KioskContext, type KioskControls, type SavedList } from "./kiosk-context";
import { KIOSK_PATH } from "./kiosk-flag";
import type { KioskResetState, KioskView } from "./kiosk-view";
import { installLinkGuard } from "./link-guard";
import { LinkQrDialog, type LinkTarget } from "./link-qr-dialog";
import { StartOverButton } from "./start-over-button";
import { TakeItWithYou } from "./take-it-with-you";
import { useIdle } from "./use-idle";
import "./kiosk.css";

// A bad setting never stops a kiosk (the default is used), but whoever set it up should learn why.
for (const problem of KIOSK_CONFIG.problems) console.warn(`[kiosk] ${problem}`);

/**
 * Kiosk mode while it is on (a lazy chunk: other visitors never load it): no way out, the idle
 * warning and reset, and no Back into the last visitor's pages.
 */
export default function KioskRuntime({
  savedList,
  freshEntry,
  children,
}: {
  savedList: () => SavedList;
  /** The page was just loaded at this address (see document-entry.ts): a new entry, not a Back. */
  freshEntry: boolean;
  children: (view: KioskView) => ReactNode;
}) {
  const location = useLocation();
  const navigationType = useNavigationType();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [generation, setGeneration] = useState(0);
  const [resetFrom, setResetFrom] = useState<string>();
  const [link, setLink] = useState<LinkTarget>();

  // The location shown before this one, for in-page #links the browser follows itself (see mayShow).
  const path = location.pathname + location.search;
  type Shown = { key: string; path: string; previous?: { key: string; path: string } };
  const [shown, setShown] = useState<Shown>({ key: location.key, path });
  if (shown.key !== location.key) {
    setShown({ key: location.key, path, previous: { key: shown.key, path: shown.path } });
    setResetFrom(undefined); // the reset has arrived (and an unkeyed entry may use its key again later)
  }
  const allowed =
    freshEntry || mayShow({ navigationType, key: location.key, path, previous: shown.previous, known: historyKeys.list() });

  const resetting = resetFrom === location.key; // startOver is already on its way to the start page

  useEffect(() => {
    if (resetting) return;
    if (!allowed) void navigate(KIOSK_PATH, { replace: true });
    else if (location.key !== UNKEYED) historyKeys.add(location.key);
    // A page loaded at its address has no key: replace it by the same page with one, so that coming
    // back to it later is told apart from the last visitor's unkeyed pages.
    else if (freshEntry) void navigate(location, { replace: true, state: location.state });
  }, [allowed, resetting, freshEntry, location, navigate]);

  const startOver = () => {
    setResetFrom(location.key); // blank at once, so no page of the last visitor renders again
    setGeneration((g) => g + 1);
    setLink(undefined);
    clearVisitorData(queryClient);
    void showLang(KIOSK_LANG).catch(() => undefined); // the clinic's language (the visitor's choice is cleared)
    const state: KioskResetState = { kioskReset: true };
    void navigate(KIOSK_PATH, { replace: true, state });
    window.scrollTo(0, 0);
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  };
  const idle = useIdle({ ...KIOSK_CONFIG, onExpire: startOver }); // asleep after expiring
  const startOverNow = () => {
    idle.sleep(); // until the next visitor touches the screen
    startOver();
  };

  const showLink = useEffectEvent((href: string, text: string) => setLink({ href, text }));
  const goInApp = useEffectEvent((to: string) => void navigate(to));
  useEffect(() => installLinkGuard({ onExternal: (href, text) => showLink(href, text), onInternal: (to) => goInApp(to) }), []);
  useEffect(() => installAutofillGuard(), []);

  const policy = useMemo<LinkPolicy>(() => ({ showInstead: (href, text) => setLink({ href, text }) }), []);
  const controls: KioskControls = { startOver: startOverNow, savedList };

  const view: KioskView = {
    on: true,
    blank: !allowed || resetting,
    generation,
    headerActions: (
      <div key={generation} className="flex flex-wrap gap-2">
        <TakeItWithYou />
        <StartOverButton onStartOver={startOverNow} />
      </div>
    ),
  };

  return (
    <KioskContext value={controls}>
      <LinkPolicyContext value={policy}>
        {/* Nothing of the visitor goes to the clipboard or a share sheet: "Take it with you" instead. */}
        <CopyAndShareContext value={false}>
          {children(view)}
          {link && <LinkQrDialog target={link} onClose={() => setLink(undefined)} />}
          {idle.state.warning && <IdleDialog secondsLeft={idle.state.secondsLeft} onStillHere={idle.stillHere} />}
        </CopyAndShareContext>
      </LinkPolicyContext>
    </KioskContext>
  );
}
