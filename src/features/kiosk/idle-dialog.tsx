import { useRef } from "react";
import { buttonClass } from "../../components/ui/button";
import { KioskDialog } from "./kiosk-dialog";

/**
 * "Are you still there?" with the seconds left. Any click in it (or on its backdrop), a key or the
 * wheel also continues: the kiosk listens for those itself.
 */
export function IdleDialog({ secondsLeft, onStillHere }: { secondsLeft: number; onStillHere: () => void }) {
  const button = useRef<HTMLButtonElement>(null);
  return (
    <KioskDialog
      alert
      title="Are you still there?"
      initialFocus={button}
      onDismiss={onStillHere}
      description={
        <p>
          For the next person&rsquo;s privacy, this screen will start over and forget what you looked at in{" "}
          {/* role=timer is not announced every second; the sentence is read once when the dialog opens. */}
          <strong role="timer" className="tabular-nums">
            {secondsLeft} {secondsLeft === 1 ? "second" : "seconds"}
          </strong>
          .
        </p>
      }
    >
      <button ref={button} type="button" onClick={onStillHere} className={`${buttonClass.primary} w-full py-4 text-xl`}>
        I&rsquo;m still here
      </button>
    </KioskDialog>
  );
}
