import { it } from 'vitest';

declare module 'vitest' {
  interface TaskMeta {
    /** What the user was left with, in one line (the message they saw, what was kept). */
    outcome?: string;
  }
}

/**
 * One row of the fault matrix: a fault is injected into real parts (real files, real SQLite, the
 * real simulator), and the case returns what the user ends up with, in one line. The assertions
 * inside decide whether it held (nothing lost that cannot be rebuilt, a translated message, no
 * stack trace, no silent exit); the returned line is what `npm run test:faults` prints.
 */
export function faultCase(name: string, run: () => Promise<string> | string, timeout?: number): void {
  it(
    name,
    async ({ task }) => {
      task.meta.outcome = await run();
    },
    timeout,
  );
}
