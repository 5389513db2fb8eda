import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/domain/errors';
import type { Settings } from '../../shared/domain/settings';
import type { WizardView } from '../../shared/domain/wizard';
import { composeServices } from '../../main/compose-services';
import { fakePorts } from '../support/fake-ports';
import { manualClock } from '../support/simulator-client';
import { tempDir } from '../support/temp-dir';

/**
 * What the bridge refuses, through the real dispatcher on a real SQLite cache: values too long,
 * ids of the wrong shape or naming nothing, and wizard items the wizard does not have. A refusal
 * writes nothing, and the app keeps working after it.
 */
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function open() {
  const dir = tempDir('bounds');
  const core = composeServices(fakePorts({ clock: manualClock('2026-11-23T12:10:00Z') }), { host: 'cli', platform: 'linux', systemLocale: 'en-US', dataDir: dir.path });
  cleanups.push(() => dir.remove(), () => core.dispose());
  const dispatch = <T>(channel: string, input?: unknown) => core.dispatch(channel, input) as Promise<Result<T>>;
  const call = async <T>(channel: string, input?: unknown): Promise<T> => {
    const result = await dispatch<T>(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  return { dispatch, call };
}

describe('settings:set lastAccountId', () => {
  it('refuses 900 KB, an id of the wrong shape and an id naming no account; keeps a real one', async () => {
    const { dispatch, call } = open();
    const before = await call<Settings>('settings:get');
    expect(await dispatch('settings:set', { lastAccountId: 'x'.repeat(900_000) })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await dispatch('settings:set', { lastAccountId: 'demo outdoor/../x' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await dispatch('settings:set', { lastAccountId: 'acct-nobody' })).toMatchObject({ ok: false, error: { code: 'unknown-account' } });
    expect(await call<Settings>('settings:get')).toEqual(before);

    await call('accounts:addDemo');
    expect((await call<Settings>('settings:set', { lastAccountId: 'demo-outdoor' })).lastAccountId).toBe('demo-outdoor');
    expect((await call<Settings>('settings:set', { lastAccountId: null })).lastAccountId).toBeNull();
  });

  it('refuses ids of the wrong shape on every channel that takes one', async () => {
    const { dispatch } = open();
    for (const [channel, input] of [
      ['accounts:remove', { accountId: 'a b' }],
      ['metrics:list', { accountId: '<script>' }],
      ['wizards:get', { sessionId: 'x'.repeat(201) }],
      ['alerts:dismiss', { alertId: 'a\u0000b' }],
    ] as const) {
      expect(await dispatch(channel, input), channel).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
  });
});

describe('wizards:update ticks', () => {
  it('refuses a made-up tick key and writes nothing; 501 of them leave the wizard working', async () => {
    const { dispatch, call } = open();
    await call('accounts:addDemo');
    const started = await call<WizardView>('wizards:start', { kind: 'test-order', accountId: 'demo-outdoor' });
    const sessionId = started.session.id;

    const refused = await dispatch('wizards:update', { sessionId, tick: { key: 'made.up', done: true } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'unknown-wizard-item', params: { key: 'made.up' } } });
    // A key of another wizard is not this one's either.
    expect(await dispatch('wizards:update', { sessionId, tick: { key: 'integration.enabled', done: true } })).toMatchObject({ ok: false, error: { code: 'unknown-wizard-item' } });
    expect((await call<WizardView>('wizards:get', { sessionId })).session.ticked).toEqual([]);

    for (let i = 0; i < 501; i += 1) {
      const result = await dispatch('wizards:update', { sessionId, tick: { key: `steps.fake${i}`, done: true } });
      expect(result.ok).toBe(false);
    }
    const after = await call<WizardView>('wizards:get', { sessionId });
    expect(after.session.ticked).toEqual([]);
    const ticked = await call<WizardView>('wizards:update', { sessionId, input: { platform: 'Shopify' }, tick: { key: 'steps.visitSite', done: true } });
    expect(ticked.session.ticked).toEqual(['steps.visitSite']);
    expect(ticked.steps.find((s) => s.id === 'steps')!.items.find((i) => i.id === 'visitSite')!.state).toBe('done');
    expect((await call<{ id: string }[]>('wizards:list', { accountId: 'demo-outdoor' })).map((s) => s.id)).toContain(sessionId);
  });
});
