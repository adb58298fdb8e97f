import { useEffect, useRef } from "react";

/**
 * After "Load more" is pressed, moves focus to the first new result's title link, so the next Tab goes
 * on from there. Until the page arrives focus stays on the button; a new card that is not in the DOM
 * (a virtualised list) leaves it there too.
 */
export function useFocusNewResult(ids: readonly string[], list: () => HTMLElement | null): () => void {
  const before = useRef<Set<string>>(undefined);
  useEffect(() => {
    if (!before.current) return;
    if ([...before.current].some((id) => !ids.includes(id))) {
      before.current = undefined; // another search replaced the list
      return;
    }
    const first = ids.find((id) => !before.current?.has(id));
    if (first === undefined) return;
    before.current = undefined;
    const link = list()?.querySelector<HTMLElement>(`li[data-nct-id="${first}"] :is(h2, h3, h4) a`);
    link?.focus();
  }, [ids, list]);
  // Called on the click: remember what was loaded, to know which result is new.
  return () => {
    before.current = new Set(ids);
  };
}
