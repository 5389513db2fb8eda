import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { defaultScenario, demoKeys, keyHint } from '../../main/simulator';

type Simulate = ChildProcessByStdio<null, Readable, Readable>;

const listening = /^listening on http:\/\/127\.0\.0\.1:(\d+)$/;
/** One line per demo account, as the command prints them: name, zone, currency, a hint of the key. */
const accountLines = defaultScenario().accounts.map(
  (account) => `  ${account.name} (${account.timezone}, ${account.currency}): key ${keyHint(account.privateKey)}`,
);

function start(flags: string[]): { child: Simulate; stderr: () => string } {
  const child = spawn(process.execPath, ['out/main/cli.js', 'simulate', '--port', '0', ...flags], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return { child, stderr: () => stderr };
}

/** The first `count` lines of stdout (or fewer, if the process ends first). */
async function firstLines(child: Simulate, count: number): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of createInterface({ input: child.stdout })) {
    lines.push(line);
    if (lines.length === count) break;
  }
  return lines;
}

/** The announced URL, from a first line that must be exactly `listening on http://127.0.0.1:<port>`. */
function urlFrom(lines: readonly string[]): string {
  const port = listening.exec(lines[0] ?? '')?.[1];
  expect(lines[0], 'first line').toMatch(listening);
  expect(Number(port)).toBeGreaterThan(0);
  return `http://127.0.0.1:${port}`;
}

const ask = (url: string) =>
  fetch(`${url}/api/accounts?fields[account]=timezone`, {
    headers: { authorization: `Klaviyo-API-Key ${demoKeys.outdoor}`, revision: '2026-07-15', connection: 'close' },
  });

async function stop(child: Simulate): Promise<unknown[]> {
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  return exited;
}

describe('storepulse simulate (built)', () => {
  it('announces its URL, serves the demo key, and stops cleanly on SIGTERM', async () => {
    const { child, stderr } = start([]);
    try {
      const lines = await firstLines(child, 1 + accountLines.length);
      expect(lines.slice(1), stderr()).toEqual(accountLines);
      const url = urlFrom(lines);
      const answer = await ask(url);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toMatch(/^application\/vnd\.api\+json/);
      const body = (await answer.json()) as { data: { type: string; id: string; attributes: Record<string, unknown> }[]; links: { self: string } };
      expect(body).toMatchObject({ data: [{ type: 'account', attributes: { timezone: 'America/New_York' } }] });
      expect(body.data).toHaveLength(1);
      // A sparse fieldset: only the field asked for comes back.
      expect(Object.keys(body.data[0]!.attributes)).toEqual(['timezone']);
      expect(body.data[0]!.id).toMatch(/^\w+$/);
      expect(body.links.self).toMatch(/\/api\/accounts\/?/);
      expect(await stop(child)).toEqual([0, null]);
      expect(stderr()).toBe('');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});

describe('storepulse simulate fault flags (built)', () => {
  async function withSimulator(flags: string[], faultsLine: string, use: (url: string) => Promise<void>): Promise<void> {
    const { child, stderr } = start(flags);
    try {
      const lines = await firstLines(child, 2 + accountLines.length);
      expect(lines, stderr()).toEqual([expect.stringMatching(listening), ...accountLines, faultsLine]);
      await use(urlFrom(lines));
      expect(await stop(child)).toEqual([0, null]);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }

  it('--storm-minutes and --retry-after answer 429 with that Retry-After for the storm', async () => {
    await withSimulator(['--storm-minutes', '12', '--retry-after', '45'], 'faults: 429 storm for 12 min (Retry-After 45 s)', async (url) => {
      for (let request = 0; request < 3; request += 1) {
        const answer = await ask(url);
        expect(answer.status).toBe(429);
        expect(answer.headers.get('retry-after')).toBe('45');
      }
    });
  });

  it('--server-error-rate, --disconnects and --latency inject their faults', async () => {
    await withSimulator(['--server-error-rate', '1', '--disconnects', '1', '--latency', '5'], 'faults: server errors 100%, 1 dropped connection, 5 ms latency', async (url) => {
      await expect(ask(url)).rejects.toThrow();
      expect([500, 503]).toContain((await ask(url)).status);
    });
  });

  it('refuses a rate outside 0-1 with exit code 2', async () => {
    const child = spawn(process.execPath, ['out/main/cli.js', 'simulate', '--server-error-rate', '2'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = await once(child, 'exit');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^storepulse: .*server-error-rate/);
    expect(stdout).toBe('');
  });
});
