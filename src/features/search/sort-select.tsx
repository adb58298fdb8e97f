import { useId } from "react";
import { Trans } from "@lingui/react/macro";
import { SORT_LABEL } from "./filter-options";
import type { Search, SearchSort } from "./search-types";
import { effectiveSort, hasTextQuery } from "./search-url";

/** The orders this search can have: relevance only with text to rank by, distance only near a place. */
export function SortSelect({ search, onSearchChange }: { search: Search; onSearchChange: (next: Search) => void }) {
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
        <Trans>Sort by</Trans>
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
