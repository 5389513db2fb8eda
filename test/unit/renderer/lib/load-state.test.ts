import { describe, expect, it } from 'vitest';
import { onLoadStart, shownLoadState, type HeldLoad } from '../../../../renderer/lib/load-state';

const ready = (key: string | null, value: number): HeldLoad<number> => ({ key, state: { status: 'ready', value } });

describe('load state', () => {
  it('a refresh under the same key keeps what is on screen until the new answer', () => {
    expect(onLoadStart(ready('a', 1), 'a')).toEqual(ready('a', 1));
  });

  it('a new key shows loading at once, never the old key’s value', () => {
    expect(onLoadStart(ready('a', 1), 'b')).toEqual({ key: 'b', state: { status: 'loading' } });
    expect(shownLoadState(ready('a', 1), 'b')).toEqual({ status: 'loading' });
  });

  it('a retry after a failure shows loading', () => {
    expect(onLoadStart({ key: 'a', state: { status: 'error', errorKey: 'errors.unknown' } }, 'a')).toEqual({ key: 'a', state: { status: 'loading' } });
  });

  it('shows the held state only for the key it answers, and idle when there is nothing to load', () => {
    expect(shownLoadState(ready('a', 1), 'a')).toEqual({ status: 'ready', value: 1 });
    expect(shownLoadState(ready('a', 1), null)).toEqual({ status: 'idle' });
  });
});
