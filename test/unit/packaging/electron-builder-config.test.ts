import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv from 'ajv';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

/**
 * The installer configuration cannot be exercised here (packaging downloads Electron), so it is
 * checked the way electron-builder would read it: valid against electron-builder's own schema,
 * all three systems targeted, every file it names present.
 */
const config = load(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown> & {
  mac: { target: { target: string; arch: string[] }[]; icon: string; entitlements: string; entitlementsInherit: string; hardenedRuntime: boolean };
  win: { target: string; icon: string };
  linux: { target: string[]; icon: string };
  extraResources: { from: string; to: string }[];
  electronFuses: Record<string, boolean>;
  protocols: { schemes: string[] }[];
};

describe('electron-builder.yml', () => {
  it('is valid against the schema of the installed electron-builder', () => {
    const require = createRequire(import.meta.url);
    const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    const valid = ajv.validate(schema, config);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('builds for macOS (dmg + zip, Intel and Apple silicon), Windows (NSIS) and Linux (AppImage + deb)', () => {
    expect(config.mac.target).toEqual([
      { target: 'dmg', arch: ['x64', 'arm64'] },
      { target: 'zip', arch: ['x64', 'arm64'] },
    ]);
    expect(config.mac.hardenedRuntime).toBe(true);
    expect(config.win.target).toBe('nsis');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
  });

  it('flips the security fuses and registers the storepulse: scheme', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      // The renderer is served from app:// (main/electron/app-protocol.ts), so file:// pages need
      // none of the privileges Chromium would otherwise give them.
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.protocols.flatMap((protocol) => protocol.schemes)).toEqual(['storepulse']);
    expect(config['npmRebuild']).toBe(false);
    expect(config['asarUnpack']).toEqual(['node_modules/better-sqlite3/**']);
  });

  it('names only files that exist: icons of every size, entitlements, tray images', () => {
    const referenced = [config.mac.icon, config.mac.entitlements, config.mac.entitlementsInherit, config.win.icon, config.linux.icon, ...config.extraResources.map((entry) => entry.from)];
    for (const path of referenced) expect(existsSync(path), path).toBe(true);
    for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) expect(existsSync(join(config.linux.icon, `${size}x${size}.png`)), `${size}px`).toBe(true);
    for (const image of ['tray.png', 'trayTemplate.png', 'trayTemplate@2x.png']) expect(existsSync(join('resources/tray', image)), image).toBe(true);
    expect(readFileSync(config.mac.icon).subarray(0, 4).toString('ascii')).toBe('icns');
    expect(statSync(config.win.icon).size).toBeGreaterThan(1000);
    expect(readFileSync(config.mac.entitlements, 'utf8')).toContain('com.apple.security.cs.allow-jit');
  });
});
