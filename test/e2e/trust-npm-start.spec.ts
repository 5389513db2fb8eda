import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { test, expect } from '@playwright/test';
import { catalogues } from '../../shared/i18n/catalogues';
import { createLauncherProject } from '../support/launcher-project';

/**
 * `npm start` on a fresh clone where Electron's binary cannot be downloaded (offline: its mirror
 * is a loopback port nothing listens on). The start command must say so in one sentence, with no
 * stack trace, and serve the same app in the browser; Chromium opens the URL it prints and finds
 * the app on the demo store. SIGTERM then ends it with exit code 0. The project is a throw-away
 * copy whose electron package has no binary: the shared install is never touched.
 */
const en = catalogues.en;

interface Run {
  child: ChildProcess;
  output: () => string;
  exit: Promise<number | null>;
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Run {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, output: () => text, exit };
}

/** Resolves with the first match of `pattern` in the output, or with null once the process ends. */
async function waitFor(subject: Run, pattern: RegExp): Promise<RegExpMatchArray | null> {
  let ended = false;
  void subject.exit.then(() => (ended = true));
  for (;;) {
    const match = pattern.exec(subject.output());
    if (match) return match;
    if (ended) return null;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function deadPort(): Promise<number> {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const { port } = closed.address() as AddressInfo;
  await new Promise((resolve) => closed.close(resolve));
  return port;
}

test('npm start without Electron: one sentence, the app served in Chromium, exit 0 on SIGTERM', async ({ page }) => {
  test.setTimeout(120_000);
  const project = createLauncherProject();
  const scratch = mkdtempSync(join(tmpdir(), 'storepulse-npm-start-'));
  // package.json's start command run as npm runs it, minus npm itself: npm answers a signal with
  // its own 128+n whatever its child does, so the exit code checked is the start command's.
  const command = (JSON.parse(readFileSync(join(project.root, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
  const start = run('sh', ['-c', `exec ${command} --skip-build`], project.root, {
    ...process.env,
    PATH: `${join(project.root, 'node_modules', '.bin')}${delimiter}${process.env['PATH'] ?? ''}`,
    // Electron's downloader cache, kept empty and private; its mirror refuses connections.
    electron_config_cache: join(scratch, 'cache'),
    ELECTRON_MIRROR: `http://127.0.0.1:${await deadPort()}/`,
    ELECTRON_EXEC_PATH: '',
    ELECTRON_OVERRIDE_DIST_PATH: '',
    BROWSER: 'none',
  });
  try {
    const url = await waitFor(start, /open (http:\/\/127\.0\.0\.1:\d+\/\S*)/);
    // The start command's own output is the message when no URL comes: it says what went wrong.
    expect(url?.[1] ?? '', start.output()).toMatch(/^http:\/\/127\.0\.0\.1:/);

    await page.goto(url![1]!);
    await expect(page.getByRole('navigation').first()).toBeVisible();
    await expect(page.getByRole('button', { name: en.nav.home, exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: en.nav.home })).toBeVisible();
    // Home on the demo store: its account is the one chosen.
    await expect(page.getByRole('combobox').first()).toContainText('Demo Outdoor Co.', { timeout: 30_000 });
    // The first sync of the demo store ends, and the app's own mark is served with it.
    await expect(page.locator('.sync-line__text')).toContainText(en.sync.upToDate.split('{{')[0]!, { timeout: 90_000 });
    await expect.poll(() => page.locator('img.brand__mark').evaluate((image) => (image as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(0);
    await page.screenshot({ path: 'test-results/screens/trust-npm-start-home-en.png' });

    const output = start.output();
    expect(output).not.toMatch(/\n\s+at /);
    expect(output).not.toMatch(/Error:/);
    const explanations = output.split('\n').filter((line) => line.includes('desktop app'));
    expect(explanations).toHaveLength(1);
    expect(explanations[0]).toMatch(/^Storepulse could not download Electron for the desktop app \(.+\), so it opens in your browser instead\.$/);

    start.child.kill('SIGTERM');
    expect(await start.exit).toBe(0);
  } finally {
    start.child.kill('SIGKILL');
    project.remove();
    rmSync(scratch, { recursive: true, force: true });
  }
});
