import { useEffect, useRef } from "react";
import { t, plural } from "@lingui/core/macro";
import { buttonClass } from "../../components/ui/button";
import { PartFailed } from "../../components/part-failed";
import { formatCount } from "../../lib/format-count";
import { preloadable, useLoadedPart } from "../../lib/preloadable";
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

  const shown = formatCount(loaded);
  const count = formatCount(total);
  const pageSize = PAGE_SIZE;
  return (
    <div ref={sentinel} className="space-y-3 pt-2">
      <p className="text-muted">
        {hasNextPage
          ? plural(total, { one: `Showing ${shown} of ${count} study.`, other: `Showing ${shown} of ${count} studies.` })
          : plural(loaded, { one: `That is all ${shown} study.`, other: `That is all ${shown} studies.` })}
      </p>
      {failed !== undefined ? (
        <MoreFailed failed={failed} onRetry={onLoadMoreClick} />
      ) : (
        hasNextPage && (
          // aria-disabled, not disabled: a disabled button loses focus, which would drop to the document.
          <button type="button" className={`${buttonClass.secondary} aria-disabled:opacity-60`} onClick={onLoadMoreClick} aria-disabled={loading || undefined}>
            {loading ? t`Loading more…` : t`Load ${pageSize} more`}
          </button>
        )
      )}
    </div>
  );
}

// Why a further page failed loads only then (most lists never see it). If that cannot load either, the
// connection is gone: the plain retry stands in.
const failedPart = preloadable(() => import("./failed-reason"));

function MoreFailed({ failed, onRetry }: { failed: unknown; onRetry: () => void }) {
  const code = useLoadedPart(failedPart, true);
  if (code.part) return <code.part.MoreResultsFailed failed={failed} onRetry={onRetry} />;
  if (!code.failed) return null;
  return (
    <PartFailed
      onRetry={() => {
        code.retry();
        onRetry();
      }}
    />
  );
}
