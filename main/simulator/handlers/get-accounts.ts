import { apiUrl } from '../json-api';
import { accountResource } from '../resources';
import type { Handler } from './handler-context';

/** `GET /api/accounts`: exactly the key's own account, as the spec's description promises. */
export const getAccounts: Handler = (context) => ({
  data: [accountResource(context.baseUrl, context.account, context.query.list('fields[account]'))],
  links: { self: apiUrl(context.baseUrl, context.linkPath, context.query.pairs) },
});
