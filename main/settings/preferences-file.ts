import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';

/** Where both hosts keep preferences: electron-store and conf both write `<name>.json` in the data folder. */
export const preferencesFileIn = (dataDir: string): string => join(dataDir, 'preferences.json');

export type PreferencesVerdict = { kind: 'ok' } | { kind: 'missing' } | { kind: 'garbage'; detail: string };

/**
 * Reads the preferences file the way electron-store and conf will, before they do: both
 * throw on a file that is not a JSON object, before anything could salvage it. Field-level damage
 * (a wrong value in valid JSON) is not this check's concern: the settings service keeps what parses.
 */
export function inspectPreferences(file: string): PreferencesVerdict {
  if (!existsSync(file)) return { kind: 'missing' };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { kind: 'garbage', detail: error instanceof Error ? error.message : String(error) };
  }
  if (text.trim() === '') return { kind: 'garbage', detail: 'empty file' };
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { kind: 'garbage', detail: 'not a JSON object' };
    return { kind: 'ok' };
  } catch (error) {
    return { kind: 'garbage', detail: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Moves a broken preferences file aside (`<file>.broken-<timestamp>`, kept for a look), so the
 * next read starts from defaults. Keys are not in it (they are in the keychain), nor are accounts.
 */
export function setPreferencesAside(file: string, aside: string): void {
  renameSync(file, aside);
}

export const brokenNameFor = (file: string, now: Date): string => `${file}.broken-${now.toISOString().replace(/[:.]/g, '-')}`;
