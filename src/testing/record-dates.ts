// Dates worked out from a record's own "YYYY-MM[-DD]" fields, for tests that read records from the
// corpus at run time. Written out here, not with the app's formatters, so a test does not trust them.

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2023-12" or "2023-12-01" as "December 2023". */
export function monthYear(date: string | undefined): string {
  const [year, month] = (date ?? "").split("-").map(Number);
  return `${MONTHS[(month ?? 0) - 1]} ${year}`;
}

/** Noon (local time) on the 15th of the month `months` after a "YYYY-MM[-DD]" date. */
export function monthsAfter(date: string | undefined, months: number): Date {
  const [year, month] = (date ?? "").split("-").map(Number);
  return new Date(year ?? 0, (month ?? 1) - 1 + months, 15, 12);
}
