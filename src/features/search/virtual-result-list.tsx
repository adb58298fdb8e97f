import { t } from "@lingui/core/macro";
import { useWindowVirtualizer, type VirtualItem } from "@tanstack/react-virtual";
import { useLayoutEffect, useRef, useState } from "react";
import { ResultCard } from "./result-card";
import { nctIdOf, type ResultListProps } from "./result-list-props";

// Beyond VIRTUALIZE_ABOVE cards (result-list.tsx), only the cards near the viewport render.

/** A card's height before it is measured; real cards are measured as they render. */
const ESTIMATED_CARD_PX = 230;

// Measured heights per search, so coming Back lays the list out as it was and the scroll position
// lands on the same card instead of on estimates.
const measured = new Map<string, VirtualItem[]>();
const MEASURED_SEARCHES = 20;

function remember(key: string, items: VirtualItem[]): void {
  measured.delete(key);
  measured.set(key, items);
  const oldest = measured.keys().next().value;
  if (measured.size > MEASURED_SEARCHES && oldest !== undefined) measured.delete(oldest);
}

export function VirtualResultList({ studies, total, cacheKey, renderActions, nearby, origin }: ResultListProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const [offset, setOffset] = useState(0);
  // The list's distance from the top of the page moves when notes or form sections open and close,
  // which changes the page's size.
  useLayoutEffect(() => {
    const measure = () => {
      const top = listRef.current?.getBoundingClientRect().top;
      if (top !== undefined) setOffset((prev) => (Math.abs(top + window.scrollY - prev) > 1 ? top + window.scrollY : prev));
    };
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);

  const virtualizer = useWindowVirtualizer({
    count: studies.length,
    estimateSize: () => ESTIMATED_CARD_PX,
    overscan: 4,
    scrollMargin: offset,
    getItemKey: (index) => studies[index]?.protocolSection?.identificationModule?.nctId ?? index,
    initialMeasurementsCache: measured.get(cacheKey),
  });
  useLayoutEffect(() => () => remember(cacheKey, virtualizer.measurementsCache), [cacheKey, virtualizer]);

  const items = virtualizer.getVirtualItems();
  return (
    <ol
      ref={listRef}
      aria-label={t`Search results`}
      className="relative list-none p-0"
      style={{ height: virtualizer.getTotalSize() }}
    >
      {items.map((item) => {
        const study = studies[item.index];
        if (!study) return null;
        const nctId = nctIdOf(study);
        return (
          <li
            key={item.key}
            data-index={item.index}
            data-nct-id={nctId}
            ref={virtualizer.measureElement}
            aria-setsize={total}
            aria-posinset={item.index + 1}
            className="absolute left-0 top-0 w-full pb-4"
            style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
          >
            <ResultCard study={study} actions={renderActions?.(study)} nearby={nearby?.(nctId)} origin={origin} />
          </li>
        );
      })}
    </ol>
  );
}
