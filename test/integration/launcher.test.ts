import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLauncherProject, type LauncherProject } from '../support/launcher-project';

/**
 * `npm start` on a fresh clone, where electron's binary has never been downloaded (electron 45
 * fetches it on first use). Electron's own download path runs against a loopback mirror
 * (ELECTRON_MIRROR): one serving a stand-in binary, one refusing connections. No test reaches
 * the internet, and none writes into the shared node_modules.
 */
const electronVersion = '45.4.1';

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

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

/** A zip holding what electron's zip holds where it matters: `version` and an `electron` executable. */
function standInElectronZip(dir: string, marker: string): Buffer {
  const content = join(dir, 'zip-content');
  mkdirSync(content);
  writeFileSync(join(content, 'version'), `v${electronVersion}`);
  writeFileSync(join(content, 'electron'), `#!/bin/sh\necho "started with $*" > '${marker}'\n`);
  chmodSync(join(content, 'electron'), 0o755);
  const zip = join(dir, 'electron.zip');
  const zipped = spawnSync('zip', ['-q', '-X', zip, 'version', 'electron'], { cwd: content });
  if (zipped.status !== 0) throw new Error(`zip failed: ${zipped.stderr.toString()}`);
  return readFileSync(zip);
}

describe('npm start without the Electron binary', () => {
  let project: LauncherProject;
  let scratch: string;
  let env: NodeJS.ProcessEnv;

  beforeEach(() => {
    project = createLauncherProject();
    scratch = mkdtempSync(join(tmpdir(), 'storepulse-launcher-scratch-'));
    env = {
      ...process.env,
      // Electron's downloader cache, kept empty and private to the test.
      electron_config_cache: join(scratch, 'cache'),
      BROWSER: 'none',
      ELECTRON_EXEC_PATH: '',
      ELECTRON_OVERRIDE_DIST_PATH: '',
    };
  });

  afterEach(() => {
    project.remove();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('downloads the binary through electron\'s own lazy download, then starts the desktop app', async () => {
    const marker = join(scratch, 'electron-started');
    const zip = standInElectronZip(scratch, marker);
    const zipName = `electron-v${electronVersion}-${process.platform}-${process.arch}.zip`;
    const requested: string[] = [];
    const mirror = createServer((request, response) => {
      requested.push(request.url ?? '');
      if (request.url === `/v${electronVersion}/${zipName}`) response.end(zip);
      else if (request.url === `/v${electronVersion}/SHASUMS256.txt`) response.end(`${createHash('sha256').update(zip).digest('hex')} *${zipName}\n`);
      else response.writeHead(404).end();
    });
    const port = await listen(mirror);
    try {
      expect(existsSync(join(project.electronDir, 'path.txt'))).toBe(false);
      const start = run('npm', ['start', '--', '--skip-build'], project.root, {
        ...env,
        ELECTRON_MIRROR: `http://127.0.0.1:${port}/`,
        // The stand-in zip is not in electron's checksums.json: check it against the mirror's list.
        electron_use_remote_checksums: '1',
      });
      const code = await start.exit;
      expect({ code, output: start.output() }).toMatchObject({ code: 0 });
      expect(requested).toContain(`/v${electronVersion}/${zipName}`);
      expect(readFileSync(join(project.electronDir, 'path.txt'), 'utf8')).toBe('electron');
      expect(readFileSync(marker, 'utf8').trim()).toBe('started with .');
      expect(start.output()).toContain('Downloading Electron');
    } finally {
      mirror.close();
    }
  });

  it('when the download fails: one sentence, no stack trace, the web mode serving, exit 0 on SIGTERM', async () => {
    // A port nothing listens on: the download fails at once, as it does offline.
    const closed = createServer();
    const deadPort = await listen(closed);
    await new Promise((resolve) => closed.close(resolve));
    // package.json's start command run as npm runs it, minus npm itself: npm answers a signal with
    // its own 128+n whatever its child does, so the exit code checked is the start command's.
    const command = (JSON.parse(readFileSync(join(project.root, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
    const start = run('sh', ['-c', `exec ${command} --skip-build`], project.root, {
      ...env,
      PATH: `${join(project.root, 'node_modules', '.bin')}${delimiter}${env.PATH ?? ''}`,
      ELECTRON_MIRROR: `http://127.0.0.1:${deadPort}/`,
    });
    try {
      const url = await waitFor(start, /open (http:\/\/127\.0\.0\.1:\d+\/\S*)/);
      expect({ url: url?.[1] ?? null, output: start.output() }).toMatchObject({ url: expect.stringMatching(/^http:/) });
      const page = await fetch(url?.[1] ?? '');
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');

      const output = start.output();
      expect(output).not.toMatch(/^\s+at /m);
      expect(output).not.toMatch(/Error:/);
      const explanations = output.split('\n').filter((line) => line.includes('desktop app'));
      expect(explanations).toHaveLength(1);
      expect(explanations[0]).toMatch(/^Storepulse could not download Electron for the desktop app \(.+\), so it opens in your browser instead\.$/);

      start.child.kill('SIGTERM');
      expect(await start.exit).toBe(0);
    } finally {
      start.child.kill('SIGKILL');
    }
  });
});
