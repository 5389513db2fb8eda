import { invalidParameter } from './api-error';

/**
 * JSON:API pieces shared by the endpoints: sparse fieldsets, links and cursor pages. Links are
 * absolute, built from the simulator's own base URL, with Klaviyo's trailing slash on paths.
 */
export type Attributes = Record<string, unknown>;

function isPlainObject(value: unknown): value is Attributes {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Only the named attributes (dotted paths reach inside objects: `location.city`). `id` is a member
 * of the resource, not an attribute, so naming it changes nothing here. No list: everything.
 */
export function pickAttributes(attributes: Attributes, fields: readonly string[] | undefined): Attributes {
  if (fields === undefined) return attributes;
  const named = new Set(fields);
  const picked: Attributes = {};
  for (const path of named) {
    const steps = path.split('.');
    const wholeAncestor = steps.some((_, i) => i > 0 && named.has(steps.slice(0, i).join('.')));
    if (wholeAncestor) continue;
    let value: unknown = attributes;
    for (const step of steps) value = isPlainObject(value) ? value[step] : undefined;
    if (value === undefined) continue;
    let target = picked;
    for (const step of steps.slice(0, -1)) {
      const next = isPlainObject(target[step]) ? (target[step] as Attributes) : {};
      target[step] = next;
      target = next;
    }
    target[steps[steps.length - 1] ?? path] = value;
  }
  return picked;
}

export interface CollectionLinks {
  self: string;
  next?: string;
  prev?: string;
}

export function apiUrl(baseUrl: string, path: string, pairs: readonly [string, string][] = []): string {
  const query = new URLSearchParams([...pairs]).toString();
  return `${baseUrl}${path}${query === '' ? '' : `?${query}`}`;
}

export const resourceLink = (baseUrl: string, collection: string, id: string) => ({ self: `${baseUrl}/api/${collection}/${id}/` });

export function relationshipLinks(baseUrl: string, collection: string, id: string, relationship: string) {
  return {
    self: `${baseUrl}/api/${collection}/${id}/relationships/${relationship}/`,
    related: `${baseUrl}/api/${collection}/${id}/${relationship}/`,
  };
}

const cursorPrefix = 'o:';

/** Our cursor: base64url of `o:<offset>`. Opaque to clients; they must follow `links.next`. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`${cursorPrefix}${offset}`).toString('base64url');
}

const cursorInLink = /page(?:\[|%5B)cursor(?:\]|%5D)=?([^&#]*)/i;

function percentDecoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * The cursor inside what a client sent as `page[cursor]`. Klaviyo's official SDKs tell users to
 * pass `links.next` itself and unwrap it only partly: the Python SDK splits an https link on
 * `page%5Bcursor%5D` and keeps the `=` that follows; both SDKs send an http link (ours, on
 * loopback) whole. So we accept the raw cursor, a leading `=`, a whole link (http or https) and
 * percent-encoded forms of each, as Klaviyo does.
 */
function cursorToken(sent: string): string {
  let value = sent.trim();
  const inLink = cursorInLink.exec(value);
  if (inLink) value = inLink[1] ?? '';
  // At most twice: a link encoded once more than usual still ends in a bare cursor.
  for (let round = 0; round < 2 && /%[0-9A-Fa-f]{2}/.test(value); round += 1) {
    value = percentDecoded(value);
    const nested = cursorInLink.exec(value);
    if (nested) value = nested[1] ?? '';
  }
  return value.replace(/^=+/, '');
}

function decodeCursor(sent: string): number {
  const cursor = cursorToken(sent);
  const text = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const offset = text.startsWith(cursorPrefix) ? Number(text.slice(cursorPrefix.length)) : NaN;
  if (!Number.isSafeInteger(offset) || offset < 0) throw invalidParameter('page[cursor]', 'Invalid page cursor: follow links.next as given');
  return offset;
}

/**
 * One page of `items` and its links. `next` (and `prev`) repeat the request's own parameters with
 * the cursor replaced (our choice) and are left out, never null, where there is no such page.
 */
export function paginate<T>(
  items: readonly T[],
  pageSize: number,
  request: { baseUrl: string; path: string; pairs: readonly [string, string][] },
): { page: T[]; links: CollectionLinks } {
  const cursorParameter = 'page[cursor]';
  const cursor = request.pairs.find(([name]) => name === cursorParameter)?.[1];
  const offset = cursor === undefined ? 0 : decodeCursor(cursor);
  const withCursor = (target: number) => {
    const others = request.pairs.filter(([name]) => name !== cursorParameter);
    return apiUrl(request.baseUrl, request.path, target === 0 ? others : [...others, [cursorParameter, encodeCursor(target)]]);
  };
  const links: CollectionLinks = { self: apiUrl(request.baseUrl, request.path, request.pairs) };
  if (offset + pageSize < items.length) links.next = withCursor(offset + pageSize);
  if (offset > 0) links.prev = withCursor(Math.max(0, offset - pageSize));
  return { page: items.slice(offset, offset + pageSize), links };
}
