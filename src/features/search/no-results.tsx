import { useQueries, useQuery } from "@tanstack/react-query";
import { t, plural } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { Link } from "../../components/app-link";
import { conditionVocabularyQuery } from "./condition-words";
import { medicalTermSearches } from "./lay-terms";
import { relaxations } from "./relax-search";
import type { Search } from "./search-types";
import { normalizeSearch, searchToPath } from "./search-url";
import { suggestSpelling } from "./spelling";
import { resultsCountQuery } from "./use-study-search";
import type { LatLon } from "../../lib/geo/distance";
import { formatCount } from "../../lib/format-count";
import { addedFilters, filterWords, useAboutYouSearch } from "./about-you-search";
import { buttonClass } from "../../components/ui/button";

/** The search with its condition's spelling corrected, once the word list is in; undefined when nothing to correct. */
function useSpellingFix(search: Search): { corrected: string; search: Search } | undefined {
  const cond = search.cond;
  // The list is fetched only here, and only for a condition with a word long enough to correct.
  const words = useQuery({ ...conditionVocabularyQuery, enabled: /\p{L}{4}/u.test(cond ?? "") });
  const corrected = cond && words.data ? suggestSpelling(cond, words.data) : undefined;
  return corrected ? { corrected, search: normalizeSearch({ ...search, cond: corrected }) } : undefined;
}

/**
 * No studies: the spelling fix and the medical word for what was typed, and which filter to drop, each
 * with its count. Loaded only when a search finds nothing (no-results-box.tsx shows the box and heading).
 * `origin` is where the list found the search's place (undefined without `near`).
 */
export function NoResultsSuggestions({ search, origin, onShowAll }: { search: Search; origin: LatLon | undefined; onShowAll: () => void }) {
  const terms = medicalTermSearches(search);
  const relaxed = relaxations(search);
  const fix = useSpellingFix(search);
  // About you's filters may be what finds nothing: the same search without them, with its count.
  const narrowing = useAboutYouSearch();
  const narrowed = narrowing.on ? filterWords(addedFilters(search, narrowing.filters)) : "";
  const all = resultsCountQuery(search, origin);
  const allCount = useQuery({ ...all, enabled: narrowed !== "" && all.enabled }).data;
  // Each count is the request its link's page will make: the list's parameters (with what About you adds)
  // and the list's origin, so the same distance limit (a relaxation keeps `near`), none until the place is found.
  const counts = useQueries({ queries: [...relaxed, ...(fix ? [fix] : [])].map((r) => resultsCountQuery(narrowing.apply(r.search), origin)) });
  const fixCount = fix ? counts[relaxed.length]?.data : undefined;
  const corrected = fix?.corrected;
  return (
    <>
      {narrowed && (
        <p>
          <Trans>Only studies open to you are shown ({narrowed}, from About you).</Trans>{" "}
          <button type="button" className={`${buttonClass.secondary} mt-1`} onClick={onShowAll}>
            <Trans>Show every study</Trans>
          </button>
          {allCount !== undefined && <span className="text-muted"> ({countText(allCount)})</span>}
        </p>
      )}
      {fix && (
        <p>
          <Link to={searchToPath(fix.search)} className="inline-flex min-h-target items-center text-lg font-semibold">
            {/* One flex item: text nodes beside the span would each be one, losing their spaces (and Chromium's name gets extra ones). */}
            <span>
              <Trans>
                Did you mean <span lang="en">{corrected}</span>?
              </Trans>
            </span>
          </Link>
          {fixCount !== undefined && <span className="text-muted"> ({countText(fixCount)})</span>}
        </p>
      )}
      {terms.length > 0 && (
        <div className="space-y-1">
          <p>
            <Trans>Registry records usually use the medical name. Try:</Trans>
          </p>
          <ul className="space-y-1">
            {terms.map(({ term, typed, search: next }) => (
              <li key={`${typed}-${term}`}>
                <Link to={searchToPath(next)} className="inline-flex min-h-target items-center font-semibold">
                  <span>
                    <Trans>
                      Search for “<span lang="en">{term}</span>” instead of “{typed}”
                    </Trans>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      {relaxed.length > 0 ? (
        <div className="space-y-1">
          <p>
            <Trans>Or search more widely:</Trans>
          </p>
          <ul className="space-y-1">
            {relaxed.map((r, i) => {
              const count = counts[i]?.data;
              return (
                <li key={r.label}>
                  <Link to={searchToPath(r.search)} className="inline-flex min-h-target items-center">
                    {r.label}
                  </Link>
                  {count !== undefined && <span className="text-muted"> ({countText(count)})</span>}
                </li>
              );
            })}
          </ul>
        </div>
      ) : (
        terms.length === 0 &&
        !fix && (
          <p>
            <Trans>Try fewer or different words, or check the spelling.</Trans>
          </p>
        )
      )}
    </>
  );
}

function countText(total: number): string {
  const count = formatCount(total);
  return total === 0 ? t`no studies either` : plural(total, { one: `${count} study`, other: `${count} studies` });
}
