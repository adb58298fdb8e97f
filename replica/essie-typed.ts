// Matching of non-text pieces: enum/boolean/number/date/age terms and RANGE[lo, hi].
// A piece under a list matches when ANY of its values matches.
import type { EnumValues } from "./enums.ts";
import { EssieError } from "./essie-parse.ts";
import type { FieldInfo } from "./metadata.ts";
import { dateSpan, numberOf, timeInDays } from "./values.ts";
import type { DateSpan } from "./values.ts";

export type ValuesTest = (values: readonly unknown[]) => boolean;

/** The test that can never match; callers skip reading values for it. */
export const NEVER: ValuesTest = () => false;
const never = NEVER;

/**
 * Exact term on a typed piece. `direct` = the piece was named in AREA[...], so a value that can
 * never match is the caller's mistake and is reported (like the API does for enums).
 */
export function matchTyped(field: FieldInfo, text: string, direct: boolean, enums: EnumValues): ValuesTest {
  const raw = text.trim();
  const fail = (message: string): ValuesTest => {
    if (direct) throw new EssieError(message);
    return never;
  };
  switch (field.kind) {
    case "enum": {
      const wanted = raw.toUpperCase();
      const allowed = enums.get(field.type);
      if (allowed && !allowed.includes(wanted)) {
        const list = allowed.map((v) => `\`${v}\``).join(", ");
        return fail(`Allowed values for enum field \`${field.path.join(".")}\` are ${list}`);
      }
      return (values) => values.some((v) => typeof v === "string" && v.toUpperCase() === wanted);
    }
    case "boolean": {
      const wanted = raw.toLowerCase();
      if (wanted !== "true" && wanted !== "false") return fail(`Allowed values for boolean field \`${field.piece}\` are \`true\`, \`false\``);
      return (values) => values.some((v) => String(v) === wanted);
    }
    case "number": {
      const wanted = numberOf(raw);
      if (wanted === undefined) return fail(`Invalid number \`${raw}\` for field \`${field.piece}\``);
      return (values) => values.some((v) => numberOf(v) === wanted);
    }
    case "date": {
      const wanted = dateSpan(raw);
      if (!wanted) return fail(`Invalid date \`${raw}\` for field \`${field.piece}\``);
      return (values) => values.some((v) => overlaps(v, wanted, wanted));
    }
    case "time": {
      const wanted = timeInDays(raw);
      if (wanted === undefined) return fail(`Invalid time \`${raw}\` for field \`${field.piece}\``);
      return (values) => values.some((v) => typeof v === "string" && timeInDays(v) === wanted);
    }
    default:
      return fail(`Field \`${field.piece}\` cannot be searched with a term`);
  }
}

function overlaps(value: unknown, lo: DateSpan | undefined, hi: DateSpan | undefined): boolean {
  const span = typeof value === "string" ? dateSpan(value) : undefined;
  return span !== undefined && (!lo || span.to >= lo.from) && (!hi || span.from <= hi.to);
}

/**
 * RANGE[lo, hi] (undefined = MIN / MAX), inclusive. Partial dates match when their span overlaps
 * the range. Ages: a study without MinimumAge has no lower limit (0) and one without MaximumAge no
 * upper limit, so "eligible at 45" = MinimumAge ≤ 45 years AND MaximumAge ≥ 45 years works.
 */
export function matchRange(field: FieldInfo, lo: string | undefined, hi: string | undefined, direct: boolean): ValuesTest {
  const bad = (bound: string): ValuesTest => {
    if (direct) throw new EssieError(`Invalid RANGE bound \`${bound}\` for field \`${field.piece}\``);
    return never;
  };
  switch (field.kind) {
    case "date": {
      const [from, to] = [lo === undefined ? undefined : dateSpan(lo), hi === undefined ? undefined : dateSpan(hi)];
      if (lo !== undefined && !from) return bad(lo);
      if (hi !== undefined && !to) return bad(hi);
      return (values) => values.some((v) => overlaps(v, from, to));
    }
    case "number":
    case "time": {
      const parse = field.kind === "number" ? numberOf : (s: unknown) => (typeof s === "string" ? timeInDays(s) : undefined);
      const [min, max] = [lo === undefined ? -Infinity : parse(lo), hi === undefined ? Infinity : parse(hi)];
      if (min === undefined) return bad(lo ?? "");
      if (max === undefined) return bad(hi ?? "");
      const missing = field.piece === "MinimumAge" ? [0] : field.piece === "MaximumAge" ? [Infinity] : [];
      return (values) => {
        const numbers = values.length > 0 ? values.map(parse) : missing;
        return numbers.some((n) => n !== undefined && n >= min && n <= max);
      };
    }
    case "text":
    case "enum":
    case "boolean": {
      const [min, max] = [lo?.toUpperCase(), hi?.toUpperCase()];
      return (values) =>
        values.some((v) => {
          const s = String(v).toUpperCase();
          return (min === undefined || s >= min) && (max === undefined || s <= max);
        });
    }
    default:
      if (direct) throw new EssieError(`RANGE is not supported for field \`${field.piece}\``);
      return never;
  }
}
