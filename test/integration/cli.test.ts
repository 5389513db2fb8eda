import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };

const run = promisify(execFile);

describe('storepulse bin (built)', () => {
  it('`npx storepulse --version` prints the package version', async () => {
    const { stdout } = await run('npx', ['--no-install', 'storepulse', '--version']);
    expect(stdout.trim()).toBe(packageJson.version);
  });

  it('exits 2 on an unknown command, with the reason on stderr', async () => {
    const failure = await run(process.execPath, ['out/main/cli.js', 'nope']).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown command "nope"') });
  });
});
