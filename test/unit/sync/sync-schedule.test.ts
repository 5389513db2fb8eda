import { describe, expect, it } from 'vitest';
import { nextSyncDelayMs } from '../../../main/sync/sync-schedule';

describe('next sync delay', () => {
  it.each([
    ['success', null, 0, 15, 15 * 60_000],
    ['cancelled', 'cancelled', 0, 15, 15 * 60_000],
    ['failed', 'unreachable', 1, 15, 30_000],
    ['failed', 'unreachable', 2, 15, 60_000],
    ['failed', 'unreachable', 4, 15, 240_000],
    ['failed', 'server-error', 10, 15, 15 * 60_000],
    ['failed', 'timeout', 3, 1, 60_000],
    ['failed', 'invalid-key', 1, 15, null],
    ['failed', 'missing-scope', 1, 15, null],
    ['failed', 'missing-key', 1, 15, null],
    ['failed', 'key-unreadable', 1, 15, null],
    ['failed', 'secret-file-not-writable', 1, 15, null],
    // A storm already had its ten minutes of waiting: the next try is the next regular sync.
    ['failed', 'rate-limit-storm', 1, 15, 15 * 60_000],
  ] as const)('%s (%s, failure #%i, every %i min) -> %s ms', (outcome, code, failures, interval, expected) => {
    expect(nextSyncDelayMs(outcome, code, failures, interval)).toBe(expected);
  });
});
