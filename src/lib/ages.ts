import { plural, t } from "@lingui/core/macro";

// Registry ages are NormalizedTime strings: "18 Years", "6 Months", "1 Year", "30 Days" (and, rarely,
// odd ones such as "18 Minutes"). A missing minimum means no lower limit; a missing maximum, no upper one.

export type AgeUnit = "year" | "month" | "week" | "day" | "hour" | "minute";

export type Age = {
  value: number;
  unit: AgeUnit;
  /** The age in years, for comparisons (search by age): "6 Months" → 0.5. */
  years: number;
};

const YEARS_PER: Record<AgeUnit, number> = {
  year: 1,
  month: 1 / 12,
  week: 7 / 365.25,
  day: 1 / 365.25,
  hour: 1 / (365.25 * 24),
  minute: 1 / (365.25 * 24 * 60),
};

const AGE_PATTERN = /^(\d+(?:\.\d+)?)\s*(year|month|week|day|hour|minute)s?$/;
const UNIT_ALIASES: Record<string, AgeUnit> = {
  yr: "year", yrs: "year", mo: "month", mos: "month", wk: "week", wks: "week", min: "minute", mins: "minute",
};

/** "18 Years" → {value 18, unit "year", years 18}; anything else (empty, "N/A") → undefined. */
export function parseAge(raw: string | undefined): Age | undefined {
  const text = raw?.trim().toLowerCase().replace(/\s+/g, " ");
  if (!text) return undefined;
  const aliased = text.replace(/^(\d+(?:\.\d+)?)\s*([a-z]+)$/, (_m, n: string, u: string) => `${n} ${UNIT_ALIASES[u] ?? u}`);
  const match = AGE_PATTERN.exec(aliased);
  if (!match) return undefined;
  const value = Number(match[1]);
  const unit = match[2] as AgeUnit; // the pattern admits only AgeUnit names
  if (!Number.isFinite(value)) return undefined;
  return { value, unit, years: value * YEARS_PER[unit] };
}

/** The age in years, or undefined when the text is not an age. */
export function ageInYears(raw: string | undefined): number | undefined {
  return parseAge(raw)?.years;
}

/** {18, year} → "18 years"; {1, year} → "1 year". */
export function formatAge({ value, unit }: Age): string {
  const count = String(value); // as the record writes it: "1.5", "1000"
  switch (unit) {
    case "year":
      return plural(value, { one: `${count} year`, other: `${count} years` });
    case "month":
      return plural(value, { one: `${count} month`, other: `${count} months` });
    case "week":
      return plural(value, { one: `${count} week`, other: `${count} weeks` });
    case "day":
      return plural(value, { one: `${count} day`, other: `${count} days` });
    case "hour":
      return plural(value, { one: `${count} hour`, other: `${count} hours` });
    case "minute":
      return plural(value, { one: `${count} minute`, other: `${count} minutes` });
  }
}

/** A registry value that is present but not an age ("N/A" aside) is shown as written rather than dropped. */
function bound(raw: string | undefined): { age?: Age; text: string } | undefined {
  const text = raw?.trim();
  if (!text || /^n\/?a$/i.test(text)) return undefined;
  const age = parseAge(text);
  return age ? { age, text: formatAge(age) } : { text };
}

/**
 * The eligible age range in plain words: "18 years and older", "Up to 17 years", "18 to 65 years",
 * "6 months to 17 years", or "All ages" when the record sets neither limit.
 */
export function formatAgeRange(minimumAge: string | undefined, maximumAge: string | undefined): string {
  const lower = bound(minimumAge);
  const min = lower?.age?.value === 0 ? undefined : lower; // "0 Years" is from birth: no lower limit
  const max = bound(maximumAge);
  if (min && max) {
    const sameUnit = min.age && max.age && min.age.unit === max.age.unit;
    if (sameUnit && min.age?.value === max.age?.value) return max.text;
    // "18 to 65 years", "6 months to 17 years"
    const from = sameUnit ? String(min.age?.value) : min.text;
    const to = max.text;
    return t`${from} to ${to}`;
  }
  const limit = min ?? max;
  if (!limit) return t`All ages`;
  const age = limit.text;
  if (min) return min.age ? t`${age} and older` : t`Minimum age: ${age}`;
  return limit.age ? t`Up to ${age}` : t`Maximum age: ${age}`;
}
