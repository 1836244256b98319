/**
 * Runs `task` once the browser has a quiet moment, at least `afterMs` from now: work that must
 * not stand between a tap and the frame it asked for. Safari has no requestIdleCallback, so there
 * it is a plain timer. Returns a cancel.
 */
export function whenIdle(task: () => void, { afterMs = 0, timeoutMs = 1000 }: { afterMs?: number; timeoutMs?: number } = {}): () => void {
  let idle = 0;
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(task, { timeout: timeoutMs });
    else task();
  }, afterMs);
  return () => {
    clearTimeout(timer);
    if (idle && typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
  };
}
