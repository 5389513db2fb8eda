import { AppError } from '../../shared/domain/errors';
import { operations, type OperationName } from '../../shared/klaviyo/operations';

/**
 * The cursor for the next page, taken from `links.next` (absent, null or empty: last page). The
 * cursor stays opaque: we never build one. It is decoded the way the server decodes the link when
 * it is followed verbatim, and axios encodes it again on the way out. We pass the value rather
 * than the link because the SDK only unwraps links that start with https:// (its
 * queryParamPreProcessor), which loopback servers don't.
 */
export function nextPageCursor(operation: OperationName, next: string | null | undefined, baseUrl: string): string | undefined {
  if (next == null || next.trim() === '') return undefined;
  const id = operations[operation].id;
  const unreadable = (why: string) => new AppError('bad-response', `${id}: links.next ${why}`, { operation: id });
  let url: URL;
  try {
    url = new URL(next, baseUrl);
  } catch {
    throw unreadable('is not a URL');
  }
  const cursor = url.searchParams.get('page[cursor]');
  if (cursor === null || cursor === '') throw unreadable('has no page[cursor]');
  return cursor;
}
