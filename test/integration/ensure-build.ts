import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const outputs = ['out/main/index.js', 'out/main/cli.js', 'out/main/web.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
const sourceDirs = ['main', 'preload', 'renderer', 'shared', 'resources'];
const sourceFiles = ['electron.vite.config.ts', 'package.json'];

/** The newest modification time among the files the build reads. */
function newestSource(): number {
  let newest = 0;
  for (const dir of sourceDirs) {
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  for (const file of sourceFiles) newest = Math.max(newest, statSync(file).mtimeMs);
  return newest;
}

/**
 * Integration tests use the built output. A plain `vitest` run builds it when it is
 * missing or older than any source, so a test never runs against yesterday's code.
 */
export default function ensureBuild(): void {
  const present = outputs.every((file) => existsSync(file));
  if (present && Math.min(...outputs.map((file) => statSync(file).mtimeMs)) >= newestSource()) return;
  execFileSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
}
