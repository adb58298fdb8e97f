import { useId, useState } from "react";
import { t } from "@lingui/core/macro";
import { Trans } from "@lingui/react/macro";
import type { Search } from "./search-types";
import { DATE_FILTERS, DATE_KEYS, dateLabel, type DateKey, type DateRange } from "./filters/date-ranges";

const sameRange = (a: DateRange | undefined, b: DateRange | undefined) => a?.from === b?.from && a?.to === b?.to;

/** The six date ranges, folded away until opened (open by itself when one is set). */
export function DateFilters({ value, onChange }: { value: Search; onChange: (patch: Partial<Search>) => void }) {
  const set = DATE_KEYS.filter((key) => value[key]);
  const chosen = set.map((key) => dateLabel(key).toLowerCase()).join(", ");
  return (
    <details open={set.length > 0 || undefined} className="min-w-0 md:col-span-2">
      <summary className="flex min-h-target cursor-pointer items-center font-semibold">
        {chosen ? <Trans>Dates: {chosen}</Trans> : <Trans>Dates (start, completion, posted, updated)</Trans>}
      </summary>
      <p className="text-sm text-muted">
        <Trans>Both dates are included. Leave one empty for no limit on that side.</Trans>
      </p>
      <div className="grid gap-4 sm:grid-cols-2 [&>*]:min-w-0">
        {DATE_KEYS.map((key) => (
          <DateRangeField key={key} dateKey={key} range={value[key]} onChange={(range) => onChange({ [key]: range })} />
        ))}
      </div>
    </details>
  );
}

function DateRangeField({ dateKey, range, onChange }: { dateKey: DateKey; range: DateRange | undefined; onChange: (range: DateRange | undefined) => void }) {
  const id = useId();
  // What the inputs hold, kept while the two ends are the wrong way round (then nothing is searched).
  const [typed, setTyped] = useState<DateRange>(range ?? {});
  const [shown, setShown] = useState(range);
  if (!sameRange(range, shown)) {
    setShown(range);
    if (!sameRange(DATE_FILTERS[dateKey].normalize(typed), range)) setTyped(range ?? {});
  }
  const reversed = typed.from !== undefined && typed.to !== undefined && typed.from > typed.to;
  const update = (end: "from" | "to", text: string) => {
    const next = { ...typed, [end]: text || undefined };
    setTyped(next);
    if (!(next.from && next.to && next.from > next.to)) onChange(DATE_FILTERS[dateKey].normalize(next));
  };
  const input = (end: "from" | "to", label: string) => (
    <label className="flex flex-col gap-1 text-sm">
      {label}
      <input
        type="date"
        value={typed[end] ?? ""}
        aria-invalid={reversed || undefined}
        aria-describedby={reversed ? `${id}-error` : undefined}
        onChange={(e) => update(end, e.target.value)}
        className="min-h-target w-full min-w-0 rounded-md border border-muted bg-white px-2 py-1 text-base"
      />
    </label>
  );
  return (
    <fieldset className="min-w-0 space-y-1">
      <legend className="font-semibold">{dateLabel(dateKey)}</legend>
      <div className="grid gap-2 min-[30rem]:grid-cols-2 [&>*]:min-w-0">
        {input("from", t`From`)}
        {input("to", t`To`)}
      </div>
      {reversed && (
        <p id={`${id}-error`} className="text-sm text-danger-ink">
          <Trans>The “To” date is before the “From” date, so this range is not used.</Trans>
        </p>
      )}
    </fieldset>
  );
}
