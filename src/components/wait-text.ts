const MINUTE = 60_000;

/**
 * When to try again after waiting `ms`, in plain words: "in about 40 seconds", "in about 2 minutes",
 * or a local clock time ("after 3:45 PM", with the day when it is not today) for an hour or more.
 */
export function tryAgainWhen(ms: number, now = new Date(), locale?: string): string {
  if (ms < MINUTE) {
    const seconds = Math.max(1, Math.ceil(ms / 1000));
    return `in about ${seconds} ${seconds === 1 ? "second" : "seconds"}`;
  }
  if (ms < 60 * MINUTE) {
    const minutes = Math.round(ms / MINUTE);
    return `in about ${minutes} ${minutes === 1 ? "minute" : "minutes"}`;
  }
  const at = new Date(now.getTime() + ms);
  const sameDay = at.toDateString() === now.toDateString();
  const format = new Intl.DateTimeFormat(locale, sameDay ? { timeStyle: "short" } : { weekday: "long", hour: "numeric", minute: "2-digit" });
  return `after ${format.format(at)}`;
}
