/**
 * Calls `work` once `delayMs` have passed, in the browser's first idle period after that (at most
 * `maxWaitMs` later): work that follows typing then runs between frames, after a keystroke has
 * been painted, instead of inside a keystroke's frame. Returns a function that cancels the call.
 */
export function whenIdleAfter(delayMs: number, work: () => void, maxWaitMs = 250): () => void {
  let idle: number | undefined;
  const timer = window.setTimeout(() => {
    // Chromium and Electron have requestIdleCallback; a page without it runs the work at once.
    if (typeof window.requestIdleCallback !== 'function') {
      work();
      return;
    }
    idle = window.requestIdleCallback(work, { timeout: maxWaitMs });
  }, delayMs);
  return () => {
    window.clearTimeout(timer);
    if (idle !== undefined) window.cancelIdleCallback(idle);
  };
}
