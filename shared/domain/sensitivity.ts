import { z } from 'zod';

/**
 * How readily a drop becomes an alert: the one definition the settings, the detector, the
 * command line and the settings screen all read (the detector's rules are keyed by it).
 */
export const sensitivitySchema = z.enum(['low', 'normal', 'high']);
export type Sensitivity = z.infer<typeof sensitivitySchema>;
/** Every sensitivity, in the order offered to the user: least to most alerts. */
export const sensitivities = sensitivitySchema.options;

/**
 * False alerts per metric per month each sensitivity accepts on a healthy metric: the detector's
 * threshold follows from it, and Settings states it in these words.
 */
export const falseAlarmBudget: Record<Sensitivity, number> = { low: 0.02, normal: 0.1, high: 0.5 };
