import { z } from 'zod';

export const hostKindSchema = z.enum(['electron', 'browser', 'cli']);
export type HostKind = z.infer<typeof hostKindSchema>;

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  host: hostKindSchema,
  platform: z.string(),
  /** BCP 47 tag of the operating system's language, used when the language setting is "system". */
  systemLocale: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;
