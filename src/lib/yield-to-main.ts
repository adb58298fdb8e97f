/** Ends the current task: scheduler.yield() where there is one (it resumes first), else a timeout. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** Resolves in a task after the next frame: the page is laid out then, so reading sizes is cheap. */
export function afterNextFrame(): Promise<void> {
  if (typeof requestAnimationFrame !== "function") return yieldToMain();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
