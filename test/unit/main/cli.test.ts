import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run-cli';
import type { SimulateEnvironment } from '../../../main/cli/simulate-command';
import { demoKeys } from '../../../main/simulator';
import packageJson from '../../../package.json' with { type: 'json' };
import { fixedClock } from '../../support/fake-ports';

/** Stops `simulate` at once, after `whileRunning` had its look at the server. */
function environment(whileRunning: (out: string[]) => Promise<void> = async () => {}, out: string[] = []): SimulateEnvironment {
  return { clock: fixedClock('2026-07-15T14:20:00Z'), waitForShutdown: () => whileRunning(out) };
}

async function run(args: string[], whileRunning?: (out: string[]) => Promise<void>) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, (t) => out.push(t), (t) => err.push(t), environment(whileRunning, out));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('storepulse CLI', () => {
  it.each([['--version'], ['-v']])('%s prints the package version', async (flag) => {
    expect(await run([flag])).toEqual({ code: 0, out: packageJson.version, err: '' });
  });

  it.each([[[]], [['help']], [['--help']]])('%j prints the usage', async (args) => {
    const result = await run(args);
    expect(result.code).toBe(0);
    expect(result.out).toContain('Usage: storepulse <command>');
    expect(result.out).toContain('simulate');
  });

  it('refuses an unknown command or option with exit 2 and one clear line', async () => {
    for (const args of [['frobnicate'], ['--nope'], ['simulate', 'now']]) {
      const result = await run(args);
      expect(result.code).toBe(2);
      expect(result.out).toBe('');
      expect(result.err.split('\n')).toHaveLength(1);
      expect(result.err).toMatch(/^storepulse( simulate)?: /);
    }
  });
});

describe('storepulse simulate', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'storepulse-cli-'));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('serves the demo store until told to stop, announcing the URL and each account with a key hint', async () => {
    let status = 0;
    const result = await run(['simulate', '--port', '0', '--key', 'pk_my_own_private_key', '--seed', '7'], async (out) => {
      const url = /^listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(out[0] ?? '')?.[1];
      const answer = await fetch(`${url}/api/accounts`, { headers: { authorization: 'Klaviyo-API-Key pk_my_own_private_key', revision: '2026-07-15' } });
      status = answer.status;
    });
    expect(result.code).toBe(0);
    expect(status).toBe(200);
    const lines = result.out.split('\n');
    expect(lines[0]).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+$/);
    expect(lines.slice(1)).toEqual([
      '  Demo Outdoor Co. (America/New_York, USD): key pk_my_…_key',
      `  Demo Charity (Europe/London, GBP): key pk_dem…rity`,
    ]);
    expect(result.out).not.toContain('pk_my_own_private_key');
    expect(result.out).not.toContain(demoKeys.charity);
  });

  it.each([
    ['a missing file', () => join(folder, 'nope.json'), /^storepulse: cannot read scenario file .*nope\.json \(ENOENT\)$/],
    ['a file that is not JSON', async () => write('broken.json', '{ seed: '), /^storepulse: scenario file .*broken\.json is not valid JSON$/],
    [
      'a scenario that fails the schema',
      async () => write('bad.json', JSON.stringify({ seed: 1.5, accounts: [] })),
      /^storepulse: scenario file .*bad\.json is invalid: seed: .+; accounts: .+$/,
    ],
  ])('exits 2 with one line on stderr for %s', async (_, file, message) => {
    const result = await run(['simulate', '--scenario', await file()]);
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err.split('\n')).toHaveLength(1);
    expect(result.err).toMatch(message);
  });

  it('exits 2 on a bad port', async () => {
    const result = await run(['simulate', '--port', 'eighty']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^storepulse: port: /);
  });

  async function write(name: string, text: string): Promise<string> {
    const path = join(folder, name);
    await writeFile(path, text);
    return path;
  }
});
