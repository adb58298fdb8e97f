import { useId, useMemo, type ReactNode, type Ref } from "react";
import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import { buttonClass } from "../../../components/ui/button";
import { statusLabel } from "../../../lib/registry-labels";
import { NOT_STATED, optionsOf, statusOptions, type Site, type SiteFilter } from "./location-filter";

const FIELD = "min-h-target w-full rounded-md border border-line bg-white px-2 py-1";

/**
 * Text search, country, state and site status. A select that would offer a single choice is left out
 * (most records give no site status at all); the state list holds the states of the chosen country, or
 * of the only country when there is one.
 */
export function SiteFilters({
  sites,
  filter,
  onChange,
  onClear,
  textRef,
}: {
  sites: readonly Site[];
  filter: SiteFilter;
  onChange: (filter: SiteFilter) => void;
  onClear: () => void;
  textRef: Ref<HTMLInputElement>;
}) {
  const id = useId();
  const countries = useMemo(() => optionsOf(sites, (site) => site.country), [sites]);
  const statuses = useMemo(() => statusOptions(sites), [sites]);
  const stateCountry = filter.country || (countries.length === 1 ? countries[0]?.value : undefined);
  const states = useMemo(
    () => (stateCountry ? optionsOf(sites.filter((site) => site.country === stateCountry), (site) => site.state) : []),
    [sites, stateCountry],
  );
  const anyState = sites.some((site) => site.state);
  return (
    <form aria-label={t`Filter sites`} onSubmit={(event) => event.preventDefault()} className="flex flex-wrap items-end gap-3 rounded-lg bg-surface p-3">
      <Field id={`${id}-text`} label={t`Search sites`} hint={t`Facility, city, state or postcode`}>
        <input
          ref={textRef}
          id={`${id}-text`}
          type="search"
          aria-describedby={`${id}-text-hint`}
          value={filter.text}
          onChange={(event) => onChange({ ...filter, text: event.target.value })}
          className={FIELD}
        />
      </Field>
      {countries.length > 1 && (
        <Field id={`${id}-country`} label={t`Country`}>
          <select
            id={`${id}-country`}
            value={filter.country}
            onChange={(event) => onChange({ ...filter, country: event.target.value, state: "" })}
            className={FIELD}
          >
            <option value="">{t`All countries`}</option>
            {countries.map((option) => (
              <option key={option.value} value={option.value} lang="en">{`${option.value} (${option.count})`}</option>
            ))}
          </select>
        </Field>
      )}
      {anyState && (
        <Field id={`${id}-state`} label={t`State or region`}>
          <select
            id={`${id}-state`}
            value={filter.state}
            disabled={states.length === 0}
            onChange={(event) => onChange({ ...filter, state: event.target.value })}
            className={`${FIELD} disabled:text-muted`}
          >
            <option value="">{stateCountry ? (states.length ? t`All states and regions` : t`None listed`) : t`Choose a country first`}</option>
            {states.map((option) => (
              <option key={option.value} value={option.value} lang="en">{`${option.value} (${option.count})`}</option>
            ))}
          </select>
        </Field>
      )}
      {statuses.length > 1 && (
        <Field id={`${id}-status`} label={t`Site status`}>
          <select
            id={`${id}-status`}
            value={filter.status}
            onChange={(event) =>
              onChange({ ...filter, status: statuses.find((option) => option.value === event.target.value)?.value ?? "" })
            }
            className={FIELD}
          >
            <option value="">{t`Any status`}</option>
            {statuses.map((option) => (
              <option key={option.value} value={option.value}>
                {`${option.value === NOT_STATED ? t`Not stated` : statusLabel(option.value)} (${option.count})`}
              </option>
            ))}
          </select>
        </Field>
      )}
      <button type="button" onClick={onClear} className={buttonClass.secondary}>
        <Trans>Clear filters</Trans>
      </button>
    </form>
  );
}

function Field({ id, label, hint, children }: { id: string; label: string; hint?: string; children: ReactNode }) {
  return (
    <div className="flex min-w-0 flex-1 basis-40 flex-col gap-1">
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      {hint && (
        <span id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </span>
      )}
      {children}
    </div>
  );
}
