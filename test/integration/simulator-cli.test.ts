import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { demoKeys } from '../../main/simulator';

describe('storepulse simulate (built)', () => {
  it('announces its URL, serves the demo key, and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, ['out/main/cli.js', 'simulate', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const lines = createInterface({ input: child.stdout });
      let url: string | undefined;
      for await (const line of lines) {
        url = /^listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(line)?.[1];
        if (url !== undefined) break;
      }
      expect(url).toBeDefined();
      const answer = await fetch(`${url}/api/accounts?fields[account]=timezone`, {
        headers: { authorization: `Klaviyo-API-Key ${demoKeys.outdoor}`, revision: '2026-07-15', connection: 'close' },
      });
      expect(answer.status).toBe(200);
      expect(await answer.json()).toMatchObject({ data: [{ type: 'account', attributes: { timezone: 'America/New_York' } }] });
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      expect(await exited).toEqual([0, null]);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});

describe('storepulse simulate fault flags (built)', () => {
  async function withSimulator(flags: string[], use: (url: string, lines: string[]) => Promise<void>): Promise<void> {
    const child = spawn(process.execPath, ['out/main/cli.js', 'simulate', '--port', '0', ...flags], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    try {
      const lines: string[] = [];
      let url: string | undefined;
      for await (const line of createInterface({ input: child.stdout })) {
        lines.push(line);
        url ??= /^listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(line)?.[1];
        if (url !== undefined && line.startsWith('faults:')) break;
      }
      expect(url, stderr).toBeDefined();
      await use(url!, lines);
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      expect(await exited).toEqual([0, null]);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }
  const ask = (url: string) =>
    fetch(`${url}/api/accounts?fields[account]=timezone`, {
      headers: { authorization: `Klaviyo-API-Key ${demoKeys.outdoor}`, revision: '2026-07-15', connection: 'close' },
    });

  it('--storm-minutes and --retry-after answer 429 with that Retry-After for the storm', async () => {
    await withSimulator(['--storm-minutes', '12', '--retry-after', '45'], async (url, lines) => {
      expect(lines).toContain('faults: 429 storm for 12 min (Retry-After 45 s)');
      for (let request = 0; request < 3; request += 1) {
        const answer = await ask(url);
        expect(answer.status).toBe(429);
        expect(answer.headers.get('retry-after')).toBe('45');
      }
    });
  });

  it('--server-error-rate, --disconnects and --latency inject their faults', async () => {
    await withSimulator(['--server-error-rate', '1', '--disconnects', '1', '--latency', '5'], async (url, lines) => {
      expect(lines).toContain('faults: server errors 100%, 1 dropped connection, 5 ms latency');
      await expect(ask(url)).rejects.toThrow();
      expect([500, 503]).toContain((await ask(url)).status);
    });
  });

  it('refuses a rate outside 0-1 with exit code 2', async () => {
    const child = spawn(process.execPath, ['out/main/cli.js', 'simulate', '--server-error-rate', '2'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = await once(child, 'exit');
    expect(code).toBe(2);
    expect(stderr).toMatch(/server-error-rate/);
  });
});
