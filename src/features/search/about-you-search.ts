// What "About you" does to a search: the registry's own filters for the visitor's age, sex and (for a
// healthy volunteer) healthy volunteers, added to every search the visitor runs, never to its address.
// The address is what a clinician shares; it holds the visitor's facts only when the visitor puts them
// there ("Add to the link"). "Show all studies" turns this off for the tab.
import { useMemo } from "react";
import { t } from "@lingui/core/macro";
import { aboutYou, ageOf, type AboutYou } from "../../lib/about-you";
import { sessionValue, useSessionValue } from "../../lib/session-value";
import type { Search } from "./search-types";
import { registryIgnoresFilters } from "./to-api-params";

/** The visitor chose to see every study, not only those open to them (this tab only, like About you). */
export const showAllStudies = sessionValue("trial-finder:about-you:show-all", (stored) => (stored === true ? true : undefined));

export type AboutYouFilters = Pick<Search, "age" | "sex" | "healthy">;

/** The filters About you stands for; none for a visitor who said nothing that a filter can use. */
export function aboutYouFilters(about: AboutYou | undefined, today = new Date()): AboutYouFilters {
  const filters: AboutYouFilters = {};
  const age = ageOf(about, today);
  if (age !== undefined) filters.age = age;
  if (about?.sex) filters.sex = about.sex;
  if (about?.role === "volunteer") filters.healthy = true;
  return filters;
}

/**
 * What About you adds to `search`: only what the search leaves open. An address's own age (or age
 * group), sex or healthy-volunteer filter is what its sender meant, so it wins. A search by NCT number
 * gets nothing: the registry ignores filters then.
 */
export function addedFilters(search: Search, filters: AboutYouFilters): AboutYouFilters {
  const added: AboutYouFilters = {};
  if (registryIgnoresFilters(search)) return added;
  if (filters.age !== undefined && search.age === undefined && !search.agegroup?.length) added.age = filters.age;
  if (filters.sex && !search.sex) added.sex = filters.sex;
  if (filters.healthy && !search.healthy) added.healthy = true;
  return added;
}

/** The filters in words ("age 45, male, taking healthy volunteers"); "" for none. */
export const filterWords = ({ age, sex, healthy }: AboutYouFilters) =>
  [age !== undefined && t`age ${age}`, sex && (sex === "FEMALE" ? t`female` : t`male`), healthy && t`taking healthy volunteers`]
    .filter(Boolean)
    .join(", ");

export type AboutYouSearch = {
  about: AboutYou | undefined;
  /** The filters About you stands for (empty when it says nothing a filter can use). */
  filters: AboutYouFilters;
  /** False once the visitor chose "Show all studies". */
  on: boolean;
  /** The search as it is sent: `search` with what About you adds while it is on. */
  apply: (search: Search) => Search;
};

function aboutYouSearch(about: AboutYou | undefined, showAll: true | undefined): AboutYouSearch {
  const filters = aboutYouFilters(about);
  const on = showAll !== true;
  return { about, filters, on, apply: (search) => (on ? { ...search, ...addedFilters(search, filters) } : search) };
}

/** The search as it is sent now (for requests started outside React, before the page renders). */
export const applyAboutYou = (search: Search) => aboutYouSearch(aboutYou.get(), showAllStudies.get()).apply(search);

/** The same, kept in step with About you and "Show all studies" (a kiosk reset clears both). */
export function useAboutYouSearch(): AboutYouSearch {
  const about = useSessionValue(aboutYou);
  const showAll = useSessionValue(showAllStudies);
  // Both are the same objects until storage changes, so `apply` is stable between changes.
  return useMemo(() => aboutYouSearch(about, showAll), [about, showAll]);
}
