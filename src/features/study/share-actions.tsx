import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { useCopyLink } from "../../components/copy-link";
import { useCopyAndShare } from "../../components/share-policy";
import { buttonClass } from "../../components/ui/button";
import { printWhenReady } from "./use-print-expand";

/**
 * Copy link, Share… (only where the browser has the Web Share API) and Print. Where the share policy
 * forbids copying and sharing (kiosk mode), Print only.
 */
export function ShareActions({ title, url }: { title: string; url: string }) {
  const copyAndShare = useCopyAndShare();
  const canShare = copyAndShare && typeof navigator !== "undefined" && typeof navigator.share === "function";
  const { copy, status, field } = useCopyLink(url, t`Link to this study`);

  const share = async () => {
    try {
      await navigator.share({ title, url });
    } catch (error) {
      if (error instanceof DOMException && error.name === "AbortError") return; // the person closed the sheet
      await copy();
    }
  };

  return (
    <div className="space-y-2 print:hidden">
      <div className="flex flex-wrap items-center gap-2">
        {copyAndShare && (
          <button type="button" className={buttonClass.secondary} onClick={() => void copy()}>
            <Trans>Copy link</Trans>
          </button>
        )}
        {canShare && (
          <button type="button" className={buttonClass.secondary} onClick={() => void share()}>
            <Trans>Share…</Trans>
          </button>
        )}
        <button type="button" className={buttonClass.secondary} onClick={() => void printWhenReady()}>
          <Trans>Print</Trans>
        </button>
        {status}
      </div>
      {field}
    </div>
  );
}
