import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appProtocolPath } from '../../../main/desktop/app-protocol-path';

const root = join('/opt', 'Storepulse', 'out', 'renderer');

describe('app:// URL to a file of the built renderer', () => {
  it.each([
    ['app://storepulse/', 'index.html'],
    ['app://storepulse', 'index.html'],
    ['app://storepulse/index.html', 'index.html'],
    ['app://storepulse/index.html#/flows', 'index.html'],
    ['app://storepulse/assets/index-B1x2.js', join('assets', 'index-B1x2.js')],
    ['app://storepulse/assets/index-B1x2.js?v=1', join('assets', 'index-B1x2.js')],
    ['app://storepulse/assets/Inter%20Var.woff2', join('assets', 'Inter Var.woff2')],
  ])('%s serves %s', (url, file) => {
    expect(appProtocolPath(url, root)).toEqual({ kind: 'file', path: join(root, file) });
  });

  it.each([
    // Dot segments, plain or percent-encoded, whatever the case: URL parsing would fold them away
    // silently, so they are refused before it.
    'app://storepulse/../../etc/passwd',
    'app://storepulse/assets/../../../etc/passwd',
    'app://storepulse/%2e%2e/%2e%2e/etc/passwd',
    'app://storepulse/%2E%2E/secret',
    'app://storepulse/.%2e/secret',
    'app://storepulse/./index.html',
    // Separators hidden in a segment.
    'app://storepulse/..%2f..%2fetc%2fpasswd',
    'app://storepulse/assets%2F..%2F..%2Fmain%2Findex.js',
    'app://storepulse/..%5c..%5cwindows%5cwin.ini',
    'app://storepulse/assets\\..\\..\\main\\index.js',
    // Absolute paths and drive letters.
    'app://storepulse//etc/passwd',
    'app://storepulse/C:/Windows/win.ini',
    'app://storepulse/%2Fetc%2Fpasswd',
    // A NUL byte, an undecodable escape, a directory.
    'app://storepulse/index.html%00.js',
    'app://storepulse/%E0%A4%A',
    'app://storepulse/assets/',
  ])('refuses the path of %s', (url) => {
    expect(appProtocolPath(url, root)).toEqual({ kind: 'refused', status: 403 });
  });

  it.each([
    'app://evil.example/index.html',
    'app://StorePulse.evil/index.html',
    'app:///etc/passwd',
    'app:index.html',
    'app://user:pass@storepulse/index.html',
    'app://storepulse:8080/index.html',
    'file:///opt/Storepulse/out/renderer/index.html',
    'https://storepulse/index.html',
    'not a url',
  ])('refuses %s: not the app origin', (url) => {
    expect(appProtocolPath(url, root)).toEqual({ kind: 'refused', status: 403 });
  });
});
