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
