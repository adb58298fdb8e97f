import { useEffect, useRef, useState } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { plural, t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { Link } from "../../components/app-link";
import { useCopyAndShare } from "../../components/share-policy";
import { Callout } from "../../components/ui/callout";
import { buttonClass } from "../../components/ui/button";
import { RegistryErrorMessage } from "../../components/registry-error-message";
import { StillTrying } from "../../components/still-trying";
import { CopyLink } from "../../components/copy-link";
import { listPath, MAX_LIST_IDS } from "./list-url";
import { publicUrl } from "../../lib/public-url";
import { NoteLinkForm } from "./note-link-form";
import { RemoveAll } from "./remove-all";
import { SavedItemCard } from "./saved-item";
import { acknowledgeNotice, removeAll, removeStudy, useSaved, type SavedItem, type StoreNotice } from "./saved-store";
import { findStudy, studiesByIdsQuery } from "./shortlist-query";
import { formatCount } from "../../lib/format-count";

/** /saved: the studies saved in this browser, what changed since, and links to share them. */
export function SavedPage() {
  const { items, notice } = useSaved();
  const shownNotice = useNoticeOnce(notice);
  const [dismissed, setDismissed] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const [removeProblem, setRemoveProblem] = useState<{ text: string; attempt: number }>();
  const pageHeading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const client = useQueryClient();
  const copyAndShare = useCopyAndShare(); // off in kiosk mode: the list and notes stay off the clipboard
  const ids = items.map((item) => item.nctId);
  const sharedIds = ids.slice(0, MAX_LIST_IDS); // newest first, so a long list shares the latest
  const query = useQuery({ ...studiesByIdsQuery("list", ids, client), enabled: ids.length > 0 });

  // Storage can refuse a write (blocked, full): then nothing was removed, and the page must not say it was.
  const removeFailed = (text: string) => {
    setAnnouncement("");
    setRemoveProblem((last) => ({ text, attempt: (last?.attempt ?? 0) + 1 }));
  };
  const removed = (text: string) => {
    setRemoveProblem(undefined);
    setAnnouncement(text);
  };
  const remove = (item: SavedItem, title: string) => {
    if (!removeStudy(item.nctId)) {
      return removeFailed(t`${title} could not be removed: this browser is not letting the site store anything, so your list stays as it was.`);
    }
    removed(t`Removed ${title}`);
    focusAfterRemoval(item);
  };
  // Keyboard users carry on where the study was: the next one's Remove button, else the previous one's,
  // else (the list is gone) the page's heading. Those buttons stay in the DOM, so they can take focus now.
  const focusAfterRemoval = (item: SavedItem) => {
    const at = ids.indexOf(item.nctId);
    const neighbour = ids[at + 1] ?? ids[at - 1];
    const button = neighbour && list.current?.querySelector<HTMLElement>(`[data-remove-for="${neighbour}"]`);
    if (button) button.focus();
    else pageHeading.current?.focus();
  };

  const count = items.length;
  return (
    <div className="space-y-6">
      <title>{t`Saved studies | Trial Finder`}</title>
      <meta name="description" content={t`The clinical trials you saved, kept in this browser only, with what changed since you saved them.`} />
      <h1 ref={pageHeading} tabIndex={-1} className="text-3xl font-bold">
        <Trans>Saved studies</Trans>
      </h1>
      {shownNotice && !dismissed && <NoticeCallout notice={shownNotice} onDismiss={() => setDismissed(true)} />}
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {items.length === 0 ? (
        <EmptyState />
      ) : (
        <>
          <p className="max-w-prose text-muted">
            <Trans>Kept in this browser only, on this device. Nothing is sent anywhere until you share a link.</Trans>
          </p>
          <section aria-labelledby="saved-list-title" className="space-y-3">
            <div className="flex flex-wrap items-center justify-between gap-3">
              <h2 id="saved-list-title" className="text-xl font-bold">
                <Trans>Your studies ({count})</Trans>
              </h2>
              <RemoveAll
                count={count}
                onConfirm={() => {
                  if (!removeAll()) {
                    return removeFailed(
                      t`Your saved studies could not be removed: this browser is not letting the site store anything, so your list stays as it was.`,
                    );
                  }
                  removed(t`Removed all saved studies`);
                  pageHeading.current?.focus(); // the list and its buttons are gone
                }}
              />
            </div>
            {removeProblem && (
              <p key={removeProblem.attempt} role="alert" className="font-semibold text-danger-ink">
                {removeProblem.text}
              </p>
            )}
            <StillTrying active={query.isFetching} />
            {query.isError && (
              <RegistryErrorMessage error={query.error} onRetry={() => void query.refetch()} />
            )}
            <ul ref={list} className="space-y-3">
              {items.map((item) => (
                <li key={item.nctId}>
                  <SavedItemCard
                    item={item}
                    study={findStudy(query.data, item.nctId)}
                    check={query.status}
                    onRemove={remove}
                  />
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="saved-share-title" className="space-y-3">
            <h2 id="saved-share-title" className="text-xl font-bold">
              <Trans>Share or print</Trans>
            </h2>
            <p className="max-w-prose">
              {copyAndShare
                ? t`A link to a read-only copy of this list, to send to your doctor or print.`
                : t`A read-only copy of this list, with a code to scan with your phone, and a print view.`}{" "}
              <Trans>It holds only the study numbers.</Trans>
              {ids.length > MAX_LIST_IDS && ` ${t`A shared list holds at most ${MAX_LIST_IDS} studies: the link has the ${MAX_LIST_IDS} you saved last.`}`}
            </p>
            <p>
              <Link to={listPath({ ids: sharedIds })} className="inline-flex min-h-target items-center">
                <Trans>Share this list</Trans>
              </Link>
            </p>
            {copyAndShare && (
              <>
                <CopyLink url={publicUrl(listPath({ ids: sharedIds }))} label={t`Copy link to this list`} fieldLabel={t`Link to this list`} />
                <h3 className="text-lg font-semibold">
                  <Trans>Create a link with a note</Trans>
                </h3>
                <NoteLinkForm ids={sharedIds} />
              </>
            )}
          </section>
        </>
      )}
    </div>
  );
}

/**
 * The store's notice, kept for this visit of the page once seen, and acknowledged in the store so
 * it is not given again on the next visit.
 */
function useNoticeOnce(notice: StoreNotice | undefined): StoreNotice | undefined {
  const [shown, setShown] = useState<StoreNotice>();
  if (notice && notice !== shown) setShown(notice);
  useEffect(() => {
    if (notice) acknowledgeNotice();
  }, [notice]);
  return notice ?? shown;
}

function NoticeCallout({ notice, onDismiss }: { notice: StoreNotice; onDismiss: () => void }) {
  const lost = notice.kind === "dropped" ? notice.count : 0;
  const count = formatCount(lost);
  const text =
    notice.kind === "cleared"
      ? t`Your saved list could not be read and was cleared`
      : plural(lost, {
          one: `${count} saved study could not be read and was removed`,
          other: `${count} saved studies could not be read and were removed`,
        });
  return (
    <Callout tone="warn" role="status" title={text}>
      <p>
        <Trans>
          The list stored in this browser was damaged or from an older version of this site. Sorry: please save the studies
          again.
        </Trans>
      </p>
      <button type="button" className={buttonClass.secondary} onClick={onDismiss}>
        <Trans>Dismiss</Trans>
      </button>
    </Callout>
  );
}

function EmptyState() {
  return (
    <div className="max-w-prose space-y-3">
      <p className="text-lg">
        <Trans>You have not saved any studies yet.</Trans>
      </p>
      <p>
        <Trans>
          Press <strong>Save</strong> on a search result or on a study&apos;s page to keep it here. Your list stays in this
          browser, on this device, and this page shows what changed in each study since you saved it.
        </Trans>
      </p>
      <p>
        <Link to="/">
          <Trans>Search for studies</Trans>
        </Link>
      </p>
    </div>
  );
}
