/**
 * Wraps a refresh so that calls never pile up: one run in flight, and at most one more queued
 * behind it, which every call made meanwhile shares (it starts after the current run, so it reads
 * whatever changed during it). A burst of change events costs two reads, not one per event.
 */
export function coalesce(run: () => Promise<void>): () => Promise<void> {
  let inFlight: Promise<void> | null = null;
  let queued: Promise<void> | null = null;
  const start = (): Promise<void> => {
    const current = run().finally(() => {
      if (inFlight === current) inFlight = null;
    });
    inFlight = current;
    return current;
  };
  return () => {
    if (!inFlight) return start();
    queued ??= inFlight.then(
      () => {
        queued = null;
        return start();
      },
      () => {
        queued = null;
        return start();
      },
    );
    return queued;
  };
}
