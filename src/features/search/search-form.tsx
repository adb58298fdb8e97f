import { useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { buttonClass } from "../../components/ui/button";
import { PartFailed } from "../../components/part-failed";
import { DEFAULT_RADIUS, parseNear } from "../../lib/geo/near";
import { rememberedUnit } from "../../lib/geo/unit-preference";
import { preloadable, useLoadedPart } from "../../lib/preloadable";
import { TEXT_FIELD_LABEL } from "./filter-options";
import { activeFilterWords } from "./filter-words";
import { NearFields } from "./near-fields";
import { currentLang } from "../../i18n/i18n";
import type { Search } from "./search-types";

export type SearchChange = "typing" | "filter";

type TextField = keyof typeof TEXT_FIELD_LABEL;
const MORE_FIELDS: readonly TextField[] = ["intr", "locn", "term", "spons", "id"];
/** Fields where a Spanish term gets "¿Buscar '…'?" (spanish-suggestion.tsx, loaded in Spanish only). */
const SPANISH_TERM_FIELDS: ReadonlySet<TextField> = new Set(["cond", "intr", "term"]);

// The filters (and the glossary words they explain phases with) load when first opened, not with the
// form: most searches never open them. A pointer over, or focus on, their summary starts the load.
const filtersPart = preloadable(() => import("./search-filters"));
// The US place check (with its table of states) loads once the text could be a ZIP or "town, ST".
const placeCheckPart = preloadable(() => import("../../lib/geo/place-from-sites"));
const spanishPart = preloadable(() => import("./spanish-suggestion"));
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
  const filterWords = activeFilterWords(value).join(", ");
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
      aria-label={t`Search for clinical trials`}
      onSubmit={submit}
      onFocus={onIntent}
      onPointerDown={onIntent}
      noValidate
      className="space-y-4"
    >
      {field("cond")}
      <NearFields value={value} onChange={onChange} />
      <button type="submit" className={buttonClass.primary}>
        <Trans>Search</Trans>
      </button>
      <Disclosure
        open={moreOpen || hasMore}
        onToggle={setMoreOpen}
        summary={t`More search fields: treatment, hospital or country, other words, sponsor, study ID`}
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
        summary={filterWords ? t`Filters: ${filterWords}` : t`Filters: status, phase, age, sex, dates and more`}
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
    <PartFailed onRetry={retry} />
  ) : (
    <p className="text-muted">
      <Trans>Loading the filters…</Trans>
    </p>
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
  const distance = radius.value;
  return (
    <div className="space-y-2 text-sm">
      <p>
        <Trans>This finds only sites whose address contains “{text}”.</Trans>
      </p>
      <button
        type="button"
        className={buttonClass.secondary}
        onClick={() => onChange({ ...value, locn: undefined, near: parsed.near, radius }, "filter")}
      >
        {radius.unit === "mi" ? <Trans>Search within {distance} miles of {text} instead</Trans> : <Trans>Search within {distance} km of {text} instead</Trans>}
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
  const input = useRef<HTMLInputElement>(null);
  const spanish = useLoadedPart(spanishPart, SPANISH_TERM_FIELDS.has(name) && currentLang() === "es").part;
  const { label, example } = TEXT_FIELD_LABEL[name];
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      <input
        ref={input}
        id={id}
        name={name}
        type="text"
        enterKeyHint="search"
        autoComplete="off"
        value={value}
        placeholder={t`For example: ${example}`}
        onChange={(e) => onChange(e.target.value)}
        className="min-h-target w-full max-w-xl rounded-md border border-muted px-3 py-2 placeholder:text-muted"
      />
      {spanish && (
        <spanish.SpanishSuggestion
          text={value}
          onUse={(english) => {
            onChange(english);
            input.current?.focus(); // the suggestion goes once used
          }}
        />
      )}
      {below}
    </div>
  );
}
