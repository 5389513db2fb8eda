import { describe, expect, it } from 'vitest';
import { parseMonitorState } from '../../../main/detection/monitor-state-schema';
import { runAll, store } from './detection-fixtures';

/** Monitor states come back from SQLite as JSON: the detector continues only from one it can trust. */
describe('parseMonitorState', () => {
  const state = runAll(store({ rate: 10, days: 20 })).state;

  it('round-trips a state through JSON unchanged', () => {
    const stored: unknown = JSON.parse(JSON.stringify(state));
    expect(parseMonitorState(stored)).toEqual(state);
  });

  it.each([
    ['nothing stored', null],
    ['an older format', { ...state, version: 0 }],
    ['a damaged ring', { ...state, ring: { ...state.ring, count: 'oops' } }],
    ['a truncated weekly shape', { ...state, shape: state.shape.slice(0, 24) }],
  ])('refuses %s, so the monitor is rebuilt from the cache', (_, stored) => {
    expect(parseMonitorState(stored)).toBeNull();
  });
});
