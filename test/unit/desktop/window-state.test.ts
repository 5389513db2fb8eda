import { describe, expect, it } from 'vitest';
import { createWindowStateFile, placementFor } from '../../../main/desktop/window-state';
import { memoryPreferences } from '../../support/fake-ports';

const screenArea = { x: 0, y: 0, width: 1920, height: 1050 };
const defaults = { width: 1280, height: 820 };
const minimum = { width: 900, height: 600 };

describe('window placement', () => {
  it('opens at the default size, centred, the first time', () => {
    expect(placementFor(null, [screenArea], defaults, minimum)).toEqual({ width: 1280, height: 820, maximized: false });
  });

  it('reopens where it was', () => {
    const stored = { bounds: { x: 100, y: 80, width: 1000, height: 700 }, maximized: true };
    expect(placementFor(stored, [screenArea], defaults, minimum)).toEqual({ x: 100, y: 80, width: 1000, height: 700, maximized: true });
  });

  it('comes back on screen when its monitor is gone, and never larger than the largest screen', () => {
    const stored = { bounds: { x: 2500, y: 100, width: 2560, height: 1400 }, maximized: false };
    expect(placementFor(stored, [screenArea], defaults, minimum)).toEqual({ width: 1920, height: 1050, maximized: false });
  });

  it('stores and reads back, and ignores a broken file', () => {
    const preferences = memoryPreferences({ bounds: 'nonsense' });
    const file = createWindowStateFile(preferences);
    expect(file.load()).toBeNull();
    file.save({ bounds: { x: 1, y: 2, width: 1000, height: 700 }, maximized: false });
    expect(file.load()).toEqual({ bounds: { x: 1, y: 2, width: 1000, height: 700 }, maximized: false });
  });
});
