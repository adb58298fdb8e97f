import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { useCopyAndShare } from "../../components/share-policy";
import { buttonClass } from "../../components/ui/button";
import { LazyQrCode } from "../../components/qr/lazy-qr-code";
import { CopyLink } from "../../components/copy-link";

/**
 * Longest URL put in a QR code: version 40 at level M holds 2,331 bytes, and qrcode.react throws beyond
 * that. A long note in a non-Latin script can get there (each character becomes up to 9 in the URL).
 */
const MAX_QR_URL = 2_300;

/**
 * Copy link, Share… (only with the Web Share API), Print this list, and the list's QR code. Where the
 * share policy forbids copying and sharing (kiosk mode), Print and the QR code only.
 */
export function ListShare({ url, onPrint, printing }: { url: string; onPrint: () => void; printing: boolean }) {
  const copyAndShare = useCopyAndShare();
  const canShare = copyAndShare && typeof navigator !== "undefined" && typeof navigator.share === "function";
  const share = async () => {
    try {
      await navigator.share({ title: t`Shortlist of clinical trials`, url });
    } catch {
      // Closed by the person, or refused: Copy link sits beside it.
    }
  };
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start gap-2">
        {copyAndShare && <CopyLink url={url} label={t`Copy link`} fieldLabel={t`Link to this list`} />}
        {canShare && (
          <button type="button" className={buttonClass.secondary} onClick={() => void share()}>
            <Trans>Share…</Trans>
          </button>
        )}
        <button type="button" className={buttonClass.secondary} onClick={onPrint} aria-disabled={printing}>
          {printing ? t`Preparing the print view…` : t`Print this list`}
        </button>
      </div>
      {url.length <= MAX_QR_URL ? (
        <LazyQrCode value={url} label={t`QR code of this list's address`} />
      ) : (
        <p className="max-w-prose text-muted">
          {copyAndShare
            ? t`This list's address is too long for a QR code: use Copy link instead.`
            : t`This list's address is too long for a QR code.`}
        </p>
      )}
    </div>
  );
}
