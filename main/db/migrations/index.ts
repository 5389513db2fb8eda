import type { Migration } from '../migrate';
import { initialSchema } from './001-initial-schema';

/** Every schema change, in order. Append a new file for each change; never edit a released one. */
export const migrations: readonly Migration[] = [initialSchema];
