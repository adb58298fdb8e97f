import type { QueryClient } from "@tanstack/react-query";
import { writeKioskFlag } from "./kiosk-flag";
import { historyKeys } from "./history-keys";

/**
 * Forgets everything the last visitor left in this tab: fetched studies and searches, the saved list
 * and every other stored value. Only the kiosk flag comes back, with an empty set of visited pages.
 */
export function clearVisitorData(queryClient: QueryClient): void {
  void queryClient.cancelQueries();
  queryClient.clear();
  for (const storage of [localStorageOrNull(), sessionStorageOrNull()]) {
    try {
      storage?.clear();
    } catch {
      // Storage blocked: then nothing was stored either.
    }
  }
  writeKioskFlag(true);
  historyKeys.restart();
}

const localStorageOrNull = () => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

const sessionStorageOrNull = () => {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
};
