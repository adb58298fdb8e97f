import type L from "leaflet";
import { useEffect, useState, type ReactNode } from "react";
import { useMap } from "react-leaflet";
import { afterNextFrame, yieldToMain } from "../../lib/yield-to-main";

/**
 * Sets the map's view, then renders `children` (tiles, markers), each step in a task of its own.
 * The view waits for a frame: fitting the bounds reads the map's size, which right after the map's
 * box was inserted would force a layout of the whole page inside this task.
 */
export function MapStages({
  bounds,
  options,
  children,
}: {
  bounds: L.LatLngBoundsExpression;
  options: L.FitBoundsOptions;
  children: ReactNode;
}) {
  const map = useMap();
  const [ready, setReady] = useState(false);
  const [first] = useState({ bounds, options }); // the view is set once
  useEffect(() => {
    let live = true;
    void afterNextFrame()
      .then(() => {
        if (live) map.fitBounds(first.bounds, first.options);
        return yieldToMain();
      })
      .then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [map, first]);
  return ready ? children : null;
}
