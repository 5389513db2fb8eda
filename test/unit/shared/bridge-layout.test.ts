import { describe, expect, it } from 'vitest';
import { bridgeLayout, buildBridgeObject } from '../../../shared/ipc/bridge-layout';
import { channelNames } from '../../../shared/ipc/contract';

describe('bridge layout', () => {
  it('exposes every contract channel exactly once, as domain.verb', () => {
    const exposed = Object.entries(bridgeLayout()).flatMap(([domain, verbs]) =>
      Object.entries(verbs).map(([verb, channel]) => {
        expect(channel).toBe(`${domain}:${verb}`);
        return channel;
      }),
    );
    expect(exposed.sort()).toEqual([...channelNames].sort());
  });

  it('builds functions that call the transport with the right channel and input', async () => {
    const calls: [string, unknown][] = [];
    const api = buildBridgeObject(
      async (channel, input) => {
        calls.push([channel, input]);
        return { ok: true, value: null };
      },
      () => () => {},
    ) as { settings: { set(input: unknown): Promise<unknown> }; on: unknown };
    await api.settings.set({ theme: 'dark' });
    expect(calls).toEqual([['settings:set', { theme: 'dark' }]]);
    expect(typeof api.on).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
  });
});
