import { useRef } from "react";
import { LazyQrCode } from "../../components/qr/lazy-qr-code";
import { buttonClass } from "../../components/ui/button";
import { KioskDialog } from "./kiosk-dialog";

export type LinkTarget = { href: string; text: string };

/** A link that would leave the kiosk, as a QR code for the visitor's own phone. */
export function LinkQrDialog({ target, onClose }: { target: LinkTarget; onClose: () => void }) {
  const close = useRef<HTMLButtonElement>(null);
  const what = target.href.startsWith("tel:") ? "call this number" : target.href.startsWith("mailto:") ? "write this email" : "open this";
  return (
    <KioskDialog
      title="Scan to open this on your phone"
      initialFocus={close}
      onDismiss={onClose}
      description={
        <>
          <p className="font-semibold wrap-anywhere">{target.text}</p>
          <p>This screen can&rsquo;t leave the app. Point your phone&rsquo;s camera at the code to {what} on your phone.</p>
        </>
      }
    >
      <div className="flex justify-center">
        <LazyQrCode value={target.href} label={`QR code for ${target.text}`} size={240} />
      </div>
      <button ref={close} type="button" onClick={onClose} className={`${buttonClass.secondary} w-full`}>
        Close
      </button>
    </KioskDialog>
  );
}
