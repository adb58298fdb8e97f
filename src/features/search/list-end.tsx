import { useEffect, useRef } from "react";
import { buttonClass } from "../../components/ui/button";
import { Callout } from "../../components/ui/callout";
import { formatCount, plural } from "../../lib/format-count";
import { failedReason } from "./failed-reason";
import { PAGE_SIZE } from "./to-api-params";

/** Start loading the next page when the end of the list is this close to the viewport. */
const AUTO_LOAD_MARGIN = "1200px 0px";

/** Under the list: how many are shown, and the next page (loaded on its own as the end nears, or by a press). */
export function ListEnd({
  loaded,
  total,
  hasNextPage,
  loading,
  failed,
  pages,
  autoLoad,
  onLoadMore,
  onLoadMoreClick,
}: {
  loaded: number;
  total: number;
  hasNextPage: boolean;
  loading: boolean;
  failed: unknown;
  pages: number;
  autoLoad: boolean;
  onLoadMore: () => void;
  /** A press of the button (or Try again): the first new result gets focus. */
  onLoadMoreClick: () => void;
}) {
  const sentinel = useRef<HTMLDivElement>(null);
  const canAutoLoad = autoLoad && hasNextPage && !loading && failed === undefined;
  // A new observer after every page: if the end is still in view (short cards, an empty page that
  // carried a token), its first callback loads the next page too.
  useEffect(() => {
    const target = sentinel.current;
    if (!canAutoLoad || !target || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) onLoadMore();
    }, { rootMargin: AUTO_LOAD_MARGIN });
    observer.observe(target);
    return () => observer.disconnect();
  }, [canAutoLoad, pages, onLoadMore]);

  return (
    <div ref={sentinel} className="space-y-3 pt-2">
      <p className="text-muted">
        {hasNextPage
          ? `Showing ${formatCount(loaded)} of ${plural(total, "study", "studies")}.`
          : `That is all ${plural(loaded, "study", "studies")}.`}
      </p>
      {failed !== undefined ? (
        <Callout tone="warn" role="alert" title="More results could not be loaded" headingLevel={3}>
          <p>The studies above are still here. {failedReason(failed)}</p>
          <button type="button" className={buttonClass.primary} onClick={onLoadMoreClick}>
            Try again
          </button>
        </Callout>
      ) : (
        hasNextPage && (
          // aria-disabled, not disabled: a disabled button loses focus, which would drop to the document.
          <button type="button" className={`${buttonClass.secondary} aria-disabled:opacity-60`} onClick={onLoadMoreClick} aria-disabled={loading || undefined}>
            {loading ? "Loading more…" : `Load ${PAGE_SIZE} more`}
          </button>
        )
      )}
    </div>
  );
}
