import { describe, expect, it } from 'vitest';
import { isAppUrl } from '../../../main/desktop/app-origin';

describe('the app origin', () => {
  it.each(['app://storepulse/index.html', 'app://storepulse/index.html#/flows', 'app://storepulse/'])('%s is the app', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    'file:///opt/Storepulse/resources/app.asar/out/renderer/index.html',
    'file:///etc/passwd',
    'app://evil.example/index.html',
    'app://storepulse.evil/index.html',
    'app://user@storepulse/index.html',
    'http://localhost:5173/',
    'https://www.klaviyo.com/',
    'javascript:alert(1)',
    'not a url',
  ])('%s is not the app', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('trusts the dev server it is given, by origin only', () => {
    const dev = 'http://localhost:5173';
    expect(isAppUrl('http://localhost:5173/#/flows', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5173.evil.example/', dev)).toBe(false);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', dev)).toBe(false);
    expect(isAppUrl('file:///index.html', dev)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', 'file:///')).toBe(false);
  });
});
