import { AppError } from '../../shared/domain/errors';
import { settingsSchema, type Settings, type SettingsPatch } from '../../shared/domain/settings';
import type { Logger, PreferencesFile } from '../ports';

/** The preferences, read leniently and changed as a whole; the handler layer announces a change. */
export interface SettingsService {
  get(): Settings;
  update(patch: SettingsPatch): Settings;
}

export function createSettingsService(
  preferences: PreferencesFile,
  logger: Logger,
): SettingsService {
  const read = (): Settings => {
    const parsed = settingsSchema.safeParse(preferences.read() ?? {});
    if (parsed.success) return parsed.data;
    // A hand-edited or older file must not lock the user out: keep what still parses field by
    // field and fall back to defaults for the rest.
    logger.warn('preferences did not match the schema; unreadable fields reset to defaults');
    return salvage(preferences.read());
  };

  return {
    get: read,
    update(patch) {
      const next = settingsSchema.parse({ ...read(), ...patch });
      try {
        preferences.write(next);
      } catch (error) {
        // A read-only file or a full disk: the change is refused as a whole, and said so, rather
        // than shown as saved and lost at the next start.
        const message = error instanceof Error ? error.message : String(error);
        logger.warn('preferences could not be saved', { error: message });
        throw new AppError('preferences-not-saved', `Preferences could not be saved: ${message}`);
      }
      return next;
    },
  };
}

function salvage(raw: unknown): Settings {
  const defaults = settingsSchema.parse({});
  if (typeof raw !== 'object' || raw === null) return defaults;
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!(key in defaults)) continue;
    if (settingsSchema.safeParse({ [key]: value }).success) kept[key] = value;
  }
  return settingsSchema.parse(kept);
}
