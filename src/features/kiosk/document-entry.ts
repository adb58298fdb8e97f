// Was the page the app shows now opened by loading this document at an address (a link from outside,
// a typed or bookmarked URL), rather than by Back, Forward or a reload? Such an entry is new, so kiosk
// mode may show it; the browser gives it no router key, so it cannot be told apart by its key alone.
const loadedByNavigation = (() => {
  try {
    const [entry] = performance.getEntriesByType("navigation") as PerformanceNavigationTiming[];
    return entry?.type === "navigate";
  } catch {
    return false;
  }
})();

let first: string | undefined;
let moved = false;

/** True while the app still shows the first location it rendered in a document loaded by navigation. */
export function isFreshDocumentEntry(location: { key: string; pathname: string; search: string }): boolean {
  const here = `${location.key} ${location.pathname}${location.search}`;
  first ??= here;
  if (here !== first) moved = true;
  return loadedByNavigation && !moved;
}
