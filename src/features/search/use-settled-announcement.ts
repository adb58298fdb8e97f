import { useEffect, useRef, useState } from "react";

/** While typing, results are announced only once the reader has paused this long. */
export const ANNOUNCE_AFTER_TYPING_MS = 1_500;

/**
 * The live region's text: one sentence once results have settled, and nothing new while they load, so a
 * screen reader is not interrupted after every pause in typing ("Updating…", "No studies match", …).
 * `settled` is undefined while loading; `typingKey` changes with every keystroke and is undefined when the
 * last change was not typing (a submit, a filter, Load more), which is announced as soon as it settles.
 */
export function useSettledAnnouncement(settled: string | undefined, typingKey: string | undefined): string {
  const [spoken, setSpoken] = useState("");
  const lastKeystroke = useRef(0);
  useEffect(() => {
    if (typingKey !== undefined) lastKeystroke.current = Date.now();
  }, [typingKey]);
  useEffect(() => {
    if (settled === undefined) return;
    const wait = typingKey === undefined ? 0 : Math.max(0, lastKeystroke.current + ANNOUNCE_AFTER_TYPING_MS - Date.now());
    const timer = window.setTimeout(() => setSpoken(settled), wait);
    return () => window.clearTimeout(timer);
  }, [settled, typingKey]);
  return spoken;
}
