import { useRef, useState } from "react";
import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { buttonClass } from "../../components/ui/button";
import { KioskDialog } from "./kiosk-dialog";

/** "Start over" in the header: asks, then forgets everything (the next visitor starts clean). */
export function StartOverButton({ onStartOver }: { onStartOver: () => void }) {
  const [asking, setAsking] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button type="button" aria-haspopup="dialog" className={buttonClass.secondary} onClick={() => setAsking(true)}>
        <Trans>Start over</Trans>
      </button>
      {asking && (
        <KioskDialog
          title={t`Start over?`}
          initialFocus={cancel}
          onDismiss={() => setAsking(false)}
          description={
            <p>
              <Trans>This clears everything on this screen: your searches, the studies you looked at and the ones you saved.</Trans>
            </p>
          }
        >
          <div className="flex flex-wrap gap-3">
            <button type="button" className={buttonClass.primary} onClick={onStartOver}>
              <Trans>Yes, start over</Trans>
            </button>
            <button ref={cancel} type="button" className={buttonClass.secondary} onClick={() => setAsking(false)}>
              <Trans>Cancel</Trans>
            </button>
          </div>
        </KioskDialog>
      )}
    </>
  );
}
