import { z } from 'zod';

/**
 * The shape of every id that crosses the bridge: accounts (`demo-outdoor`, `acct-<remote id>`),
 * metrics and flows (the platform's short ids), alerts and wizard sessions (UUIDs). Letters,
 * digits and `_ . : -`, at most 200: a pasted blob, a path or markup is refused at the edge,
 * before any lookup or write.
 */
export const ENTITY_ID_MAX = 200;
export const entityIdSchema = z
  .string()
  .min(1)
  .max(ENTITY_ID_MAX)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, 'an id is letters, digits and _ . : - only');
