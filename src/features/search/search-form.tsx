import { useId, useState, type FormEvent, type ReactNode } from "react";
import { buttonClass } from "../../components/ui/button";
import { DEFAULT_RADIUS, parseNear } from "../../lib/geo/near";
import { rememberedUnit } from "../../lib/geo/unit-preference";
import { preloadable, useLoadedPart } from "../../lib/preloadable";
import { TEXT_FIELD_LABEL } from "./filter-options";
import { activeFilterWords } from "./filter-words";
import { NearFields } from "./near-fields";
import type { Search } from "./search-types";

export type SearchChange = "typing" | "filter";

type TextField = keyof typeof TEXT_FIELD_LABEL;
const MORE_FIELDS: readonly TextField[] = ["intr", "locn", "term", "spons", "id"];

// The filters (and the glossary words they explain phases with) load when first opened, not with the
// form: most searches never open them. A pointer over, or focus on, their summary starts the load.
const filtersPart = preloadable(() => import("./search-filters"));
// The US place check (with its table of states) loads once the text could be a ZIP or "town, ST".
const placeCheckPart = preloadable(() => import("../../lib/geo/place-from-sites"));
const preloadFilters = () => void filtersPart.preload().catch(() => undefined); // shown when opened

/**
 * The search form, controlled: the page owns the search and decides what typing, a filter change and a
 * submit do (the home page waits for submit; the results page searches as you type).
 *
 * Ordered as a patient asks: what (condition), where (near a place), Search. Everything else waits under
 * two disclosures, so on a phone the Search button is on the first screen.
 */
export function SearchForm({
  value,
  onChange,
  onSubmit,
  onIntent,
}: {
  value: Search;
  onChange: (next: Search, change: SearchChange) => void;
  onSubmit: () => void;
  /** The form is being used (focus, a press): a search may follow. */
  onIntent?: () => void;
}) {
  const hasMore = MORE_FIELDS.some((field) => value[field]);
  const filterWords = activeFilterWords(value);
  // More fields open when they hold something. Filters start closed (on a phone they would push the
  // results far down); their summary says which ones are on.
  const [moreOpen, setMoreOpen] = useState(hasMore);
  const [filtersOpen, setFiltersOpen] = useState(false);
  // Once opened, the filters stay mounted (closed, they keep what was half typed, as before).
  const [filtersShown, setFiltersShown] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }

  const field = (name: TextField, below?: ReactNode) => (
    <TextInput
      key={name}
      name={name}
      value={value[name] ?? ""}
      onChange={(text) => onChange({ ...value, [name]: text }, "typing")}
      below={below}
    />
  );

  return (
    <form
      role="search"
      aria-label="Search for clinical trials"
      onSubmit={submit}
      onFocus={onIntent}
      onPointerDown={onIntent}
      noValidate
      className="space-y-4"
    >
      {field("cond")}
      <NearFields value={value} onChange={onChange} />
      <button type="submit" className={buttonClass.primary}>
        Search
      </button>
      <Disclosure
        open={moreOpen || hasMore}
        onToggle={setMoreOpen}
        summary="More search fields: treatment, hospital or country, other words, sponsor, study ID"
      >
        <div className="grid gap-4 sm:grid-cols-2">
          {MORE_FIELDS.map((name) => field(name, name === "locn" ? <PlaceOffer value={value} onChange={onChange} /> : undefined))}
        </div>
      </Disclosure>
      <Disclosure
        open={filtersOpen}
        onToggle={(open) => {
          setFiltersOpen(open);
          if (open) setFiltersShown(true);
        }}
        onIntent={preloadFilters}
        summary={filterWords.length > 0 ? `Filters: ${filterWords.join(", ")}` : "Filters: status, phase, age, sex, dates and more"}
      >
        <LazyFilters shown={filtersShown} value={value} onChange={onChange} />
      </Disclosure>
    </form>
  );
}

function LazyFilters({ shown, value, onChange }: { shown: boolean; value: Search; onChange: (next: Search, change: SearchChange) => void }) {
  const { part, failed, retry } = useLoadedPart(filtersPart, shown);
  if (part) return <part.SearchFilters value={value} onChange={onChange} />;
  if (!shown) return null;
  return failed ? (
    <div role="alert" className="space-y-2">
      <p>The filters could not be loaded. Check your connection, then try again.</p>
      <button type="button" className={buttonClass.secondary} onClick={retry}>
        Try again
      </button>
    </div>
  ) : (
    <p className="text-muted">Loading the filters…</p>
  );
}

function Disclosure({
  open,
  onToggle,
  onIntent,
  summary,
  children,
}: {
  open: boolean;
  onToggle: (open: boolean) => void;
  onIntent?: () => void;
  summary: string;
  children: ReactNode;
}) {
  return (
    <details open={open} onToggle={(e) => onToggle(e.currentTarget.open)} className="group min-w-0 rounded-md border border-line">
      <summary
        onPointerEnter={onIntent}
        onFocus={onIntent}
        className="flex min-h-target cursor-pointer items-center gap-2 px-3 py-2 font-semibold"
      >
        <Chevron />
        <span className="min-w-0 [overflow-wrap:anywhere]">{summary}</span>
      </summary>
      <div className="border-t border-line p-3">{children}</div>
    </details>
  );
}

/**
 * A ZIP code or "town, ST" typed as hospital/city/country text would only match addresses that spell it
 * exactly; offer the distance search the person almost certainly meant.
 */
function PlaceOffer({ value, onChange }: { value: Search; onChange: (next: Search, change: SearchChange) => void }) {
  const text = value.locn?.trim() ?? "";
  const { part: check } = useLoadedPart(placeCheckPart, !value.near && /^\d{5}|,/.test(text));
  const parsed = check?.looksLikeUsPlace(text) ? parseNear(text) : undefined;
  if (!parsed?.ok || value.near) return null;
  const radius = value.radius ?? { ...DEFAULT_RADIUS, unit: rememberedUnit() };
  return (
    <div className="space-y-2 text-sm">
      <p>This finds only sites whose address contains “{text}”.</p>
      <button
        type="button"
        className={buttonClass.secondary}
        onClick={() => onChange({ ...value, locn: undefined, near: parsed.near, radius }, "filter")}
      >
        Search within {radius.value} {radius.unit === "mi" ? "miles" : "km"} of {text} instead
      </button>
    </div>
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

function TextInput({
  name,
  value,
  onChange,
  below,
}: {
  name: TextField;
  value: string;
  onChange: (text: string) => void;
  below?: ReactNode;
}) {
  const id = useId();
  const { label, example } = TEXT_FIELD_LABEL[name];
  return (
    <div className="flex min-w-0 flex-col gap-1">
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
        className="min-h-target w-full max-w-xl rounded-md border border-muted px-3 py-2 placeholder:text-muted"
      />
      {below}
    </div>
  );
}
