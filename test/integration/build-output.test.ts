import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { preloadPath, rendererIndexPath } from '../../main/electron/paths';

const mainDir = resolve('out/main');

describe('build output', () => {
  it('has the three bundles the app starts from', () => {
    for (const file of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']) {
      expect(existsSync(file), file).toBe(true);
    }
  });

  it('contains the preload and renderer exactly where main/index.ts looks for them', () => {
    expect(existsSync(preloadPath(mainDir))).toBe(true);
    expect(existsSync(rendererIndexPath(mainDir))).toBe(true);
    const mainBundle = readFileSync('out/main/index.js', 'utf8');
    expect(mainBundle).toContain('../preload/index.cjs');
  });

  it('ships a sandbox-compatible preload: one CommonJS file requiring only electron', () => {
    const preload = readFileSync('out/preload/index.cjs', 'utf8');
    const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((match) => match[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(preload).not.toMatch(/^\s*import\s/m);
  });

  it('serves the renderer under a strict Content Security Policy', () => {
    const html = readFileSync('out/renderer/index.html', 'utf8');
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toMatch(/https?:/);
  });

  it('builds an executable CLI entry with a node shebang', () => {
    const cli = readFileSync('out/main/cli.js', 'utf8');
    expect(cli.startsWith('#!/usr/bin/env node')).toBe(true);
    expect(statSync('out/main/cli.js').mode & 0o111).not.toBe(0);
  });
});
