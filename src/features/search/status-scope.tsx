import { Trans } from "@lingui/react/macro";
import type { Search } from "./search-types";

/** The default hides finished studies; say so next to the count, with a one-tap way to see them all. */
export function StatusScope({ search, onSearchChange }: { search: Search; onSearchChange: (next: Search) => void }) {
  if (search.status !== undefined) return null;
  return (
    <p className="mb-4 flex flex-wrap items-center gap-x-2 text-muted">
      <Trans>Studies that are recruiting now or soon.</Trans>
      <button
        type="button"
        className="inline-flex min-h-target items-center font-semibold text-brand underline"
        onClick={() => onSearchChange({ ...search, status: [] })}
      >
        <Trans>Include all statuses</Trans>
      </button>
    </p>
  );
}
