/** More than any real field has (69); a text of thousands of one-word paragraphs must not make thousands of elements. */
export const MAX_PARAGRAPHS = 1_000;

/**
 * Blank-line-separated blocks, trimmed: how plain text becomes paragraphs, with or without the
 * renderer. Past MAX_PARAGRAPHS the rest of the text stays together in the last one.
 */
export function splitParagraphs(text: string): string[] {
  const blocks = text
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  if (blocks.length <= MAX_PARAGRAPHS) return blocks;
  return [...blocks.slice(0, MAX_PARAGRAPHS - 1), blocks.slice(MAX_PARAGRAPHS - 1).join("\n\n")];
}
