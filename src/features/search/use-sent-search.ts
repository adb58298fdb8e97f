import { useEffect, useMemo, useState } from "react";
import { useAboutYouSearch, type AboutYouSearch } from "./about-you-search";
import type { Search } from "./search-types";

/** Quiet time after an age is typed into About you before the search follows (one request per pause). */
const AGE_TYPING_DELAY_MS = 400;

/**
 * The search as the page sends it: the address's search with what About you adds. A new age follows
 * after a pause (typing "45" would otherwise also search for 4); ticking or unticking follows at once.
 */
export function useSentSearch(search: Search): { narrowing: AboutYouSearch; sent: Search } {
  const current = useAboutYouSearch();
  const [settled, setSettled] = useState(current);
  const onlyAgeChanged =
    settled !== current && settled.on === current.on && settled.filters.sex === current.filters.sex && settled.filters.healthy === current.filters.healthy;
  useEffect(() => {
    if (settled === current) return;
    const timer = setTimeout(() => setSettled(current), onlyAgeChanged ? AGE_TYPING_DELAY_MS : 0);
    return () => clearTimeout(timer);
  }, [current, settled, onlyAgeChanged]);
  const used = onlyAgeChanged ? settled : current;
  const sent = useMemo(() => used.apply(search), [used, search]);
  return { narrowing: current, sent };
}
