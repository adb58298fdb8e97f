import { useRef } from "react";
import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { LazyQrCode } from "../../components/qr/lazy-qr-code";
import { buttonClass } from "../../components/ui/button";
import { KioskDialog } from "./kiosk-dialog";

export type LinkTarget = { href: string; text: string };

/** A link that would leave the kiosk, as a QR code for the visitor's own phone. */
export function LinkQrDialog({ target, onClose }: { target: LinkTarget; onClose: () => void }) {
  const close = useRef<HTMLButtonElement>(null);
  const { href, text } = target;
  const how = href.startsWith("tel:")
    ? t`This screen can’t leave the app. Point your phone’s camera at the code to call this number on your phone.`
    : href.startsWith("mailto:")
      ? t`This screen can’t leave the app. Point your phone’s camera at the code to write this email on your phone.`
      : t`This screen can’t leave the app. Point your phone’s camera at the code to open this on your phone.`;
  return (
    <KioskDialog
      title={t`Scan to open this on your phone`}
      initialFocus={close}
      onDismiss={onClose}
      description={
        <>
          <p className="font-semibold wrap-anywhere">{text}</p>
          <p>{how}</p>
        </>
      }
    >
      <div className="flex justify-center">
        <LazyQrCode value={href} label={t`QR code for ${text}`} size={240} />
      </div>
      <button ref={close} type="button" onClick={onClose} className={`${buttonClass.secondary} w-full`}>
        <Trans>Close</Trans>
      </button>
    </KioskDialog>
  );
}
