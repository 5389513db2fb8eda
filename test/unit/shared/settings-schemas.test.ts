import { describe, expect, it } from 'vitest';
import { settingsPatchSchema, settingsSchema } from '../../../shared/domain/settings';

describe('settings and their patch', () => {
  const defaults = settingsSchema.parse({});

  it('a patch may name every stored preference and nothing else', () => {
    expect(Object.keys(settingsPatchSchema.shape).sort()).toEqual(Object.keys(settingsSchema.shape).sort());
    expect(settingsPatchSchema.parse(defaults)).toEqual(defaults);
    expect(settingsPatchSchema.safeParse({ colour: 'red' }).success).toBe(false);
    expect(settingsPatchSchema.safeParse({ quietHours: { ...defaults.quietHours, extra: 1 } }).success).toBe(false);
  });

  it('an empty patch changes nothing: no default leaks into a change', () => {
    expect(settingsPatchSchema.parse({})).toEqual({});
  });

  it('a patch refuses what the stored settings refuse', () => {
    for (const patch of [{ syncIntervalMinutes: 4 }, { syncIntervalMinutes: 24 * 60 + 1 }, { sensitivity: 'max' }, { quietHours: { enabled: true, start: '25:00', end: '07:00' } }]) {
      expect(settingsPatchSchema.safeParse(patch).success).toBe(false);
      expect(settingsSchema.safeParse(patch).success).toBe(false);
    }
  });

  it('a stored file is read leniently: an extra key in the quiet hours keeps them', () => {
    const quietHours = { enabled: true, start: '21:00', end: '06:00' };
    expect(settingsSchema.parse({ quietHours: { ...quietHours, note: 'old' } }).quietHours).toEqual(quietHours);
  });
});
