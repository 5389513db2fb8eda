import type { Sleep } from '../../main/api/sleep';
import { manualClock } from './simulator-client';
import { clockSleep } from './sync-harness';

/**
 * The store's time for a browser-host spec: one manual clock shared by the core and the simulator
 * standing in for the account's API, and the API client's waits (backoff, Retry-After) taken on
 * that clock, so a retry schedule or a 429 storm costs no wall-clock time.
 *
 * Such a wait passes at once, which would also let a spec miss what the page says *during* it
 * ("offline, still retrying", "waiting for the rate limit until …"). `hold()` keeps every wait,
 * current and future, open until `release()`, so the spec can read the page in that state and then
 * let the run go on; a held wait still ends at once when its sync is cancelled.
 */
export interface StoreTime {
  clock: ReturnType<typeof manualClock>;
  sleep: Sleep;
  hold(): void;
  release(): void;
  /** Waits currently held open. */
  held(): number;
}

export function storeTime(startIso: string): StoreTime {
  const clock = manualClock(startIso);
  const pass = clockSleep(clock);
  let gate: { opened: Promise<void>; open(): void } | null = null;
  let waiting = 0;

  const heldUntilOpen = (opened: Promise<void>, signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const abort = () => reject(signal?.reason);
      signal?.addEventListener('abort', abort, { once: true });
      void opened.then(() => {
        signal?.removeEventListener('abort', abort);
        resolve();
      });
    });

  return {
    clock,
    async sleep(ms, signal) {
      while (gate) {
        waiting += 1;
        try {
          await heldUntilOpen(gate.opened, signal);
        } finally {
          waiting -= 1;
        }
      }
      await pass(ms, signal);
    },
    hold() {
      if (gate) return;
      let open = () => {};
      const opened = new Promise<void>((resolve) => (open = resolve));
      gate = { opened, open };
    },
    release() {
      const current = gate;
      gate = null;
      current?.open();
    },
    held: () => waiting,
  };
}
