import { createContext, useContext } from "react";

/** What kiosk parts on pages (the start page's "Take it with you") need from the running kiosk. */
export type KioskControls = {
  /** Forgets everything and goes back to the start page, at once (callers ask first). */
  startOver: () => void;
  savedList: () => SavedList;
};

/** The visitor's saved studies: how many, and the path of a /list page of them ("/list?ids=…"). */
export type SavedList = { count: number; path: string };

export const KioskContext = createContext<KioskControls | undefined>(undefined);

export const useKioskControls = () => useContext(KioskContext);
