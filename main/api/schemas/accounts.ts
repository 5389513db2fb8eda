import { z } from 'zod';
import type { KlaviyoAccount } from '../types';
import { collectionSchema, resourceSchema } from './json-api';

/** get_accounts, with the sparse fieldset the client asks for. */
export const accountFields = [
  'contact_information.organization_name',
  'timezone',
  'preferred_currency',
  'public_api_key',
] as const;

const accountAttributesSchema = z.object({
  contact_information: z.object({ organization_name: z.string().nullish() }).nullish(),
  timezone: z.string().nullish(),
  preferred_currency: z.string().nullish(),
  public_api_key: z.string().nullish(),
});

/** The spec promises exactly one account per key; none at all is not a readable answer. */
export const getAccountsSchema = collectionSchema(resourceSchema(accountAttributesSchema)).refine(
  (document) => document.data.length > 0,
  'no account in data[]',
);

export function toAccount(document: z.infer<typeof getAccountsSchema>): KlaviyoAccount {
  const [account] = document.data;
  if (account === undefined) throw new Error('unreachable: checked by the schema');
  const attributes = account.attributes;
  return {
    id: account.id,
    name: attributes?.contact_information?.organization_name ?? null,
    timezone: attributes?.timezone ?? null,
    currency: attributes?.preferred_currency ?? null,
    publicApiKey: attributes?.public_api_key ?? null,
  };
}
