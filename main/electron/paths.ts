import { join } from 'node:path';

/**
 * Where the built preload and renderer sit relative to the built main bundle (`out/main`). A test
 * checks that these files exist in the build output, so a renamed output fails CI, not users.
 */
export function preloadPath(mainDir: string): string {
  return join(mainDir, '../preload/index.cjs');
}

export function rendererIndexPath(mainDir: string): string {
  return join(mainDir, '../renderer/index.html');
}
