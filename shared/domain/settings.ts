import { z } from 'zod';
import { entityIdSchema } from './ids';
import { sensitivitySchema } from './sensitivity';

export const languageSchema = z.enum(['en', 'fr', 'de', 'pt']);
export type Language = z.infer<typeof languageSchema>;
export const supportedLanguages = languageSchema.options;

export const languageSettingSchema = z.union([z.literal('system'), languageSchema]);
export const themeSchema = z.enum(['system', 'light', 'dark']);
export type Theme = z.infer<typeof themeSchema>;

const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM');

/**
 * Preferences as stored. Every field has a default so that a missing or older file still parses:
 * a preference the user never touched is never an error.
 */
export const settingsSchema = z.object({
  language: languageSettingSchema.default('system'),
  theme: themeSchema.default('system'),
  syncIntervalMinutes: z.number().int().min(5).max(24 * 60).default(15),
  sensitivity: sensitivitySchema.default('normal'),
  notificationsEnabled: z.boolean().default(true),
  quietHours: z
    .object({ enabled: z.boolean(), start: clockTimeSchema, end: clockTimeSchema })
    .default({ enabled: false, start: '22:00', end: '07:00' }),
  launchAtLogin: z.boolean().default(false),
  keepRunningInBackground: z.boolean().default(true),
  lastAccountId: entityIdSchema.nullable().default(null),
});
export type Settings = z.infer<typeof settingsSchema>;

/** A change the user makes: any subset of the fields, nothing else. */
export const settingsPatchSchema = z.strictObject({
  language: languageSettingSchema.optional(),
  theme: themeSchema.optional(),
  syncIntervalMinutes: z.number().int().min(5).max(24 * 60).optional(),
  sensitivity: sensitivitySchema.optional(),
  notificationsEnabled: z.boolean().optional(),
  quietHours: z
    .strictObject({ enabled: z.boolean(), start: clockTimeSchema, end: clockTimeSchema })
    .optional(),
  launchAtLogin: z.boolean().optional(),
  keepRunningInBackground: z.boolean().optional(),
  /** Must also name an account that exists: the handler checks that. */
  lastAccountId: entityIdSchema.nullable().optional(),
});
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
