import { describe, expect, it } from 'vitest';
import { hashFor, locationFromHash } from '../../../../renderer/lib/route-hash';

describe('route in the address hash', () => {
  it('writes a screen alone, and the incident page with its incident', () => {
    expect(hashFor('flows')).toBe('#/flows');
    expect(hashFor('incident', 'inc-1')).toBe('#/incident/inc-1');
    expect(hashFor('incident')).toBe('#/incident');
  });

  it('leaves a one-time focus out of the hash, so a reload does not act on it again', () => {
    expect(hashFor('wizards', 'alert-1')).toBe('#/wizards');
    expect(locationFromHash('#/wizards/alert-1')).toEqual({ route: 'wizards', focusId: undefined });
  });

  it('reads back what it writes', () => {
    for (const [route, focusId] of [
      ['home', undefined],
      ['incident', 'inc-1'],
      ['incident', 'a:b.c_d-e'],
    ] as const) {
      expect(locationFromHash(hashFor(route, focusId))).toEqual({ route, focusId });
    }
  });

  it('takes anything unknown or malformed for Home, or for an incident page without an incident', () => {
    expect(locationFromHash('')).toEqual({ route: 'home', focusId: undefined });
    expect(locationFromHash('#/nowhere')).toEqual({ route: 'home', focusId: undefined });
    expect(locationFromHash('#/incident/%E0%A4%A')).toEqual({ route: 'incident', focusId: undefined });
    expect(locationFromHash('#/incident/')).toEqual({ route: 'incident', focusId: undefined });
    expect(locationFromHash('#settings')).toEqual({ route: 'settings', focusId: undefined });
  });
});
