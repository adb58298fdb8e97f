import { useId, useState, type FormEvent } from "react";
import { buttonClass } from "../../components/ui/button";
import { TEXT_FIELD_LABEL } from "./filter-options";
import { NearFields } from "./near-fields";
import { SearchFilters, activeFilterWords } from "./search-filters";
import type { Search } from "./search-types";

export type SearchChange = "typing" | "filter";

type TextField = keyof typeof TEXT_FIELD_LABEL;
const MAIN_FIELDS: readonly TextField[] = ["cond", "intr", "locn"];
const MORE_FIELDS: readonly TextField[] = ["term", "spons", "id"];

/**
 * The search form, controlled: the page owns the search and decides what typing, a filter change and a
 * submit do (the home page waits for submit; the results page searches as you type).
 */
export function SearchForm({
  value,
  onChange,
  onSubmit,
}: {
  value: Search;
  onChange: (next: Search, change: SearchChange) => void;
  onSubmit: () => void;
}) {
  const hasMore = MORE_FIELDS.some((field) => value[field]);
  const filterWords = activeFilterWords(value);
  // More fields open when they hold something. Filters start closed (on a phone they would push the
  // results far down); their summary says which ones are on.
  const [moreOpen, setMoreOpen] = useState(hasMore);
  const [filtersOpen, setFiltersOpen] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }

  const field = (name: TextField) => (
    <TextInput
      key={name}
      name={name}
      value={value[name] ?? ""}
      onChange={(text) => onChange({ ...value, [name]: text }, "typing")}
    />
  );

  return (
    <form role="search" aria-label="Search for clinical trials" onSubmit={submit} noValidate className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-3">{MAIN_FIELDS.map(field)}</div>
      <NearFields value={value} onChange={onChange} />
      <details
        open={moreOpen || hasMore}
        onToggle={(e) => setMoreOpen(e.currentTarget.open)}
        className="group rounded-md border border-line"
      >
        <summary className="flex min-h-target cursor-pointer items-center gap-2 px-3 py-2 font-semibold">
          <Chevron />
          More search fields: other words, sponsor, study ID
        </summary>
        <div className="grid gap-4 border-t border-line p-3 sm:grid-cols-3">{MORE_FIELDS.map(field)}</div>
      </details>
      <details
        open={filtersOpen}
        onToggle={(e) => setFiltersOpen(e.currentTarget.open)}
        className="group rounded-md border border-line"
      >
        <summary className="flex min-h-target cursor-pointer items-center gap-2 px-3 py-2 font-semibold">
          <Chevron />
          {filterWords.length > 0 ? `Filters: ${filterWords.join(", ")}` : "Filters: status, phase, age, sex and more"}
        </summary>
        <div className="border-t border-line p-3">
          <SearchFilters value={value} onChange={onChange} />
        </div>
      </details>
      <button type="submit" className={buttonClass.primary}>
        Search
      </button>
    </form>
  );
}

/** The disclosure mark that `display: flex` removes from a summary, drawn back. */
function Chevron() {
  return (
    <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90 motion-reduce:transition-none">
      ▸
    </span>
  );
}

function TextInput({ name, value, onChange }: { name: TextField; value: string; onChange: (text: string) => void }) {
  const id = useId();
  const { label, example } = TEXT_FIELD_LABEL[name];
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="text"
        enterKeyHint="search"
        autoComplete="off"
        value={value}
        placeholder={`For example: ${example}`}
        onChange={(e) => onChange(e.target.value)}
        className="min-h-target w-full rounded-md border border-muted px-3 py-2 placeholder:text-muted"
      />
    </div>
  );
}
