// Sentences that end with registry text. Names often carry their own full stop ("Alliance Foundation
// Trials, LLC.", "NCI CTCAE Version 4."), so adding one would print "LLC..".

/** Already ends a sentence: ".", "?", "!", "…" or "...", perhaps inside closing quotes. */
const ENDED = /[.?!…]["'”’]*$/;

/** `text` as the end of a sentence: trailing spaces and a dangling ",", ";" or ":" go, and a full stop is added only if none is there. */
export function endSentence(text: string): string {
  const trimmed = text.trimEnd().replace(/\s*[,;:]+$/, "");
  if (!trimmed) return "";
  return ENDED.test(trimmed) ? trimmed : `${trimmed}.`;
}
