import { z } from 'zod';
import type { PreferencesFile } from '../ports';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

/** Where and how big to open the window; no x/y means "let the system centre it". */
export interface WindowPlacement {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

const windowStateSchema = z.object({
  bounds: z.object({ x: z.number().int(), y: z.number().int(), width: z.number().int().positive(), height: z.number().int().positive() }),
  maximized: z.boolean(),
});

/** Enough of the window on a screen to grab its title bar and drag it back. */
const minimumVisible = { width: 120, height: 40 };

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * The remembered placement, checked against today's screens: a window last seen on a monitor that
 * is now unplugged, or larger than any screen, must not open out of reach.
 */
export function placementFor(
  stored: WindowState | null,
  workAreas: readonly Rect[],
  defaults: { width: number; height: number },
  minimum: { width: number; height: number },
): WindowPlacement {
  if (!stored) return { ...defaults, maximized: false };
  const largest = workAreas.reduce<Rect | null>((best, area) => (best === null || area.width * area.height > best.width * best.height ? area : best), null);
  const limit = largest ?? { width: Number.MAX_SAFE_INTEGER, height: Number.MAX_SAFE_INTEGER };
  const width = Math.max(minimum.width, Math.min(stored.bounds.width, limit.width));
  const height = Math.max(minimum.height, Math.min(stored.bounds.height, limit.height));
  const bounds = { ...stored.bounds, width, height };
  const onScreen = workAreas.some((area) => {
    const shared = overlap(bounds, area);
    return shared.width >= minimumVisible.width && shared.height >= minimumVisible.height;
  });
  return onScreen ? { x: bounds.x, y: bounds.y, width, height, maximized: stored.maximized } : { width, height, maximized: stored.maximized };
}

export interface WindowStateFile {
  load(): WindowState | null;
  save(state: WindowState): void;
}

/** The window's last placement in its own small preferences file (not the settings). */
export function createWindowStateFile(file: PreferencesFile): WindowStateFile {
  return {
    load() {
      const parsed = windowStateSchema.safeParse(file.read());
      // A missing or hand-broken file just means the default size, never an error.
      return parsed.success ? parsed.data : null;
    },
    save(state) {
      file.write({ bounds: { ...state.bounds }, maximized: state.maximized });
    },
  };
}
