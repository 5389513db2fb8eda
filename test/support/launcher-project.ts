import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * A throw-away copy of the project as a fresh clone sees it after `npm install`: the real start
 * script, package.json and build output, every installed package, but its own copy of the electron
 * package with no binary and no path.txt. Electron's lazy download then writes into the copy, never
 * into the shared install.
 */
export interface LauncherProject {
  root: string;
  electronDir: string;
  remove(): void;
}

const projectRoot = resolve(import.meta.dirname, '../..');
const electronFiles = ['package.json', 'index.js', 'install.js', 'cli.js', 'checksums.json', 'abi_version', 'LICENSE'];

export function createLauncherProject(): LauncherProject {
  const root = mkdtempSync(join(tmpdir(), 'storepulse-launcher-'));
  cpSync(join(projectRoot, 'package.json'), join(root, 'package.json'));
  cpSync(join(projectRoot, 'scripts'), join(root, 'scripts'), { recursive: true });
  symlinkSync(join(projectRoot, 'out'), join(root, 'out'));
  const modules = join(root, 'node_modules');
  mkdirSync(modules);
  const installed = join(projectRoot, 'node_modules');
  for (const name of readdirSync(installed)) {
    if (name !== 'electron') symlinkSync(join(installed, name), join(modules, name));
  }
  const electronDir = join(modules, 'electron');
  mkdirSync(electronDir);
  for (const file of electronFiles) cpSync(join(installed, 'electron', file), join(electronDir, file));
  return { root, electronDir, remove: () => rmSync(root, { recursive: true, force: true }) };
}
