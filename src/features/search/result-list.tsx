import { t } from "@lingui/core/macro";
import { useEffect, useState } from "react";
import { preloadable, useLoadedPart } from "../../lib/preloadable";
import { ResultCard } from "./result-card";
import { nctIdOf, type ResultListProps } from "./result-list-props";

/**
 * Up to this many cards are all in the DOM, so a screen reader's list of headings finds every loaded
 * study; beyond it only the cards near the viewport render, so thousands of results stay smooth.
 */
export const VIRTUALIZE_ABOVE = 200;

// The virtualiser is a third of the results page's code and only long lists need it: it loads when a
// list is halfway there, so it is in by the time the list crosses the line (until then all cards render).
const virtualPart = preloadable(() => import("./virtual-result-list"));
const PRELOAD_VIRTUAL_ABOVE = VIRTUALIZE_ABOVE / 2;

/**
 * Cards in a new list's first paint: about a screenful, so the first results show as soon as they arrive;
 * the rest render just after that paint (below them, nothing on screen is pushed).
 */
const FIRST_PAINT_CARDS = 6;


/** The loaded results as one list. Positions and the set size are exposed to assistive technology. */
export function ResultList(props: ResultListProps) {
  const { part } = useLoadedPart(virtualPart, props.studies.length > PRELOAD_VIRTUAL_ABOVE);
  return props.studies.length > VIRTUALIZE_ABOVE && part ? <part.VirtualResultList {...props} /> : <PlainResultList {...props} />;
}

function PlainResultList({ studies, total, renderActions, nearby, origin }: ResultListProps) {
  // Only a new list is painted in two steps; later pages (Load more) render at once, so focus can move to them.
  const [firstPaint, setFirstPaint] = useState(true);
  useEffect(() => {
    // After this frame's paint: the frame's callbacks run before it, the render they start after it.
    const frame = requestAnimationFrame(() => setFirstPaint(false));
    return () => cancelAnimationFrame(frame);
  }, []);
  const shown = firstPaint ? studies.slice(0, FIRST_PAINT_CARDS) : studies;
  return (
    <ol aria-label={t`Search results`} className="list-none p-0">
      {shown.map((study, index) => (
        <li key={nctIdOf(study) || index} data-nct-id={nctIdOf(study)} aria-setsize={total} aria-posinset={index + 1} className="pb-4">
          <ResultCard study={study} actions={renderActions?.(study)} nearby={nearby?.(nctIdOf(study))} origin={origin} />
        </li>
      ))}
    </ol>
  );
}
