import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { explainDownloadFailure } from './download-failure.mjs';

/**
 * Electron 45 no longer downloads its binary at install time: its index.js does, on the first
 * `require('electron')`, through its install.js (@electron/get, honouring ELECTRON_MIRROR,
 * electron_config_cache, ELECTRON_OVERRIDE_DIST_PATH...). electron-vite never requires it, so we
 * do, in a child process: the binary's path comes back on fd 3, install.js's stderr is kept so
 * that a failure becomes one sentence instead of its stack trace.
 */
const requireElectron = `
let electronPath;
try { electronPath = require(process.argv[1]); } catch { process.exit(1); }
require('node:fs').writeSync(3, electronPath);
`;

const megabytes = (bytes) => (bytes / 1_000_000).toFixed(1);

/** Bytes written so far under `dir`: @electron/get downloads into a folder of the temp dir. */
function bytesUnder(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      try {
        total += statSync(join(entry.parentPath, entry.name)).size;
      } catch {
        // Renamed or removed between listing and stat: counted on the next tick.
      }
    }
  }
  return total;
}

/**
 * Prints how much of the download has arrived, once a second on a terminal (one line, rewritten),
 * every 10 MB otherwise. @electron/get's own bar needs a terminal on the stderr we capture.
 */
function watchProgress(dir, out) {
  let shown = 0;
  const timer = setInterval(() => {
    const bytes = bytesUnder(dir);
    if (bytes === shown) return;
    if (out.isTTY) out.write(`\r  ${megabytes(bytes)} MB received`);
    else if (bytes - shown < 10_000_000) return;
    else out.write(`  ${megabytes(bytes)} MB received\n`);
    shown = bytes;
  }, 1000);
  return () => {
    clearInterval(timer);
    if (out.isTTY && shown > 0) out.write('\n');
  };
}

/**
 * The path of the Electron binary, downloaded first if missing.
 * @param {string} electronDir the installed electron package
 * @returns {Promise<{ ok: true, path: string } | { ok: false, reason: string }>}
 */
export async function ensureElectron(electronDir, out = process.stdout) {
  const downloadDir = mkdtempSync(join(tmpdir(), 'storepulse-electron-'));
  const stopProgress = watchProgress(downloadDir, out);
  try {
    const child = spawn(process.execPath, ['-e', requireElectron, electronDir], {
      env: { ...process.env, TMPDIR: downloadDir, TMP: downloadDir, TEMP: downloadDir },
      stdio: ['ignore', 'inherit', 'pipe', 'pipe'],
    });
    let stderr = '';
    let electronPath = '';
    child.stdio[2]?.on('data', (chunk) => (stderr += chunk.toString()));
    child.stdio[3]?.on('data', (chunk) => (electronPath += chunk.toString()));
    const code = await new Promise((resolve) => {
      child.on('error', () => resolve(-1));
      child.on('close', (status) => resolve(status));
    });
    if (code !== 0 || electronPath === '') return { ok: false, reason: explainDownloadFailure(stderr) };
    if (!existsSync(electronPath)) return { ok: false, reason: `there is no Electron binary at ${electronPath}` };
    return { ok: true, path: electronPath };
  } finally {
    stopProgress();
    rmSync(downloadDir, { recursive: true, force: true });
  }
}
