import type { z } from 'zod';
import { AppError } from '../../shared/domain/errors';
import { operations, type OperationName } from '../../shared/klaviyo/operations';

/**
 * The boundary: a 2xx body becomes typed data only through the operation's schema. A JSON
 * document of the wrong shape is a contract breach, not an accident of transport, so it is not
 * retried (the same request would get the same answer): it fails at once as bad-response, naming
 * the operation. The message lists where the shape broke, never the values (they may be personal).
 */
export function parseBody<Schema extends z.ZodType>(operation: OperationName, schema: Schema, body: unknown): z.output<Schema> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const id = operations[operation].id;
  const where = result.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
  throw new AppError('bad-response', `${id} answered a document Storepulse cannot read (${where})`, { operation: id });
}
