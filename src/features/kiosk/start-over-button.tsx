import { useRef, useState } from "react";
import { buttonClass } from "../../components/ui/button";
import { KioskDialog } from "./kiosk-dialog";

/** "Start over" in the header: asks, then forgets everything (the next visitor starts clean). */
export function StartOverButton({ onStartOver }: { onStartOver: () => void }) {
  const [asking, setAsking] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button type="button" aria-haspopup="dialog" className={buttonClass.secondary} onClick={() => setAsking(true)}>
        Start over
      </button>
      {asking && (
        <KioskDialog
          title="Start over?"
          initialFocus={cancel}
          onDismiss={() => setAsking(false)}
          description={<p>This clears everything on this screen: your searches, the studies you looked at and the ones you saved.</p>}
        >
          <div className="flex flex-wrap gap-3">
            <button type="button" className={buttonClass.primary} onClick={onStartOver}>
              Yes, start over
            </button>
            <button ref={cancel} type="button" className={buttonClass.secondary} onClick={() => setAsking(false)}>
              Cancel
            </button>
          </div>
        </KioskDialog>
      )}
    </>
  );
}
