import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from "react";
import { Link } from "react-router";
import type { PagedStudies, Study } from "../../api/types";
import { isApiError } from "../../api/api-error";
import { RegistryErrorMessage } from "../../components/registry-error-message";
import { StillTrying } from "../../components/still-trying";
import { buttonClass } from "../../components/ui/button";
import { Callout } from "../../components/ui/callout";
import { SORT_LABEL } from "./filter-options";
import { medicalTermSearches } from "./lay-terms";
import { ResultList } from "./result-list";
import type { Search, SearchSort } from "./search-types";
import { effectiveSort, hasTextQuery, searchToPath, serializeSearch } from "./search-url";
import { PAGE_SIZE } from "./to-api-params";
import { resultsQuery } from "./results-query";
import { useOrigin } from "./use-origin";
import { DEFAULT_RADIUS, serializeNear } from "../../lib/geo/near";
import { useSettledAnnouncement } from "./use-settled-announcement";
import { useFocusNewResult } from "./use-focus-new-result";
import { preloadable, useLoadedPart } from "../../lib/preloadable";
import { formatCount } from "../../lib/format-count";

// The map of sites loads when it is asked for (a pointer on, or focus in, its button starts it).
const mapPart = preloadable(() => import("./search-map"));
const preloadMap = () => void mapPart.preload().catch(() => undefined); // shown when opened

// What a search with no results offers (spelling, medical words, wider searches) loads only then.
const noResultsPart = preloadable(() => import("./no-results"));

// What only a search near a place needs (distances, their order, a place not found) loads with its lookup.
const nearPart = preloadable(() => import("./near-results"));

/** Automatic loading pauses after this many empty pages in a row (a page can be empty yet carry a token). */
const MAX_EMPTY_RUN = 3;

/** Start loading the next page when the end of the list is this close to the viewport. */
const AUTO_LOAD_MARGIN = "1200px 0px";

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** Every study once, in the order the pages gave them (a record edited mid-walk can move between pages). */
export function uniqueStudies(pages: readonly PagedStudies[] | undefined): Study[] {
  const seen = new Set<string>();
  const out: Study[] = [];
  for (const page of pages ?? []) {
    for (const study of page.studies ?? []) {
      const id = study.protocolSection?.identificationModule?.nctId;
      if (id === undefined || seen.has(id)) continue;
      seen.add(id);
      out.push(study);
    }
  }
  return out;
}

export function SearchResults({
  search,
  onSearchChange,
  renderActions,
  focusRequest = 0,
  typingKey,
}: {
  search: Search;
  onSearchChange: (next: Search) => void;
  renderActions?: (study: Study) => ReactNode;
  /** Raised on every submit: the heading with the count gets focus (and comes into view on a phone) once results are in. */
  focusRequest?: number;
  /** Changes with every keystroke in the form; undefined when the last change was not typing. */
  typingKey?: string;
}) {
  const origin = useOrigin(search.near);
  const near = useLoadedPart(nearPart, search.near !== undefined);
  const nearCode = near.part;
  const point = origin.state === "found" ? origin.point : undefined;
  const options = useMemo(() => resultsQuery(search, point), [search, point]);
  const query = useInfiniteQuery({
    ...options,
    placeholderData: keepPreviousData,
    // A search near a ZIP or a place waits until the place is found.
    enabled: !search.near || point !== undefined,
  });
  const { data, hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = query;
  const loaded = useMemo(() => uniqueStudies(data?.pages), [data]);
  const radius = search.radius ?? DEFAULT_RADIUS;
  const nearby = useMemo(() => (point && nearCode ? nearCode.nearbyStudies(loaded, point, radius) : undefined), [loaded, point, radius, nearCode]);
  const byDistance = search.sort === "nearest" && nearby !== undefined;
  const studies = useMemo(() => (byDistance && nearCode && nearby ? nearCode.byDistance(loaded, nearby) : loaded), [byDistance, loaded, nearby, nearCode]);
  // A search near a place shows its results with their distances, so it waits for that code too.
  const nearWaiting = search.near !== undefined && !nearCode;
  const total = data?.pages[0]?.totalCount ?? studies.length;
  const stale = query.isPlaceholderData;
  const failedFirst = query.isError && data === undefined;
  const emptyRun = trailingEmptyPages(data?.pages);
  const headingId = useId();
  const [showMap, setShowMap] = useState(false);
  const ready = !query.isPending && !stale && !query.isFetching;
  const focused = useRef(0);
  useEffect(() => {
    if (!ready || focusRequest === focused.current) return;
    focused.current = focusRequest;
    const heading = document.getElementById(headingId);
    heading?.focus();
    heading?.scrollIntoView?.({ block: "start" });
  }, [ready, focusRequest, headingId]);

  const loadMore = () => {
    // One page at a time: a click during a fetch, or a second observer callback, must not skip a page.
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage({ cancelRefetch: false });
  };

  const resultIds = useMemo(() => studies.map((study) => study.protocolSection?.identificationModule?.nctId ?? ""), [studies]);
  const resultsRef = useRef<HTMLDivElement>(null);
  const rememberLoaded = useFocusNewResult(resultIds, useCallback(() => resultsRef.current, []));

  // Only what has settled: nothing while a search or a page loads.
  const settled = origin.state === "not-found"
    ? "That place could not be found."
    : query.isPending || nearWaiting
      ? undefined
      : failedFirst
        ? "The search could not be completed."
        : !ready
          ? undefined
          : total === 0
          ? "No studies match this search."
          : studies.length < total
            ? `${plural(total, "study", "studies")} found. Showing ${formatCount(studies.length)}.`
            : `${plural(total, "study", "studies")} found.`;
  const announcement = useSettledAnnouncement(settled, typingKey);

  return (
    <section aria-labelledby={headingId} className="space-y-4">
      <p role="status" className="sr-only">
        {announcement}
      </p>
      <StillTrying active={query.isFetching || origin.state === "finding"} />
      {nearWaiting && near.failed ? (
        <NearCodeFailed headingId={headingId} onRetry={near.retry} onWithout={() => onSearchChange({ ...search, near: undefined, radius: undefined, sort: undefined })} />
      ) : nearCode && (origin.state === "not-found" || origin.state === "failed") ? (
        <nearCode.PlaceProblem headingId={headingId} search={search} origin={origin} onSearchChange={onSearchChange} />
      ) : query.isPending || nearWaiting ? (
        <ResultsSkeleton
          headingId={headingId}
          title={origin.state === "finding" && search.near ? `Finding ${serializeNear(search.near)}…` : "Searching…"}
        />
      ) : failedFirst ? (
        <>
          <h2 id={headingId} tabIndex={-1} className="sr-only">
            Results
          </h2>
          <RegistryErrorMessage error={query.error} onRetry={() => void query.refetch()} headingLevel={2} />
        </>
      ) : (
        <div aria-busy={stale || undefined} className={stale ? "opacity-50 transition-opacity" : undefined}>
          <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
            <h2 id={headingId} tabIndex={-1} className="text-2xl font-bold focus:outline-none">
              {total === 0 ? "No studies" : plural(total, "study", "studies")}
              {stale && <span className="ml-2 text-base font-normal text-muted">Updating…</span>}
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
                  Map of sites
                </button>
                <SortSelect search={search} onSearchChange={onSearchChange} />
              </div>
            )}
          </div>
          <StatusScope search={search} onSearchChange={onSearchChange} />
          {byDistance && studies.length > 0 && (
            <p className="mb-4 text-muted">
              Sorted by the distance to each study&apos;s nearest site, among the {plural(studies.length, "study", "studies")}{" "}
              loaded so far{hasNextPage ? "; loading more can add nearer ones" : ""}.
            </p>
          )}
          {total === 0 && studies.length === 0 ? (
            <NoResults search={search} />
          ) : (
            <>
              <AlsoTry search={search} />
              {showMap && <LazySearchMap studies={studies} />}
              <div ref={resultsRef}>
                <ResultList
                  studies={studies}
                  total={Math.max(total, studies.length)}
                  cacheKey={serializeSearch(search).toString()}
                  renderActions={renderActions}
                  nearby={nearby ? (id) => nearby.get(id)?.lines : undefined}
                  origin={point}
                />
              </div>
              <ListEnd
                loaded={studies.length}
                total={total}
                hasNextPage={hasNextPage}
                loading={isFetchingNextPage}
                failed={isFetchNextPageError ? query.error : undefined}
                pages={data?.pages.length ?? 0}
                autoLoad={emptyRun < MAX_EMPTY_RUN}
                onLoadMore={loadMore}
                onLoadMoreClick={() => {
                  rememberLoaded();
                  loadMore();
                }}
              />
            </>
          )}
        </div>
      )}
    </section>
  );
}

function LazySearchMap({ studies }: { studies: Study[] }) {
  const { part, failed, retry } = useLoadedPart(mapPart, true);
  if (part) return <part.SearchMap studies={studies} />;
  return (
    <div className="mb-4 flex h-80 flex-col items-center justify-center gap-2 rounded-lg border border-line bg-surface text-muted sm:h-96">
      {failed ? (
        <>
          <p role="alert">The map could not be loaded. Check your connection, then try again.</p>
          <button type="button" className={buttonClass.secondary} onClick={retry}>
            Try again
          </button>
        </>
      ) : (
        "Loading the map…"
      )}
    </div>
  );
}

function NoResults({ search }: { search: Search }) {
  const { part, failed } = useLoadedPart(noResultsPart, true);
  return (
    <div className="max-w-prose space-y-4 rounded-lg border border-line bg-surface p-4">
      <h2 className="text-xl font-bold">No studies match this search</h2>
      {part ? (
        <part.NoResultsSuggestions search={search} />
      ) : failed ? (
        <p>Try fewer or different words, or check the spelling.</p>
      ) : (
        // Room for the suggestions (a few lines), so they don't push the page down when they come.
        <div aria-hidden="true" className="min-h-18" />
      )}
    </div>
  );
}

function ResultsSkeleton({ headingId, title }: { headingId: string; title: string }) {
  return (
    <div aria-busy="true">
      <h2 id={headingId} className="mb-4 text-2xl font-bold">
        {title}
      </h2>
      <ul aria-hidden="true" className="space-y-4">
        {[0, 1, 2].map((i) => (
          <li key={i} className="h-40 animate-pulse rounded-lg border border-line bg-surface motion-reduce:animate-none" />
        ))}
      </ul>
    </div>
  );
}

function SortSelect({ search, onSearchChange }: { search: Search; onSearchChange: (next: Search) => void }) {
  const id = useId();
  const sorts: SearchSort[] = [
    ...(hasTextQuery(search) ? (["relevance"] as const) : []),
    "updated",
    "start",
    ...(search.near ? (["nearest"] as const) : []),
  ];
  return (
    <div className="flex min-w-0 max-w-full flex-wrap items-center gap-2">
      <label htmlFor={id} className="font-semibold">
        Sort by
      </label>
      <select
        id={id}
        value={effectiveSort(search)}
        onChange={(e) => onSearchChange({ ...search, sort: sorts.find((s) => s === e.target.value) })}
        className="min-h-target max-w-full rounded-md border border-muted bg-white px-3 py-2"
      >
        {sorts.map((sort) => (
          <option key={sort} value={sort}>
            {SORT_LABEL[sort]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The default hides finished studies; say so next to the count, with a one-tap way to see them all. */
function StatusScope({ search, onSearchChange }: { search: Search; onSearchChange: (next: Search) => void }) {
  if (search.status !== undefined) return null;
  return (
    <p className="mb-4 flex flex-wrap items-center gap-x-2 text-muted">
      Studies that are recruiting now or soon.
      <button
        type="button"
        className="inline-flex min-h-target items-center font-semibold text-brand underline"
        onClick={() => onSearchChange({ ...search, status: [] })}
      >
        Include all statuses
      </button>
    </p>
  );
}

/** With results too, the medical word can find more: registry records seldom use everyday words. */
function AlsoTry({ search }: { search: Search }) {
  const terms = medicalTermSearches(search);
  if (terms.length === 0) return null;
  return (
    <p className="mb-4">
      Also try the medical term:{" "}
      {terms.map(({ term, search: next }, i) => (
        <span key={term}>
          {i > 0 && ", "}
          <Link to={searchToPath(next)} className="font-semibold">
            {term}
          </Link>
        </span>
      ))}
    </p>
  );
}

function ListEnd({
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

/** The code for a search near a place did not load (offline for a moment, say): retry, or search without it. */
function NearCodeFailed({ headingId, onRetry, onWithout }: { headingId: string; onRetry: () => void; onWithout: () => void }) {
  return (
    <>
      <h2 id={headingId} tabIndex={-1} className="sr-only">
        Results
      </h2>
      <Callout tone="warn" role="alert" title="The distances could not be worked out" headingLevel={3}>
        <p>A part of this app did not load. Check your connection, then try again.</p>
        <div className="flex flex-wrap gap-3">
          <button type="button" className={buttonClass.primary} onClick={onRetry}>
            Try again
          </button>
          <button type="button" className={buttonClass.secondary} onClick={onWithout}>
            Search without a distance
          </button>
        </div>
      </Callout>
    </>
  );
}

function trailingEmptyPages(pages: readonly PagedStudies[] | undefined): number {
  let run = 0;
  for (let i = (pages?.length ?? 0) - 1; i >= 0 && (pages?.[i]?.studies?.length ?? 0) === 0; i--) run++;
  return run;
}

function failedReason(error: unknown): string {
  const kind = isApiError(error) ? error.kind : undefined;
  if (kind === "offline") return "Your device seems to be offline.";
  if (kind === "busy") return "The registry is busy; wait a moment.";
  return "The registry did not answer.";
}
