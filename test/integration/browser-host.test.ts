import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames } from '../../shared/ipc/contract';
import { startBrowserHost, type BrowserHost } from '../../main/web/browser-host';
import { createHostServices } from '../support/host-services';

let host: BrowserHost;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'storepulse-host-test-'));
  const { core, events } = createHostServices(dataDir);
  host = await startBrowserHost({ rendererDir: 'out/renderer', dispatch: core.dispatch, events });
});

afterAll(async () => {
  await host.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function call(channel: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${host.origin}/__host/call/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-storepulse-token': host.token, ...headers },
    body,
  });
}

describe('browser host', () => {
  it('listens on loopback only', () => {
    expect(new URL(host.origin).hostname).toBe('127.0.0.1');
  });

  it('answers a contract call through the real core', async () => {
    const response = await call('accounts:list', JSON.stringify({}));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { ok: boolean; value: { name: string }[] };
    expect(body.ok).toBe(true);
    expect(body.value.map((account) => account.name)).toContain('Demo Outdoor Co.');
  });

  it('refuses calls without the token or with a wrong one', async () => {
    for (const headers of [{ 'x-storepulse-token': '' }, { 'x-storepulse-token': 'x'.repeat(host.token.length) }]) {
      const response = await call('app:info', '{}', headers);
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('answers 401 to a wrong token whatever its bytes (non-ASCII, same length in characters)', async () => {
    const accented = 'é'.repeat(host.token.length);
    const response = await call('app:info', '{}', { 'x-storepulse-token': accented });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await fetch(`${host.origin}/?token=${encodeURIComponent(accented)}`)).status).toBe(401);
    expect((await fetch(`${host.origin}/__host/bridge.js?token=${encodeURIComponent('ü'.repeat(host.token.length))}`)).status).toBe(401);
  });

  it('refuses calls from another origin', async () => {
    const response = await call('app:info', '{}', { origin: 'http://evil.example' });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses an unknown channel with a typed error', async () => {
    const response = await call('accounts:drop-table', '{}');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it.each(channelNames)('answers a bad payload on %s with a typed error and stays up', async (channel) => {
    const response = await call(channel, JSON.stringify({ input: { bogus: ['x'] } }));
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const after = await call('app:info', '{}');
    expect(await after.json()).toMatchObject({ ok: true });
  });

  it('answers malformed JSON and oversized bodies with typed errors', async () => {
    const malformed = await call('settings:set', '{"input": {');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const huge = await call('settings:set', JSON.stringify({ input: { theme: 'x'.repeat(2 * 1024 * 1024) } }));
    expect(huge.status).toBe(413);
  });

  it('answers a batch of calls, one line each, unknown channels and bad payloads included', async () => {
    const calls = [
      { id: 7, channel: 'accounts:list', input: undefined },
      { id: 8, channel: 'accounts:drop-table', input: {} },
      { id: 9, channel: 'settings:set', input: { theme: 42 } },
    ];
    const response = await fetch(`${host.origin}/__host/batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-storepulse-token': host.token },
      body: JSON.stringify({ calls }),
    });
    expect(response.status).toBe(200);
    const lines = (await response.text()).trim().split('\n').map((line) => JSON.parse(line) as { id: number; result: { ok: boolean; error?: { code: string } } });
    const byId = new Map(lines.map((line) => [line.id, line.result]));
    expect([...byId.keys()].sort()).toEqual([7, 8, 9]);
    expect(byId.get(7)).toMatchObject({ ok: true });
    expect(byId.get(8)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(byId.get(9)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('refuses a batch without the token, or one that is not a list of calls', async () => {
    const post = (body: string, token = host.token) =>
      fetch(`${host.origin}/__host/batch`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-storepulse-token': token }, body });
    expect((await post(JSON.stringify({ calls: [] }), '')).status).toBe(401);
    const malformed = await post(JSON.stringify({ calls: [{ channel: 'app:info' }] }));
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('serves the page only with the token, with the bridge injected', async () => {
    expect((await fetch(`${host.origin}/`)).status).toBe(401);
    const page = await fetch(host.url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`/__host/bridge.js?token=${host.token}`);
    expect((await fetch(`${host.origin}/__host/bridge.js`)).status).toBe(401);
  });

  it('does not serve files outside the renderer folder', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/assets/../../../package.json']) {
      const response = await fetch(`${host.origin}${path}`);
      expect(response.status, path).toBe(404);
    }
  });

  it('pushes contract events to the page as server-sent events', async () => {
    const controller = new AbortController();
    const stream = await fetch(`${host.origin}/__host/events?token=${host.token}`, { signal: controller.signal });
    const reader = stream.body!.getReader();
    await reader.read(); // the ": connected" comment
    await call('settings:set', JSON.stringify({ input: { theme: 'dark' } }));
    let received = '';
    while (!received.includes('\n\n')) {
      const { value } = await reader.read();
      received += new TextDecoder().decode(value);
    }
    controller.abort();
    expect(received).toContain('event: settings:changed');
    expect(received).toContain('"theme":"dark"');
  });
});
