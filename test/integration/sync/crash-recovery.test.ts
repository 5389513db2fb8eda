import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../support/temp-dir';

/**
 * A sync process killed with SIGKILL at random points of a backfill: every time the database is
 * intact, the next sync completes, and the cache ends equal to an uninterrupted run's. The
 * demo store runs inside the child, with a fixed "now" so every run sees the same data.
 */
const now = '2026-07-15T14:40:00Z';
const dir = tempDir('crash');
afterAll(() => dir.remove());

function runSync(file: string, killAfterMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['out/main/cli.js', 'sync', '--account', 'demo', '--db', file, '--now', now, '--json'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = killAfterMs === undefined ? null : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal, stderr });
    });
  });
}

function dump(file: string): unknown {
  const db = new Database(file, { readonly: true });
  try {
    return {
      series: db.prepare('SELECT account_id, metric_id, interval, bucket_start, count, sum_value, unique_count FROM series ORDER BY 1, 2, 3, 4').all(),
      metrics: db.prepare('SELECT account_id, id, name, gone FROM metrics ORDER BY 1, 2').all(),
      triggers: db.prepare('SELECT account_id, flow_id, metric_id FROM flow_triggers ORDER BY 1, 2, 3').all(),
    };
  } finally {
    db.close();
  }
}

function integrity(file: string): string {
  const db = new Database(file);
  try {
    return db.pragma('integrity_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}

/** Deterministic "random" kill points, so a failure can be replayed. */
function killPoints(count: number, seed: number): number[] {
  let state = seed;
  return Array.from({ length: count }, () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return 250 + (state % 2200);
  });
}

describe('crash safety of the sync', () => {
  it('survives SIGKILL at 20 points of a backfill', { timeout: 300_000 }, async () => {
    const referenceFile = join(dir.path, 'reference.sqlite');
    const reference = await runSync(referenceFile);
    expect(reference.code, reference.stderr).toBe(0);
    const expected = dump(referenceFile);

    const points = killPoints(20, 20261123);
    let killedMidway = 0;
    // Two at a time: the machine has two cores.
    for (let i = 0; i < points.length; i += 2) {
      await Promise.all(
        points.slice(i, i + 2).map(async (delay, j) => {
          const file = join(dir.path, `crash-${i + j}.sqlite`);
          const killed = await runSync(file, delay);
          if (killed.signal === 'SIGKILL') killedMidway += 1;
          expect(integrity(file), `after a kill at ${delay} ms`).toBe('ok');
          const next = await runSync(file);
          expect(next.code, `the sync after a kill at ${delay} ms: ${next.stderr}`).toBe(0);
          expect(dump(file), `cache after a kill at ${delay} ms`).toEqual(expected);
        }),
      );
    }
    // Most kill points must land inside a running sync, or the test proves little.
    expect(killedMidway).toBeGreaterThanOrEqual(15);
  });
});
