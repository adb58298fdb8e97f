import { t, plural } from "@lingui/core/macro";
import type { components } from "../../api/schema";
import type { Location, Phase, Status } from "../../api/types";
import { formatAgeRange } from "../../lib/ages";
import { phaseLabel } from "../../lib/registry-labels";
import { acronymToAppend } from "../../lib/acronym";
import { formatCount } from "../../lib/format-count";

// Plain-language text for a result card. Every input may be missing (records pass through the
// conformer and list requests carry only CARD_FIELDS); every output is either words or undefined.

type Schemas = components["schemas"];
type EligibilityModule = Schemas["EligibilityModule"];
type IdentificationModule = Schemas["IdentificationModule"];

const text = (s: string | undefined) => s?.trim() || undefined;

/** "A", "A and B", "A, B and C" */
function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? "";
  const first = words.slice(0, -1).join(", ");
  const last = words[words.length - 1] ?? "";
  return t`${first} and ${last}`;
}

/** The title and, when the title does not already contain it, the acronym (one rule: lib/acronym). */
export function cardTitle(identification: IdentificationModule | undefined): { title: string; acronym?: string } {
  const title = text(identification?.briefTitle) ?? t`Untitled study`;
  const acronym = acronymToAppend(title, text(identification?.acronym));
  return acronym ? { title, acronym } : { title };
}

/** Phases in words; "Not applicable" alone is registry jargon on a card, so it is left out. */
export function phaseText(phases: readonly Phase[] | undefined): string | undefined {
  return phaseLabel(phases?.filter((phase) => phase !== "NA"));
}

/** The first `max` distinct conditions and how many more there are; undefined when there are none. */
export function conditionSummary(
  conditions: readonly string[] | undefined,
  max = 3,
): { shown: string[]; more: number } | undefined {
  const distinct = [...new Set((conditions ?? []).map((c) => c.trim()).filter(Boolean))];
  if (distinct.length === 0) return undefined;
  return { shown: distinct.slice(0, max), more: Math.max(0, distinct.length - max) };
}

/** Only a restriction is worth a card line: studies open to all sexes say nothing here. */
export function sexLabel(sex: Schemas["Sex"] | undefined): string | undefined {
  if (sex === "FEMALE") return t`Female only`;
  if (sex === "MALE") return t`Male only`;
  return undefined;
}

/**
 * Who can join, as short phrases: the age range, a sex restriction, healthy volunteers. A missing
 * module says nothing (rather than "All ages"); within a module a missing age means no limit.
 */
export function whoCanJoin(eligibility: EligibilityModule | undefined): string[] {
  if (!eligibility) return [];
  const parts = [formatAgeRange(eligibility.minimumAge, eligibility.maximumAge)];
  const sex = sexLabel(eligibility.sex);
  if (sex) parts.push(sex);
  if (eligibility.healthyVolunteers === true) parts.push(t`Accepts healthy volunteers`);
  return parts;
}

export type SiteSummary = {
  /** Number of sites (the length of `locations`). */
  total: number;
  /** "12 sites in United States and Canada", "1 site in Lyon, France", "No sites listed yet". */
  where: string;
  /** "3 of 12 sites recruiting"; undefined when no site has a status or the study is not recruiting. */
  recruiting?: string;
};

const MAX_COUNTRIES = 3;

/**
 * Where the study runs. One pass over the sites (records can list hundreds). Site statuses count only
 * while the study itself is recruiting: records whose status went UNKNOWN keep stale "recruiting" sites.
 */
export function siteSummary(locations: readonly Location[] | undefined, overallStatus?: Status): SiteSummary {
  const sites = locations ?? [];
  const total = sites.length;
  if (total === 0) return { total, where: t`No sites listed yet` };

  const byCountry = new Map<string, number>(); // insertion order = first appearance, the tie-break
  let withStatus = 0;
  let recruiting = 0;
  for (const site of sites) {
    const country = text(site.country);
    if (country) byCountry.set(country, (byCountry.get(country) ?? 0) + 1);
    if (site.status) withStatus++;
    if (site.status === "RECRUITING") recruiting++;
  }
  // Sorting the distinct countries (at most ~200) keeps the whole summary linear in the sites.
  const countries = [...byCountry].sort((a, b) => b[1] - a[1]).map(([name]) => name);
  const where = whereText(total, countries, sites[0]);
  return overallStatus === "RECRUITING" ? { total, where, recruiting: recruitingText(total, withStatus, recruiting) } : { total, where };
}

function whereText(total: number, countries: readonly string[], first: Location | undefined): string {
  const count = formatCount(total);
  if (countries.length === 0) return plural(total, { one: `${count} site`, other: `${count} sites` });
  if (total === 1) {
    const city = text(first?.city);
    const country = countries[0] ?? "";
    return city ? t`1 site in ${city}, ${country}` : t`1 site in ${country}`;
  }
  // From here on there are at least two sites (and, below, more than three countries).
  if (countries.length <= MAX_COUNTRIES) {
    const list = joinWords(countries);
    return t`${count} sites in ${list}`;
  }
  const more = formatCount(countries.length - MAX_COUNTRIES);
  const list = joinWords([...countries.slice(0, MAX_COUNTRIES), t`${more} more`]);
  const countryCount = formatCount(countries.length);
  return t`${count} sites in ${countryCount} countries: ${list}`;
}

function recruitingText(total: number, withStatus: number, recruiting: number): string | undefined {
  if (withStatus === 0) return undefined;
  // Sites without a status may or may not be recruiting, so "of N" only when every site has one.
  const count = formatCount(recruiting);
  const all = formatCount(total);
  if (withStatus < total) return recruiting > 0 ? plural(recruiting, { one: `${count} site recruiting`, other: `${count} sites recruiting` }) : undefined;
  if (total === 1) return recruiting === 1 ? t`The site is recruiting` : t`The site is not recruiting now`;
  // At least two sites from here on.
  if (recruiting === total) return t`All ${all} sites recruiting`;
  if (recruiting === 0) return t`No site is recruiting now`;
  return t`${count} of ${all} sites recruiting`;
}
