import { describe, expect, it } from 'vitest';
import { failedModuleUrl } from '../../../../renderer/features/shell/lazy-screen';

describe('failedModuleUrl', () => {
  it('reads the chunk Chromium names when a dynamic import fails', () => {
    const error = new TypeError('Failed to fetch dynamically imported module: app://storepulse/assets/metrics-screen-Bv35.js');
    expect(failedModuleUrl(error)).toBe('app://storepulse/assets/metrics-screen-Bv35.js');
  });

  it('reads the chunk Firefox names, over loopback', () => {
    const error = new TypeError('error loading dynamically imported module: http://127.0.0.1:4000/assets/flows-screen-X1.js');
    expect(failedModuleUrl(error)).toBe('http://127.0.0.1:4000/assets/flows-screen-X1.js');
  });

  it('names nothing when the browser does not say which chunk failed, or the failure is not a load', () => {
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'))).toBeNull();
    expect(failedModuleUrl(new Error('Cannot read properties of undefined'))).toBeNull();
    expect(failedModuleUrl('Failed to fetch dynamically imported module: http://x/a.js')).toBeNull();
  });
});
