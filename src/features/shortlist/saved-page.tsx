import { useEffect, useRef, useState } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
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

const STORAGE_REFUSED = "this browser is not letting the site store anything, so your list stays as it was.";

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
  const removeFailed = (what: string) => {
    setAnnouncement("");
    setRemoveProblem((last) => ({ text: `${what} could not be removed: ${STORAGE_REFUSED}`, attempt: (last?.attempt ?? 0) + 1 }));
  };
  const removed = (text: string) => {
    setRemoveProblem(undefined);
    setAnnouncement(text);
  };
  const remove = (item: SavedItem, title: string) => {
    if (!removeStudy(item.nctId)) return removeFailed(title);
    removed(`Removed ${title}`);
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

  return (
    <div className="space-y-6">
      <title>Saved studies | Trial Finder</title>
      <meta name="description" content="The clinical trials you saved, kept in this browser only, with what changed since you saved them." />
      <h1 ref={pageHeading} tabIndex={-1} className="text-3xl font-bold">
        Saved studies
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
            Kept in this browser only, on this device. Nothing is sent anywhere until you share a link.
          </p>
          <section aria-labelledby="saved-list-title" className="space-y-3">
            <div className="flex flex-wrap items-center justify-between gap-3">
              <h2 id="saved-list-title" className="text-xl font-bold">
                Your studies ({items.length})
              </h2>
              <RemoveAll
                count={items.length}
                onConfirm={() => {
                  if (!removeAll()) return removeFailed("Your saved studies");
                  removed("Removed all saved studies");
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
              Share or print
            </h2>
            <p className="max-w-prose">
              {copyAndShare
                ? "A link to a read-only copy of this list, to send to your doctor or print."
                : "A read-only copy of this list, with a code to scan with your phone, and a print view."}{" "}
              It holds only the study numbers.
              {ids.length > MAX_LIST_IDS && ` A shared list holds at most ${MAX_LIST_IDS} studies: the link has the ${MAX_LIST_IDS} you saved last.`}
            </p>
            <p>
              <Link to={listPath({ ids: sharedIds })} className="inline-flex min-h-target items-center">
                Share this list
              </Link>
            </p>
            {copyAndShare && (
              <>
                <CopyLink url={publicUrl(listPath({ ids: sharedIds }))} label="Copy link to this list" fieldLabel="Link to this list" />
                <h3 className="text-lg font-semibold">Create a link with a note</h3>
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
  const text =
    notice.kind === "cleared"
      ? "Your saved list could not be read and was cleared"
      : `${notice.count === 1 ? "1 saved study" : `${notice.count} saved studies`} could not be read and ${notice.count === 1 ? "was" : "were"} removed`;
  return (
    <Callout tone="warn" role="status" title={text}>
      <p>The list stored in this browser was damaged or from an older version of this site. Sorry: please save the studies again.</p>
      <button type="button" className={buttonClass.secondary} onClick={onDismiss}>
        Dismiss
      </button>
    </Callout>
  );
}

function EmptyState() {
  return (
    <div className="max-w-prose space-y-3">
      <p className="text-lg">You have not saved any studies yet.</p>
      <p>
        Press <strong>Save</strong> on a search result or on a study&apos;s page to keep it here. Your list stays in this
        browser, on this device, and this page shows what changed in each study since you saved it.
      </p>
      <p>
        <Link to="/">Search for studies</Link>
      </p>
    </div>
  );
}
