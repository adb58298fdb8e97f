import type { ReactNode } from "react";

/** One place on a map. `name` is the marker's accessible name (and tooltip); `popup` what a click shows. */
export type MapMarker = {
  id: string;
  lat: number;
  lon: number;
  name: string;
  popup: ReactNode;
};
