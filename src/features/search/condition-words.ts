import { queryOptions } from "@tanstack/react-query";
import { buildVocabulary, parseConditionList, type Vocabulary } from "./spelling";

// The vocabulary for "Did you mean …?": /words/conditions.txt (made at build time by scripts/lib/condition-words.mjs),
// ~7 kB gzip from the app's own origin, fetched only when a search finds nothing, then kept.

/** The list's path under the app's base URL. */
export const CONDITION_WORDS_PATH = "words/conditions.txt";

async function loadVocabulary(signal: AbortSignal): Promise<Vocabulary> {
  const url = new URL(`${import.meta.env.BASE_URL}${CONDITION_WORDS_PATH}`, globalThis.location?.href);
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`The condition word list could not be loaded (HTTP ${response.status}).`);
  return buildVocabulary(parseConditionList(await response.text()));
}

export const conditionVocabularyQuery = queryOptions({
  queryKey: ["condition-words"],
  queryFn: ({ signal }) => loadVocabulary(signal),
  staleTime: Infinity,
  gcTime: Infinity,
  retry: 1, // a missing list only costs the suggestion
});
