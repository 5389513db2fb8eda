import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { z } from 'zod';
import { atMost, round, type Figure } from './bench-stats';

const childResult = z.object({ rssMB: z.number(), baselineMB: z.number(), heapMB: z.number(), externalMB: z.number(), dbMB: z.number(), seconds: z.number(), rows: z.number(), failed: z.number() });

/** Runs the agency-scale sync in a child process, so its memory figure is the core's alone. */
export function scaleBench(dir: string): Figure[] {
  const output = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(import.meta.dirname, 'scale-child.ts'), join(dir, 'scale'), '50', '30'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 20,
  });
  const result = childResult.parse(JSON.parse(output.trim().split('\n').at(-1)!));
  if (result.failed > 0) throw new Error(`${result.failed} account(s) failed to sync`);
  const rss = round(result.rssMB, 0);
  return [
    { key: 'scale.rss50AccountsMB', value: rss, unit: 'MB', goal: atMost(rss, 400), note: `50 accounts × 30 metrics, ${result.rows} series rows, synced in ${round(result.seconds, 0)} s; ${round(result.baselineMB, 0)} MB before any account, JS heap ${round(result.heapMB, 0)} MB` },
    { key: 'scale.dbMB', value: round(result.dbMB, 1), unit: 'MB' },
  ];
}
