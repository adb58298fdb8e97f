// Everything the app keeps in a history entry's state, in one place: pages write it with
// `historyState(…)` and read it with `readHistoryState(location.state)`, so no two parts of the app spell
// a key differently, and state from elsewhere (another version of the app, an extension) is read safely.

export type HistoryState = {
  /** Stay where the reader is on this navigation (a filter change, "Include all statuses"). */
  keepScroll?: true;
  /** A submitted search: focus the results' heading once they are in. */
  focusResults?: true;
  /** The search form's own navigation: the form keeps its draft (what is being typed). */
  fromForm?: true;
  /** What a link asked for that could not be used, shown above the search. */
  searchNotes?: string[];
  /** The old NCT number a study was opened under (the registry answered with the current one). */
  aliasOf?: string;
  /** What a registry study link asked for that the study page can't show (its `?tab=history`). */
  studyLinkNote?: "history";
};

/** The state to navigate with: only the keys given. */
export const historyState = (state: HistoryState): HistoryState => state;

/** The app's keys in `state` (anything else there is ignored, and a wrong type reads as absent). */
export function readHistoryState(state: unknown): HistoryState {
  if (typeof state !== "object" || state === null) return {};
  const raw = state as Record<string, unknown>;
  const out: HistoryState = {};
  if (raw.keepScroll === true) out.keepScroll = true;
  if (raw.focusResults === true) out.focusResults = true;
  if (raw.fromForm === true) out.fromForm = true;
  if (Array.isArray(raw.searchNotes) && raw.searchNotes.every((note) => typeof note === "string")) out.searchNotes = raw.searchNotes;
  if (typeof raw.aliasOf === "string") out.aliasOf = raw.aliasOf;
  if (raw.studyLinkNote === "history") out.studyLinkNote = "history";
  return out;
}
