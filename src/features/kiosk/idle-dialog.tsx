import { useRef } from "react";
import { t } from "@lingui/core/macro";
import { Plural, Trans } from "@lingui/react/macro";
import { buttonClass } from "../../components/ui/button";
import { KioskDialog } from "./kiosk-dialog";
import { formatCount } from "../../lib/format-count";

/**
 * "Are you still there?" with the seconds left. Any click in it (or on its backdrop), a key or the
 * wheel also continues: the kiosk listens for those itself.
 */
export function IdleDialog({ secondsLeft, onStillHere }: { secondsLeft: number; onStillHere: () => void }) {
  const button = useRef<HTMLButtonElement>(null);
  const count = formatCount(secondsLeft);
  return (
    <KioskDialog
      alert
      title={t`Are you still there?`}
      initialFocus={button}
      onDismiss={onStillHere}
      description={
        // role=timer is not announced every second; the sentence is read once when the dialog opens.
        <p>
          <Trans>
            For the next person&rsquo;s privacy, this screen will start over and forget what you looked at in{" "}
            <strong role="timer" className="tabular-nums">
              <Plural value={secondsLeft} one={`${count} second`} other={`${count} seconds`} />
            </strong>
            .
          </Trans>
        </p>
      }
    >
      <button ref={button} type="button" onClick={onStillHere} className={`${buttonClass.primary} w-full py-4 text-xl`}>
        <Trans>I&rsquo;m still here</Trans>
      </button>
    </KioskDialog>
  );
}
