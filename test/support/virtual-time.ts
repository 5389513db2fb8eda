import { vi } from 'vitest';

/**
 * Runs `work` with the fake timers of vitest standing in for time, while the sockets stay real.
 *
 * The clock moves only by jumping to the next timer, and only while nothing is on the wire
 * (`isQuiet`: every request sent has reached the server and its answer has been read). Time
 * therefore stands still between a request leaving the client and the server reading its clock:
 * a request arrives at the very instant it was sent, so the server's record of arrivals is
 * exactly the client's schedule of sends, with no jitter of a busy test machine in it, and a
 * minute of rate limits passes in milliseconds. Since no attempt is ever in flight when the clock
 * jumps, the client's per-attempt timeouts never fire by accident.
 *
 * Fakes only `setTimeout`, `setInterval` and `Date`: `setImmediate` and `performance` stay real,
 * because waiting for the sockets needs real turns of the event loop.
 */
export const virtualTimers = ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] as const;

const realTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
/** Real time allowed for the wire to go quiet before the test gives up with a message. */
const stuckAfterMs = 10_000;

export async function driveVirtualTime<T>(work: Promise<T>, isQuiet: () => boolean): Promise<T> {
  let settled = false;
  const done = work.finally(() => {
    settled = true;
  });
  // Observed here so that a rejection while the loop runs is not reported as unhandled.
  done.catch(() => {});
  let waitingSince = performance.now();
  while (!settled) {
    await realTurn();
    if (!isQuiet()) {
      if (performance.now() - waitingSince > stuckAfterMs) throw new Error(`Requests still on the wire after ${stuckAfterMs} ms of real time`);
      continue;
    }
    waitingSince = performance.now();
    vi.advanceTimersToNextTimer();
  }
  return done;
}

/** The client's waits (backoff, Retry-After) on the same fake clock, so that they cost no real time either. */
export function virtualSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', abort);
      resolve();
    }, ms);
    const abort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', abort, { once: true });
  });
}
