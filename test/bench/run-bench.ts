import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Figure } from './bench-stats';
import { detectionBench } from './detection-bench';
import { ingestBench } from './ingest-bench';
import { rendererBench } from './renderer-bench';
import { scaleBench } from './scale-bench';
import { syncBench } from './sync-bench';

/**
 * `npm run bench`: every performance figure with its goal, measured in one run on this machine,
 * printed as a table and written to bench-results.json. Never part of the tests: figures depend
 * on the machine. BENCH_ONLY=ingest,detection,sync,renderer,scale narrows the run.
 */
const only = new Set((process.env['BENCH_ONLY'] ?? 'ingest,detection,sync,renderer,scale').split(','));
const dir = mkdtempSync(join(tmpdir(), 'storepulse-bench-'));
const figures: Figure[] = [];
const log = (line: string) => console.log(line);
const started = performance.now();

try {
  if (only.has('ingest')) {
    log('ingest...');
    figures.push(...ingestBench(dir));
  }
  if (only.has('detection')) {
    log('detection...');
    figures.push(...detectionBench(log));
  }
  if (only.has('sync')) {
    log('sync...');
    figures.push(...(await syncBench(dir, log)));
  }
  if (only.has('renderer')) {
    log('renderer (Chromium, needs npm run build)...');
    figures.push(...(await rendererBench(dir)));
  }
  if (only.has('scale')) {
    log('scale (50 accounts × 30 metrics)...');
    figures.push(...scaleBench(dir));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const rows = figures.map((f) => [f.key, `${f.value} ${f.unit}`, f.goal ? `${f.goal.text} ${f.goal.met ? 'met' : 'NOT MET'}` : '', f.note ?? '']);
const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length), 6));
log('');
for (const row of rows) log(row.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]!) : cell)).join('  '));
log(`\n(${Math.round((performance.now() - started) / 1000)} s)`);
writeFileSync('bench-results.json', `${JSON.stringify(Object.fromEntries(figures.map((f) => [f.key, f.value])), null, 2)}\n`);
log('figures written to bench-results.json');
