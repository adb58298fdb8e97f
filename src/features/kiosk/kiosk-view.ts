import type { ReactNode } from "react";

/** What the app's layout needs to know from kiosk mode. */
export type KioskView = {
  on: boolean;
  /** Render no page: a Back into the last visitor's pages or a reset is being replaced by the start page. */
  blank: boolean;
  /** Changes at every reset: key the page on it so that nothing the last visitor typed stays mounted. */
  generation: number;
  /** "Take it with you" and "Start over", for the header. */
  headerActions?: ReactNode;
};

export const NOT_KIOSK: KioskView = { on: false, blank: false, generation: 0 };

/** Navigation state of the start page after a reset (it then moves focus to its heading). */
export type KioskResetState = { kioskReset: true };
