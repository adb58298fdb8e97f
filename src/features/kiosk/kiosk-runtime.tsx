import { useEffect, useEffectEvent, useMemo, useState, type ReactNode } from "react";
import { useLocation, useNavigate, useNavigationType } from "react-router";
import { useQueryClient } from "@tanstack/react-query";
import { LinkPolicyContext, type LinkPolicy } from "../../components/link-policy";
import { clearVisitorData } from "./clear-visitor-data";
import { historyKeys, mayShow } from "./history-keys";
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

/**
 * Kiosk mode while it is on (a lazy chunk: other visitors never load it): no way out, the idle
 * warning and reset, and no Back into the last visitor's pages.
 */
export default function KioskRuntime({
  savedList,
  children,
}: {
  savedList: () => SavedList;
  children: (view: KioskView) => ReactNode;
}) {
  const location = useLocation();
  const navigationType = useNavigationType();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [generation, setGeneration] = useState(0);
  const [resetFrom, setResetFrom] = useState<string>();
  const [link, setLink] = useState<LinkTarget>();

  // The previous location's path, for in-page #links the browser follows itself (see mayShow).
  const path = location.pathname + location.search;
  const [shown, setShown] = useState({ key: location.key, path, previousPath: undefined as string | undefined });
  if (shown.key !== location.key) setShown({ key: location.key, path, previousPath: shown.path });
  const allowed = mayShow({ navigationType, key: location.key, path, previousPath: shown.previousPath, known: historyKeys.list() });

  useEffect(() => {
    if (allowed) historyKeys.add(location.key);
    else void navigate(KIOSK_PATH, { replace: true });
  }, [allowed, location.key, navigate]);

  const startOver = () => {
    setResetFrom(location.key); // blank at once, so no page of the last visitor renders again
    setGeneration((g) => g + 1);
    setLink(undefined);
    clearVisitorData(queryClient);
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

  const policy = useMemo<LinkPolicy>(() => ({ showInstead: (href, text) => setLink({ href, text }) }), []);
  const controls: KioskControls = { startOver: startOverNow, savedList };

  const view: KioskView = {
    on: true,
    blank: !allowed || resetFrom === location.key,
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
        {children(view)}
        {link && <LinkQrDialog target={link} onClose={() => setLink(undefined)} />}
        {idle.state.warning && <IdleDialog secondsLeft={idle.state.secondsLeft} onStillHere={idle.stillHere} />}
      </LinkPolicyContext>
    </KioskContext>
  );
}
