import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect } from 'vitest';
import type { ErrorCode, Result } from '../../shared/domain/errors';
import type { Settings } from '../../shared/domain/settings';
import type { WizardView } from '../../shared/domain/wizard';
import { catalogues } from '../../shared/i18n/catalogues';
import { composeServices } from '../../main/compose-services';
import { startBrowserHost, type BrowserHost } from '../../main/web/browser-host';
import { createHostServices } from '../support/host-services';
import { fakePorts } from '../support/fake-ports';
import { manualClock } from '../support/simulator-client';
import { tempDir } from '../support/temp-dir';
import { faultCase } from './fault-case';

/**
 * Inputs out of bounds, from every edge a user or a page reaches: the replay command's file, the
 * bridge's values and ids, wizard ticks, the web host's token. Each is refused with a precise or
 * translated message before any work or write, and what was there is kept.
 */
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const en = catalogues.en.errors;

function replay(csv: string) {
  const dir = tempDir('inputs-fault');
  cleanups.push(() => dir.remove());
  const file = join(dir.path, 'series.csv');
  writeFileSync(file, csv);
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['out/main/cli.js', 'detect', '--replay', file, '--timezone', 'UTC'], { encoding: 'utf8', timeout: 60_000 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { code: child.status, out: child.stdout, err: child.stderr.trimEnd().replace(file, 'series.csv'), seconds };
}

async function core() {
  const dir = tempDir('inputs-fault');
  const app = composeServices(fakePorts({ clock: manualClock('2026-11-23T12:10:00Z') }), { host: 'cli', platform: 'linux', systemLocale: 'en-US', dataDir: dir.path });
  cleanups.push(() => dir.remove(), () => app.dispose());
  const dispatch = <T>(channel: string, input?: unknown) => app.dispatch(channel, input) as Promise<Result<T>>;
  const call = async <T>(channel: string, input?: unknown): Promise<T> => {
    const result = await dispatch<T>(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
    return result.value;
  };
  await call('accounts:addDemo');
  return { dispatch, call };
}

/** The refusal's code, and the sentence the renderer shows for it. */
function refusal(result: Result<unknown>, code: ErrorCode): string {
  expect(result).toMatchObject({ ok: false, error: { code } });
  return `${code}: "${en[code]}"`;
}

describe('inputs out of bounds', () => {
  faultCase('replay CSV spanning 1970 to 9999', () => {
    const result = replay('metric,integration,timestamp,count\nPlaced Order,Shopify,1970-01-01T00:00:00Z,1\nPlaced Order,Shopify,9999-12-31T23:00:00Z,1\n');
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toContain('--max-span-years N');
    return `exit 2 at once, one line: ${result.err}`;
  });

  faultCase('replay CSV with an extra cell on a row', () => {
    const result = replay('metric,integration,timestamp,count\nPlaced Order,Shopify,2026-07-01T13:00:00Z,1\nPlaced Order,Shopify,2026-07-01T14:00:00Z,1,200\n');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/line 3: 5 cells where the header names 4/);
    return `exit 2, one line: ${result.err}`;
  });

  faultCase('replay CSV with the count column twice', () => {
    const result = replay('metric,integration,timestamp,count,count\nPlaced Order,Shopify,2026-07-01T13:00:00Z,1,200\n');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/the header names count twice \(columns 4 and 5\)/);
    return `exit 2, one line: ${result.err}`;
  });

  faultCase('settings:set lastAccountId of 900 KB', async () => {
    const { dispatch, call } = await core();
    const before = await call<Settings>('settings:get');
    const line = refusal(await dispatch('settings:set', { lastAccountId: 'x'.repeat(900_000) }), 'invalid-input');
    expect(await call<Settings>('settings:get')).toEqual(before);
    return `${line}; settings unchanged`;
  });

  faultCase('settings:set lastAccountId naming no account', async () => {
    const { dispatch, call } = await core();
    await call('settings:set', { lastAccountId: 'demo-outdoor' });
    const line = refusal(await dispatch('settings:set', { lastAccountId: 'acct-nobody' }), 'unknown-account');
    expect((await call<Settings>('settings:get')).lastAccountId).toBe('demo-outdoor');
    return `${line}; still on demo-outdoor`;
  });

  faultCase('wizards:update with a made-up tick key, then 501 of them', async () => {
    const { dispatch, call } = await core();
    const { session } = await call<WizardView>('wizards:start', { kind: 'migration', accountId: 'demo-outdoor' });
    const line = refusal(await dispatch('wizards:update', { sessionId: session.id, tick: { key: 'made.up', done: true } }), 'unknown-wizard-item');
    for (let i = 0; i < 501; i += 1) {
      expect((await dispatch('wizards:update', { sessionId: session.id, tick: { key: `history.fake${i}`, done: true } })).ok).toBe(false);
    }
    const after = await call<WizardView>('wizards:update', { sessionId: session.id, tick: { key: 'history.migrated', done: true } });
    expect(after.session.ticked).toEqual(['history.migrated']);
    expect((await call<WizardView>('wizards:get', { sessionId: session.id })).session.ticked).toEqual(['history.migrated']);
    return `${line} (502 times); nothing stored, the wizard still loads and ticks its own items`;
  });
});

describe('the web host token', () => {
  let host: BrowserHost;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    const dir = tempDir('inputs-fault-host');
    const { core: hostCore, events } = createHostServices(dir.path);
    host = await startBrowserHost({ rendererDir: 'out/renderer', dispatch: hostCore.dispatch, events });
    dispose = async () => {
      await host.close();
      await hostCore.dispose();
      dir.remove();
    };
  });
  afterAll(() => dispose());

  faultCase('a non-ASCII token of the right length', async () => {
    const response = await fetch(`${host.origin}/__host/call/app%3Ainfo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-storepulse-token': 'é'.repeat(host.token.length) },
      body: '{}',
    });
    expect(response.status).toBe(401);
    const body = (await response.json()) as Result<unknown>;
    const line = refusal(body, 'forbidden');
    const ok = await fetch(`${host.origin}/__host/call/app%3Ainfo`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-storepulse-token': host.token }, body: '{}' });
    expect(ok.status).toBe(200);
    return `401 ${line}; the right token still answers 200`;
  });
});
