import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from "react";
import { t, plural } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import type { Study } from "../../api/types";
import { RegistryErrorMessage } from "../../components/registry-error-message";
import { StillTrying } from "../../components/still-trying";
import { buttonClass } from "../../components/ui/button";
import { AlsoTry, preloadAlsoTry } from "./also-try";
import { LazySearchMap, preloadMap } from "./lazy-search-map";
import { ListEnd } from "./list-end";
import { NearCodeFailed } from "./near-code-failed";
import { NoResultsBox } from "./no-results-box";
import { ResultList } from "./result-list";
import { nctIdOf } from "./result-list-props";
import { ResultsSkeleton } from "./results-skeleton";
import type { Search } from "./search-types";
import { serializeSearch } from "./search-url";
import { SortSelect } from "./sort-select";
import { StatusScope } from "./status-scope";
import { serializeNear } from "../../lib/geo/near";
import { useSettledAnnouncement } from "./use-settled-announcement";
import { useFocusNewResult } from "./use-focus-new-result";
import { useStudySearch } from "./use-study-search";
import { formatCount } from "../../lib/format-count";
import { showAllStudies } from "./about-you-search";

/** Automatic loading pauses after this many empty pages in a row (a page can be empty yet carry a token). */
const MAX_EMPTY_RUN = 3;

/** A search's results as useStudySearch gets them: the count, the list, its end, and what to say when there are none. */
export function SearchResults({
  search,
  sent = search,
  onSearchChange,
  renderActions,
  focusRequest = 0,
  typingKey,
}: {
  /** The search at the address: what the page's links and controls change. */
  search: Search;
  /** The search as it is sent: with what About you adds (about-you-search.ts). */
  sent?: Search;
  onSearchChange: (next: Search) => void;
  renderActions?: (study: Study) => ReactNode;
  /** Raised on every submit: the heading with the count gets focus (and comes into view on a phone) once results are in. */
  focusRequest?: number;
  /** Changes with every keystroke in the form; undefined when the last change was not typing. */
  typingKey?: string;
}) {
  const found = useStudySearch(sent);
  useEffect(() => preloadAlsoTry(search), [search]);
  const { query, origin, studies, total, stale, nearby } = found;
  const nearCode = found.near.part;
  const headingId = useId();
  const [showMap, setShowMap] = useState(false);
  const focused = useRef(0);
  useEffect(() => {
    if (!found.ready || focusRequest === focused.current) return;
    focused.current = focusRequest;
    const heading = document.getElementById(headingId);
    heading?.focus();
    heading?.scrollIntoView?.({ block: "start" });
  }, [found.ready, focusRequest, headingId]);

  const resultIds = useMemo(() => studies.map(nctIdOf), [studies]);
  const resultsRef = useRef<HTMLDivElement>(null);
  const rememberLoaded = useFocusNewResult(resultIds, useCallback(() => resultsRef.current, []));

  const count = formatCount(total);
  const loadedCount = studies.length;
  const shown = formatCount(loadedCount);
  // Only what has settled: nothing while a search or a page loads.
  const settled = origin.state === "not-found"
    ? t`That place could not be found.`
    : query.isPending || found.nearWaiting
      ? undefined
      : found.failedFirst
        ? t`The search could not be completed.`
        : !found.ready
          ? undefined
          : total === 0
          ? t`No studies match this search.`
          : studies.length < total
            ? plural(total, { one: `${count} study found. Showing ${shown}.`, other: `${count} studies found. Showing ${shown}.` })
            : plural(total, { one: `${count} study found.`, other: `${count} studies found.` });
  const announcement = useSettledAnnouncement(settled, typingKey);
  const place = search.near && serializeNear(search.near);

  return (
    <section aria-labelledby={headingId} className="space-y-4">
      <p role="status" className="sr-only">
        {announcement}
      </p>
      <StillTrying active={query.isFetching || origin.state === "finding"} />
      {found.nearWaiting && found.near.failed ? (
        <NearCodeFailed headingId={headingId} onRetry={found.near.retry} onWithout={() => onSearchChange({ ...search, near: undefined, radius: undefined, sort: undefined })} />
      ) : nearCode && (origin.state === "not-found" || origin.state === "failed") ? (
        <nearCode.PlaceProblem headingId={headingId} search={search} origin={origin} onSearchChange={onSearchChange} />
      ) : query.isPending || found.nearWaiting ? (
        <ResultsSkeleton headingId={headingId} title={origin.state === "finding" && place ? t`Finding ${place}…` : t`Searching…`} />
      ) : found.failedFirst ? (
        <>
          <h2 id={headingId} tabIndex={-1} className="sr-only">
            <Trans>Results</Trans>
          </h2>
          <RegistryErrorMessage error={query.error} onRetry={() => void query.refetch()} headingLevel={2} />
        </>
      ) : (
        <div aria-busy={stale || undefined} className={stale ? "opacity-50 transition-opacity" : undefined}>
          <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
            <h2 id={headingId} tabIndex={-1} className="text-2xl font-bold focus:outline-none">
              {total === 0 ? t`No studies` : plural(total, { one: `${count} study`, other: `${count} studies` })}
              {stale && (
                <span className="ml-2 text-base font-normal text-muted">
                  <Trans>Updating…</Trans>
                </span>
              )}
            </h2>
            {total > 0 && (
              <div className="flex min-w-0 max-w-full flex-wrap items-center gap-3">
                <button
                  type="button"
                  aria-pressed={showMap}
                  className={`${buttonClass.secondary} aria-pressed:bg-brand aria-pressed:text-white`}
                  onClick={() => setShowMap((shown) => !shown)}
                  onPointerEnter={preloadMap}
                  onFocus={preloadMap}
                >
                  <Trans>Map of sites</Trans>
                </button>
                <SortSelect search={search} onSearchChange={onSearchChange} />
              </div>
            )}
          </div>
          <StatusScope search={search} onSearchChange={onSearchChange} />
          {found.byDistance && studies.length > 0 && nearCode && <nearCode.SortedByDistance loaded={loadedCount} more={query.hasNextPage} />}
          {total === 0 && studies.length === 0 ? (
            <NoResultsBox
              search={search}
              origin={found.point}
              onShowAll={() => {
                // The box goes once studies come: the heading above it stays, and takes the focus.
                document.getElementById(headingId)?.focus();
                showAllStudies.set(true);
              }}
            />
          ) : (
            <>
              <AlsoTry search={search} />
              {showMap && <LazySearchMap studies={studies} />}
              <div ref={resultsRef}>
                <ResultList
                  studies={studies}
                  total={Math.max(total, studies.length)}
                  cacheKey={serializeSearch(sent).toString()}
                  renderActions={renderActions}
                  nearby={nearby ? (id) => nearby.get(id)?.lines : undefined}
                  origin={found.point}
                />
              </div>
              <ListEnd
                loaded={studies.length}
                total={total}
                hasNextPage={query.hasNextPage}
                loading={query.isFetchingNextPage}
                failed={query.isFetchNextPageError ? query.error : undefined}
                pages={found.pages}
                autoLoad={found.emptyRun < MAX_EMPTY_RUN}
                onLoadMore={found.loadMore}
                onLoadMoreClick={() => {
                  rememberLoaded();
                  found.loadMore();
                }}
              />
            </>
          )}
        </div>
      )}
    </section>
  );
}
