import { useRef, useState } from "react";
import { t } from "@lingui/core/macro";
import { Plural, Trans } from "@lingui/react/macro";
import { LazyQrCode } from "../../components/qr/lazy-qr-code";
import { buttonClass } from "../../components/ui/button";
import { useKioskControls } from "./kiosk-context";
import { KioskDialog } from "./kiosk-dialog";
import type { SavedList } from "./kiosk-context";
import { publicUrl } from "../../lib/public-url";
import { formatCount } from "../../lib/format-count";

/** "Take it with you": the saved studies as a QR code of their /list link, for the visitor's phone. */
export function TakeItWithYou({ prominent = false }: { prominent?: boolean }) {
  const kiosk = useKioskControls();
  const [list, setList] = useState<SavedList>();
  const close = useRef<HTMLButtonElement>(null);
  if (!kiosk) return null;
  const saved = list?.count ?? 0;
  const count = formatCount(saved);
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        className={prominent ? `${buttonClass.primary} text-lg` : buttonClass.secondary}
        onClick={() => setList(kiosk.savedList())}
      >
        <Trans>Take it with you</Trans>
      </button>
      {list && (
        <KioskDialog
          title={t`Take your list with you`}
          initialFocus={close}
          onDismiss={() => setList(undefined)}
          description={
            saved > 0 ? (
              <p>
                <Plural
                  value={saved}
                  one="Point your phone’s camera at the code to open the study you saved. The list is only in the link: nothing is kept on a server, and this screen forgets it when you leave."
                  other={`Point your phone’s camera at the code to open the ${count} studies you saved. The list is only in the link: nothing is kept on a server, and this screen forgets it when you leave.`}
                />
              </p>
            ) : (
              <p>
                <Trans>
                  You have not saved any studies yet. Save the ones you are interested in, then come back here for a code
                  to scan with your phone.
                </Trans>
              </p>
            )
          }
        >
          {list.count > 0 && (
            <div className="flex justify-center">
              <LazyQrCode value={publicUrl(list.path)} label={t`QR code of your saved studies`} size={240} />
            </div>
          )}
          <button ref={close} type="button" onClick={() => setList(undefined)} className={`${buttonClass.secondary} w-full`}>
            <Trans>Close</Trans>
          </button>
        </KioskDialog>
      )}
    </>
  );
}
