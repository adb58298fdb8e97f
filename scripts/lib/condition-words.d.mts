import type { Plugin } from "vite";

export const CONDITION_WORDS_FILE: string;
export function conditionWordsText(corpusDir: string): string | undefined;
export function conditionWords(corpusDir: string): Plugin;
