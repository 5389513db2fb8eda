import { describe, expect, it } from 'vitest';
import { encodeCursor, paginate, pickAttributes } from '../../../main/simulator/json-api';

describe('sparse fieldsets', () => {
  const attributes = { name: 'n', location: { city: 'c', zip: 'z', nested: { deep: 1 } }, empty: null };

  it.each([
    [undefined, attributes],
    [['name'], { name: 'n' }],
    [['id'], {}],
    [['location.city'], { location: { city: 'c' } }],
    [['location.city', 'location.nested.deep'], { location: { city: 'c', nested: { deep: 1 } } }],
    [['location', 'location.city'], { location: attributes.location }],
    [['empty', 'empty.x'], { empty: null }],
    [['missing'], {}],
  ])('%j', (fields, expected) => {
    expect(pickAttributes(attributes, fields)).toEqual(expected);
  });
});

describe('cursor pages', () => {
  const items = Array.from({ length: 7 }, (_, i) => i);
  const request = (pairs: [string, string][]) => ({ baseUrl: 'http://127.0.0.1:1', path: '/api/flows/', pairs });

  it('walks the pages, keeping the other parameters, and leaves next out on the last page', () => {
    const first = paginate(items, 3, request([['page[size]', '3'], ['sort', 'name']]));
    expect(first.page).toEqual([0, 1, 2]);
    expect(first.links).toEqual({
      self: 'http://127.0.0.1:1/api/flows/?page%5Bsize%5D=3&sort=name',
      next: `http://127.0.0.1:1/api/flows/?page%5Bsize%5D=3&sort=name&page%5Bcursor%5D=${encodeCursor(3)}`,
    });
    const last = paginate(items, 3, request([['page[size]', '3'], ['page[cursor]', encodeCursor(6)]]));
    expect(last.page).toEqual([6]);
    expect(last.links).not.toHaveProperty('next');
    expect(last.links.prev).toBe(`http://127.0.0.1:1/api/flows/?page%5Bsize%5D=3&page%5Bcursor%5D=${encodeCursor(3)}`);
  });

  it.each(['nope!', encodeCursor(-1).replace(/.$/, ''), Buffer.from('o:abc').toString('base64url'), Buffer.from('12').toString('base64url')])(
    'refuses the forged cursor %j with 400 on page[cursor]',
    (cursor) => {
      expect(() => paginate(items, 3, request([['page[cursor]', cursor]]))).toThrow(expect.objectContaining({ status: 400, source: { parameter: 'page[cursor]' } }));
    },
  );
});

describe('cursors as the official SDKs send them back', () => {
  const items = Array.from({ length: 7 }, (_, i) => i);
  const request = (cursor: string) => ({ baseUrl: 'http://127.0.0.1:1', path: '/api/flows/', pairs: [['page[cursor]', cursor]] as [string, string][] });
  const cursor = encodeCursor(3);
  const link = (scheme: string) => `${scheme}://127.0.0.1:1/api/flows/?page%5Bsize%5D=3&page%5Bcursor%5D=${cursor}&sort=name`;

  // Python SDK (wrapper.py `_page_cursor_update`): for an https link it splits on
  // `page%5Bcursor%5D` and keeps what follows up to `&`, leading `=` included, then unquotes; any
  // other value is only unquoted. Node SDK (`queryParamPreProcessor`): an https link is reduced to
  // its page[cursor]; anything else is sent as given.
  it.each([
    ['the raw cursor', cursor],
    ['the Python SDK split of an https link (leading =)', `=${cursor}`],
    ['a full https link (Python SDK before the split, other clients)', link('https')],
    ['a full http link (both SDKs leave it whole)', link('http')],
    ['a link still percent-encoded once more', encodeURIComponent(link('https'))],
    ['a link with brackets unencoded', `http://127.0.0.1:1/api/flows/?page[cursor]=${cursor}`],
    ['an encoded leading =', `%3D${cursor}`],
  ])('accepts %s', (_, sent) => {
    expect(paginate(items, 3, request(sent)).page).toEqual([3, 4, 5]);
  });

  it('still refuses a link without a cursor in it', () => {
    expect(() => paginate(items, 3, request('https://a.klaviyo.com/api/flows/?sort=name'))).toThrow(expect.objectContaining({ status: 400 }));
  });
});
