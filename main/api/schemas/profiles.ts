import { z } from 'zod';
import type { ProfileMatch } from '../types';
import { collectionLinksSchema } from './json-api';

/** get_profiles, filtered on one email. */
export const profileFields = ['email', 'created'] as const;

/** Unlike other resources, a profile's `id` is neither required nor non-null in the spec. */
const profileResourceSchema = z.object({
  type: z.string().nullish(),
  id: z.string().nullish(),
  attributes: z
    .object({
      email: z.string().nullish(),
      created: z.string().nullish(),
    })
    .nullish(),
});

const hasId = (profile: z.infer<typeof profileResourceSchema>) => typeof profile.id === 'string' && profile.id.length > 0;

/**
 * Profiles that all lack an id cannot be looked up further; reporting "no profile" would mislead
 * the test-order check, so that answer is unreadable rather than empty.
 */
export const getProfilesSchema = z
  .object({
    data: z.array(profileResourceSchema),
    links: collectionLinksSchema,
  })
  .refine((document) => document.data.length === 0 || document.data.some(hasId), 'profiles without an id');

/** The first profile with an id; null when none matched the email. */
export function toProfileMatch(document: z.infer<typeof getProfilesSchema>): ProfileMatch | null {
  for (const profile of document.data) {
    if (typeof profile.id !== 'string' || !hasId(profile)) continue;
    return {
      id: profile.id,
      email: profile.attributes?.email ?? null,
      created: profile.attributes?.created ?? null,
    };
  }
  return null;
}
