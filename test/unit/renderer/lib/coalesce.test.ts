import { describe, expect, it } from 'vitest';
import { coalesce } from '../../../../renderer/lib/coalesce';

/** A run that waits until released, counting how many started. */
function gatedRun() {
  const gates: (() => void)[] = [];
  let started = 0;
  const run = () => {
    started += 1;
    return new Promise<void>((resolve) => gates.push(resolve));
  };
  const release = async () => {
    gates.shift()?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { run, release, started: () => started };
}

describe('coalesce', () => {
  it('runs at once when idle', async () => {
    const gated = gatedRun();
    const refresh = coalesce(gated.run);
    const done = refresh();
    expect(gated.started()).toBe(1);
    await gated.release();
    await done;
  });

  it('queues at most one run behind the one in flight, shared by every call made meanwhile', async () => {
    const gated = gatedRun();
    const refresh = coalesce(gated.run);
    const first = refresh();
    const second = refresh();
    const third = refresh();
    expect(second).toBe(third);
    expect(gated.started()).toBe(1);
    await gated.release();
    await first;
    expect(gated.started()).toBe(2);
    await gated.release();
    await Promise.all([second, third]);
    expect(gated.started()).toBe(2);
    // Idle again: the next call runs at once.
    void refresh();
    expect(gated.started()).toBe(3);
    await gated.release();
  });

  it('a failed run does not stop the queued one', async () => {
    let calls = 0;
    const refresh = coalesce(async () => {
      calls += 1;
      if (calls === 1) throw new Error('first fails');
    });
    const first = refresh();
    const second = refresh();
    await expect(first).rejects.toThrow('first fails');
    await second;
    expect(calls).toBe(2);
  });
});
