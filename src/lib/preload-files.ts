// route-preload.js (scripts/lib/route-preload.mjs) lists the files of every page and of a few large lazy
// parts, and stays callable after the first visit: asking it before an import() starts all of that code's
// files at once, instead of each import after the file that needs it (Vite's own preloading is off).

/** `key`: a page's address ("/study/x"), or "part:<name>" for a lazy part in the table. */
export const preloadFiles = (key: string): void => (globalThis as { preloadRoute?: (key: string) => void }).preloadRoute?.(key);
