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
 * What each preference may be, once: the stored settings add their defaults to these, a change
 * is any subset of them. A new preference is added here and, with its default, below.
 */
const preferenceFields = {
  language: languageSettingSchema,
  theme: themeSchema,
  syncIntervalMinutes: z.number().int().min(5).max(24 * 60),
  sensitivity: sensitivitySchema,
  notificationsEnabled: z.boolean(),
  quietHours: z.strictObject({ enabled: z.boolean(), start: clockTimeSchema, end: clockTimeSchema }),
  /** Hours every member of an incident must stay back to normal before it is resolved. */
  recoveryHours: z.number().int().min(1).max(48),
  /** An OS notification when an incident resolves. */
  notifyOnRecovery: z.boolean(),
  launchAtLogin: z.boolean(),
  keepRunningInBackground: z.boolean(),
  /** In a change, must also name an account that exists: the handler checks that. */
  lastAccountId: entityIdSchema.nullable(),
};

/**
 * Preferences as stored. Every field has a default so that a missing or older file still parses:
 * a preference the user never touched is never an error.
 */
export const settingsSchema = z.object({
  language: preferenceFields.language.default('system'),
  theme: preferenceFields.theme.default('system'),
  syncIntervalMinutes: preferenceFields.syncIntervalMinutes.default(15),
  sensitivity: preferenceFields.sensitivity.default('normal'),
  notificationsEnabled: preferenceFields.notificationsEnabled.default(true),
  // Read leniently: a hand-edited file with an extra key keeps its quiet hours.
  quietHours: z.object(preferenceFields.quietHours.shape).default({ enabled: false, start: '22:00', end: '07:00' }),
  recoveryHours: preferenceFields.recoveryHours.default(2),
  notifyOnRecovery: preferenceFields.notifyOnRecovery.default(true),
  launchAtLogin: preferenceFields.launchAtLogin.default(false),
  keepRunningInBackground: preferenceFields.keepRunningInBackground.default(true),
  lastAccountId: preferenceFields.lastAccountId.default(null),
});
export type Settings = z.infer<typeof settingsSchema>;

/** A change the user makes: any subset of the fields, nothing else. */
export const settingsPatchSchema = z.strictObject(preferenceFields).partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
