import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Integration tests use the built output; build it once if a plain `vitest` run finds none. */
export default function ensureBuild(): void {
  const needed = ['out/main/index.js', 'out/main/cli.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
  if (needed.every((file) => existsSync(file))) return;
  execFileSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
}
