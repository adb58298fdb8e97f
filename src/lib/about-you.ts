// "About you": the few facts a visitor may give once, to see how studies fit them and to search with the
// registry's own filters. Kept in this tab only (sessionStorage, wiped by a kiosk reset), never in a URL
// unless the visitor puts a search's filters there.
import { sessionValue } from "./session-value";

export type AboutYou = {
  /** Age in whole years, as typed; a date of birth, when given, wins. */
  age?: number;
  /** YYYY-MM-DD. */
  birthDate?: string;
  sex?: "FEMALE" | "MALE";
  /** Taking part as someone with the condition, or as a healthy volunteer. */
  role?: "patient" | "volunteer";
};

const MAX_AGE = 120;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whole years at `today` for someone born on `birthDate` (YYYY-MM-DD); undefined for a date that is not real or is ahead. */
export function yearsSince(birthDate: string, today = new Date()): number | undefined {
  const match = DAY.exec(birthDate);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const born = new Date(Date.UTC(year, month - 1, day));
  if (born.getUTCMonth() !== month - 1 || born.getUTCDate() !== day) return undefined;
  let years = today.getUTCFullYear() - year;
  if (today.getUTCMonth() + 1 < month || (today.getUTCMonth() + 1 === month && today.getUTCDate() < day)) years -= 1;
  return years >= 0 && years <= MAX_AGE ? years : undefined;
}

/** The visitor's age in whole years, from the date of birth when there is one. */
export function ageOf(about: AboutYou | undefined, today = new Date()): number | undefined {
  if (about?.birthDate) return yearsSince(about.birthDate, today);
  return about?.age;
}

/** What is stored, checked field by field: anything odd is left out, never thrown. */
export function readAboutYou(stored: unknown): AboutYou | undefined {
  if (typeof stored !== "object" || stored === null) return undefined;
  const s = stored as Record<string, unknown>;
  const out: AboutYou = {};
  if (typeof s.age === "number" && Number.isInteger(s.age) && s.age >= 0 && s.age <= MAX_AGE) out.age = s.age;
  if (typeof s.birthDate === "string" && yearsSince(s.birthDate) !== undefined) out.birthDate = s.birthDate;
  if (s.sex === "FEMALE" || s.sex === "MALE") out.sex = s.sex;
  if (s.role === "patient" || s.role === "volunteer") out.role = s.role;
  return Object.keys(out).length > 0 ? out : undefined;
}

export const aboutYou = sessionValue("trial-finder:about-you", readAboutYou);
