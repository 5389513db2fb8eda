import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../main/db/connection';
import { createSyncCache } from '../../main/sync/sync-cache';
import type { SeriesRow } from '../../main/db/repositories/series-repository';
import { atLeast, median, round, type Figure } from './bench-stats';

/**
 * Series ingest through the repository (the sync's write path: upsert in one transaction per
 * response, watermark included) against the floor SQLite itself sets: a raw prepared INSERT of
 * the same rows into the same table, in one transaction, on the same kind of file. Measured in
 * pairs, alternating which goes first, so both see the same machine.
 */
const METRICS = 40;
const HOURS = 35 * 24;
const ROWS_PER_RESPONSE = 7 * 24;

function rows(metric: number): SeriesRow[] {
  return Array.from({ length: HOURS }, (_, h) => ({ start: 1_780_000_000 + h * 3600, count: (h * 7 + metric) % 97, sumValue: ((h * 13) % 500) + 0.5, unique: (h * 3) % 50 }));
}

/** A fresh cache file with one account and its metrics: both sides write into the same schema. */
function freshCache(file: string) {
  const db = openDatabase(file);
  db.prepare("INSERT INTO accounts (id, name, timezone, currency, base_url, kind, secret_ref, created_at) VALUES ('a', 'A', 'UTC', 'USD', 'x', 'real', 'r', '2026-01-01')").run();
  for (let m = 0; m < METRICS; m += 1) {
    db.prepare("INSERT INTO metrics (account_id, id, name, gone) VALUES ('a', ?, ?, 0)").run(`m${m}`, `Metric ${m}`);
  }
  return db;
}

function viaRepository(dir: string): number {
  const file = join(dir, 'repo.sqlite');
  const db = freshCache(file);
  const store = createSyncCache(db);
  const data = Array.from({ length: METRICS }, (_, m) => rows(m));
  const started = performance.now();
  data.forEach((all, m) => {
    for (let i = 0; i < all.length; i += ROWS_PER_RESPONSE) {
      const chunk = all.slice(i, i + ROWS_PER_RESPONSE);
      store.commitSeries('a', `m${m}`, 'hour', chunk, chunk.at(-1)!.start + 3600, new Date());
    }
  });
  const ms = performance.now() - started;
  db.close();
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  return ms;
}

function raw(dir: string): number {
  const file = join(dir, 'raw.sqlite');
  const db = freshCache(file);
  const insert = db.prepare(
    'INSERT INTO series (account_id, metric_id, interval, bucket_start, count, sum_value, unique_count, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const data = Array.from({ length: METRICS }, (_, m) => rows(m));
  const started = performance.now();
  db.transaction(() => {
    data.forEach((all, m) => {
      for (const row of all) insert.run('a', `m${m}`, 'hour', row.start, row.count, row.sumValue, row.unique, 1);
    });
  })();
  const ms = performance.now() - started;
  db.close();
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  return ms;
}

export function ingestBench(dir: string): Figure[] {
  const ratios: number[] = [];
  const repoRates: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    let repoMs: number;
    let rawMs: number;
    if (run % 2) {
      repoMs = viaRepository(dir);
      rawMs = raw(dir);
    } else {
      rawMs = raw(dir);
      repoMs = viaRepository(dir);
    }
    ratios.push(rawMs / repoMs);
    repoRates.push((METRICS * HOURS) / (repoMs / 1000));
  }
  const ratio = round(median(ratios));
  return [
    { key: 'ingest.ratioToRawInsert', value: ratio, unit: '×', goal: atLeast(ratio, 0.7), note: `${METRICS * HOURS} rows, one transaction per 7-day response` },
    { key: 'ingest.rowsPerSecond', value: Math.round(median(repoRates)), unit: 'rows/s' },
  ];
}
