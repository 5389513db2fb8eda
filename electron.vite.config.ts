import { chmod } from 'node:fs/promises';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/**
 * The renderer's Content Security Policy. Injected at build time only: the development server
 * needs inline styles and its own websocket for hot reload, which this policy rightly forbids.
 */
const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

function injectCsp(): Plugin {
  return {
    name: 'storepulse:csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        /<meta charset="UTF-8" \/>/,
        (charset) => `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`,
      ),
  };
}

/** `storepulse` is the package's bin: npm runs it directly, so it must be executable. */
function makeCliExecutable(): Plugin {
  return {
    name: 'storepulse:cli-executable',
    apply: 'build',
    async writeBundle(options, bundle) {
      if (options.dir && 'cli.js' in bundle) await chmod(resolve(options.dir, 'cli.js'), 0o755);
    },
  };
}

export default defineConfig({
  main: {
    plugins: [makeCliExecutable()],
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: { index: resolve('main/index.ts'), cli: resolve('main/cli.ts'), web: resolve('main/web/start.ts') },
        output: { banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : '') },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // Sandboxed preloads cannot `require` our own modules: bundle everything into one CJS file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), injectCsp()],
    build: {
      outDir: 'out/renderer',
      minify: true,
      rolldownOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
