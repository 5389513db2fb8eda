import { describe, expect, it } from 'vitest';
import { createSettingsService } from '../../../main/settings/settings-service';
import { settingsSchema } from '../../../shared/domain/settings';
import { memoryPreferences, recordingLogger } from '../../support/fake-ports';

const defaults = settingsSchema.parse({});

describe('settings service', () => {
  it('starts from the defaults when nothing is stored', () => {
    const service = createSettingsService(memoryPreferences(undefined), recordingLogger());
    expect(service.get()).toEqual(defaults);
    expect(defaults).toMatchObject({ language: 'system', theme: 'system', syncIntervalMinutes: 15, sensitivity: 'normal' });
  });

  it('merges a change and stores it (the handler layer announces it)', () => {
    const store = memoryPreferences({});
    const service = createSettingsService(store, recordingLogger());
    const next = service.update({ language: 'fr', theme: 'dark' });
    expect(next).toMatchObject({ language: 'fr', theme: 'dark', syncIntervalMinutes: 15 });
    expect(store.value).toMatchObject({ language: 'fr', theme: 'dark' });
    expect(createSettingsService(store, recordingLogger()).get().language).toBe('fr');
  });

  it('refuses a change it cannot write with preferences-not-saved, keeping the stored value', () => {
    const store = {
      read: () => ({ language: 'de' }),
      write: () => {
        throw Object.assign(new Error('EPERM: operation not permitted, rename'), { code: 'EPERM' });
      },
    };
    const service = createSettingsService(store, recordingLogger());
    expect(() => service.update({ theme: 'dark' })).toThrow(expect.objectContaining({ name: 'AppError', code: 'preferences-not-saved' }));
    expect(service.get().theme).toBe('system');
  });

  it('keeps the readable fields of a damaged file and resets the rest', () => {
    const store = memoryPreferences({ language: 'de', theme: 'neon', syncIntervalMinutes: 'often', stray: 1 });
    const logger = recordingLogger();
    const settings = createSettingsService(store, logger).get();
    expect(settings).toEqual({ ...defaults, language: 'de' });
    expect(logger.lines).toContainEqual({ level: 'warn', message: expect.stringContaining('preferences') });
  });

  it('falls back to defaults when the stored value is not an object', () => {
    const settings = createSettingsService(memoryPreferences('garbage'), recordingLogger()).get();
    expect(settings).toEqual(defaults);
  });
});
