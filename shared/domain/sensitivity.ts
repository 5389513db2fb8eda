import { z } from 'zod';

/**
 * How readily a drop becomes an alert: the one definition the settings, the detector, the
 * command line and the settings screen all read (the detector's rules are keyed by it).
 */
export const sensitivitySchema = z.enum(['low', 'normal', 'high']);
export type Sensitivity = z.infer<typeof sensitivitySchema>;
/** Every sensitivity, in the order offered to the user: least to most alerts. */
export const sensitivities = sensitivitySchema.options;
