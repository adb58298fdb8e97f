import { plural } from "@lingui/core/macro";
import { intlLocale } from "../i18n/i18n";
import { formatCount } from "../lib/format-count";

const MINUTE = 60_000;

/**
 * When to try again after waiting `ms`, in plain words: "in about 40 seconds", "in about 2 minutes",
 * or a local clock time ("after 3:45 PM", with the day when it is not today) for an hour or more, in the
 * active language (`locale`: its Intl locale unless given).
 */
export function tryAgainWhen(ms: number, now = new Date(), locale = intlLocale()): string {
  if (ms < MINUTE) {
    const seconds = Math.max(1, Math.ceil(ms / 1000));
    const count = formatCount(seconds);
    return plural(seconds, { one: `in about ${count} second`, other: `in about ${count} seconds` });
  }
  if (ms < 60 * MINUTE) {
    const minutes = Math.round(ms / MINUTE);
    const count = formatCount(minutes);
    return plural(minutes, { one: `in about ${count} minute`, other: `in about ${count} minutes` });
  }
  const at = new Date(now.getTime() + ms);
  const time = new Intl.DateTimeFormat(locale, { timeStyle: "short" }).format(at);
  // The hour on a 12-hour clock, for languages whose words differ by it (Spanish: "la 1:30", "las 3:30").
  const hour = at.getHours() % 12 || 12;
  if (at.toDateString() === now.toDateString()) return plural(hour, { one: `after ${time}`, other: `after ${time}` });
  const day = new Intl.DateTimeFormat(locale, { weekday: "long" }).format(at);
  return plural(hour, { one: `after ${day} ${time}`, other: `after ${day} ${time}` });
}
