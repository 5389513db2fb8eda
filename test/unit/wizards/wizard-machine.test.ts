import { describe, expect, it } from 'vitest';
import { applyEdits, furthestReachable, mergeInput, navigate, startSession, toggleTick } from '../../../main/wizards/wizard-machine';
import { session } from './wizard-fixtures';

const now = new Date('2026-11-23T13:00:00Z');
const open = { blocked: false };
const shut = { blocked: true };

describe('wizard machine', () => {
  it('starts at the first step with the origin as input', () => {
    const started = startSession('troubleshoot', 'a', { alertId: 'x' }, 'id1', now);
    expect(started).toMatchObject({ id: 'id1', kind: 'troubleshoot', status: 'active', stepIndex: 0, input: { alertId: 'x' }, ticked: [] });
    expect(started.startedAt).toBe(now.toISOString());
  });

  it.each([
    [{}, { email: ' a@b.co ' }, { email: 'a@b.co' }],
    [{ email: 'a@b.co' }, { email: '' }, {}],
    [{ platform: 'Shopify' }, { email: 'x@y.z' }, { platform: 'Shopify', email: 'x@y.z' }],
    [{ sourceCount: 3 }, { sourceCount: 0 }, { sourceCount: 0 }],
    // The answers about an export belong to that export: a new one is asked about afresh.
    [{ csv: 'a', csvCountColumn: 2, csvDateOrder: 'day-first' }, { csv: 'b' }, { csv: 'b' }],
    [{ csv: 'a', csvCountColumn: 2 }, { csv: '' }, {}],
    [{ csv: 'a', csvCountColumn: 2 }, { csv: ' a ', timezone: 'UTC' }, { csv: 'a', csvCountColumn: 2, timezone: 'UTC' }],
    [{ csv: 'a' }, { csvCountColumn: 1 }, { csv: 'a', csvCountColumn: 1 }],
  ] as const)('merges input %j + %j = %j', (current, patch, expected) => {
    expect(mergeInput(current, patch)).toEqual(expected);
  });

  it.each([
    [[], 'a.x', true, ['a.x']],
    [['a.x'], 'a.x', true, ['a.x']],
    [['a.x', 'b.y'], 'a.x', false, ['b.y']],
    [[], 'a.x', false, []],
  ])('ticks %j %s %s = %j', (ticked, key, done, expected) => {
    expect(toggleTick(ticked, key, done)).toEqual(expected);
  });

  it.each([
    [[open, open, open], 2],
    [[shut], 0],
    [[open, shut, open], 1],
    [[], 0],
  ])('furthest reachable of %j is %i', (steps, expected) => {
    expect(furthestReachable(steps)).toBe(expected);
  });

  it.each([
    // [standing on, asked, gates, lands on]
    [0, 2, [open, open, open], 2],
    [0, 5, [open, open, open], 2],
    [0, 2, [open, shut, open], 1],
    [2, undefined, [open, shut, open], 1],
    [2, 0, [open, open, open], 0],
  ])('from step %i asked %s lands on %i', (from, asked, gates, expected) => {
    expect(navigate(session('migration', {}, { stepIndex: from }), gates, { stepIndex: asked }, now).stepIndex).toBe(expected);
  });

  it('finishes only when no step is blocked', () => {
    expect(navigate(session('migration'), [open, shut], { finish: true }, now).status).toBe('active');
    expect(navigate(session('migration'), [open, open], { finish: true }, now).status).toBe('finished');
  });

  it('returns the same session when nothing changes, a new one stamped otherwise', () => {
    const s = session('migration');
    expect(applyEdits(s, {}, now)).toBe(s);
    expect(navigate(s, [open], {}, now)).toBe(s);
    const ticked = applyEdits(s, { tick: { key: 'history.migrated', done: true } }, now);
    expect(ticked.ticked).toEqual(['history.migrated']);
    expect(ticked.updatedAt).toBe(now.toISOString());
  });
});
