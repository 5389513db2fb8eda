import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../support/temp-dir';
import { composeServices } from '../../../main/compose-services';
import { createDispatcher } from '../../../main/ipc-dispatcher';
import { AppError } from '../../../shared/domain/errors';
import { channelNames, type Handlers } from '../../../shared/ipc/contract';
import { fakePorts } from '../../support/fake-ports';

const dir = tempDir('dispatcher');
afterAll(() => dir.remove());
let n = 0;
const options = () => ({ host: 'browser', platform: 'linux', systemLocale: 'en-US', dataDir: join(dir.path, String(n++)) }) as const;

/** Payloads no channel accepts: wrong types, extra fields, prototype tricks, huge strings. */
const badPayloads: unknown[] = [
  42,
  'settings',
  [1, 2, 3],
  { unexpected: true },
  { __proto__: { polluted: true }, language: 'klingon' },
  { theme: 'x'.repeat(100_000) },
  { syncIntervalMinutes: -1 },
];

describe('ipc dispatcher', () => {
  it.each(channelNames)('answers %s with a typed error for every bad payload, never a throw', async (channel) => {
    const { dispatch } = composeServices(fakePorts(), options());
    for (const payload of badPayloads) {
      const result = await dispatch(channel, payload);
      expect(result.ok, `${channel} accepted ${JSON.stringify(payload)}`).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid-input');
        expect(result.error.message.length).toBeGreaterThan(0);
      }
    }
  });

  it('refuses a channel that is not in the contract', async () => {
    const { dispatch } = composeServices(fakePorts(), options());
    for (const channel of ['accounts:delete-everything', 'constructor', '__proto__', 'toString', '']) {
      const result = await dispatch(channel, undefined);
      expect(result).toEqual({ ok: false, error: { code: 'unknown-channel', message: expect.any(String) } });
    }
  });

  it('answers a valid call with the handler value', async () => {
    const { dispatch } = composeServices(fakePorts(), options());
    const result = await dispatch('app:info', undefined);
    expect(result).toMatchObject({ ok: true, value: { name: 'Storepulse', host: 'browser' } });
  });

  it('turns a thrown AppError into its code and anything else into internal, logging it', async () => {
    const ports = fakePorts();
    const core = composeServices(ports, options());
    const handlers: Handlers = {
      ...core.handlers,
      'accounts:list': () => {
        throw new AppError('not-found', 'gone');
      },
      'settings:get': () => {
        throw new Error('disk on fire');
      },
    };
    const dispatch = createDispatcher(handlers, ports.logger);
    expect(await dispatch('accounts:list', undefined)).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'gone' },
    });
    const internal = await dispatch('settings:get', undefined);
    expect(internal).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(internal)).not.toContain('disk on fire');
    expect(ports.logger.lines.some((line) => line.level === 'error')).toBe(true);
  });

  it('names a full disk met by any call that writes to the cache (dismissing an alert, adding an account)', async () => {
    const ports = fakePorts();
    const core = composeServices(ports, options());
    const handlers: Handlers = {
      ...core.handlers,
      'alerts:dismiss': () => {
        throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
      },
    };
    const result = await createDispatcher(handlers, ports.logger)('alerts:dismiss', { alertId: 'a1' });
    expect(result).toMatchObject({ ok: false, error: { code: 'disk-full' } });
  });

  it('never lets a handler answer outside its contract', async () => {
    const ports = fakePorts();
    const core = composeServices(ports, options());
    const handlers = { ...core.handlers, 'app:info': () => ({ name: 42 }) } as unknown as Handlers;
    const result = await createDispatcher(handlers, ports.logger)('app:info', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
