#!/usr/bin/env node
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureElectron } from './launcher/ensure-electron.mjs';
import { runWebMode } from './launcher/web-mode.mjs';

/**
 * `npm start`: build, make sure the Electron binary is there (electron 45 downloads it on first
 * use, not at install), then open the desktop app. Where the binary cannot be had (offline, a
 * blocked download), one sentence says why and the same app opens in the local web mode instead.
 * Plain Node: it must run before anything is built and without Electron.
 * `--skip-build` starts from the existing out/.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { 'skip-build': { type: 'boolean', default: false } } });
const requireFromRoot = createRequire(join(root, 'package.json'));
const electronVite = join(dirname(requireFromRoot.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
const electronDir = dirname(requireFromRoot.resolve('electron/package.json'));

/** Runs a command in the project, output shown; resolves with its exit code. */
function run(args, env = process.env) {
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: 'inherit' });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  return new Promise((done) => {
    child.on('close', (code) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      done(code ?? 1);
    });
  });
}

if (!values['skip-build']) {
  const built = await run([electronVite, 'build']);
  if (built !== 0) process.exit(built);
}

// A binary named by the user (electron-vite's own variable) is used as it is.
const given = process.env.ELECTRON_EXEC_PATH;
const electron = given && existsSync(given) ? { ok: true, path: given } : await ensureElectron(electronDir);
if (electron.ok) {
  process.exit(await run([electronVite, 'preview', '--skipBuild'], { ...process.env, ELECTRON_EXEC_PATH: electron.path }));
}
console.log(`Storepulse could not download Electron for the desktop app (${electron.reason}), so it opens in your browser instead.`);
runWebMode(join(root, 'out', 'main', 'web.js'));
