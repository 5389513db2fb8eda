import { describe, expect, it } from 'vitest';
import { deepLinkInArgv, parseDeepLink } from '../../../main/desktop/deep-link';

describe('storepulse:// links', () => {
  it.each([
    ['storepulse://incident/inc-3f2a9c1e', { route: 'incident', focusId: 'inc-3f2a9c1e' }],
    ['storepulse://incident/i1/', { route: 'incident', focusId: 'i1' }],
    ['storepulse:incident/i1', { route: 'incident', focusId: 'i1' }],
    ['storepulse://incident/a%3Ab', { route: 'incident', focusId: 'a:b' }],
    ['storepulse://alert/3f2a9c1e-77b1-4c1e-9a2e-1d2c3b4a5e6f', { route: 'home', focusId: '3f2a9c1e-77b1-4c1e-9a2e-1d2c3b4a5e6f' }],
    ['storepulse://alert/a1/', { route: 'home', focusId: 'a1' }],
    ['STOREPULSE://alert/a1', { route: 'home', focusId: 'a1' }],
    ['storepulse:alert/a1', { route: 'home', focusId: 'a1' }],
    ['storepulse://flows', { route: 'flows' }],
    ['storepulse://settings/', { route: 'settings' }],
  ])('%s opens %o', (link, target) => {
    expect(parseDeepLink(link)).toEqual(target);
  });

  it.each([
    'https://alert/a1',
    'storepulse://alert',
    'storepulse://incident',
    'storepulse://incident/',
    'storepulse://incident/i1/extra',
    'storepulse://incident/%2E%2E%2Fetc',
    'storepulse://incident/%3Cscript%3E',
    'storepulse://alert/a1/extra',
    'storepulse://alert/%3Cscript%3E',
    'storepulse://alert/%E0%A4%A',
    'storepulse://nowhere',
    'storepulse://flows/a1',
    'not a url',
  ])('refuses %s', (link) => {
    expect(parseDeepLink(link)).toBeNull();
  });

  it('finds the link among the arguments Windows and Linux pass to a second instance', () => {
    expect(deepLinkInArgv(['/opt/Storepulse/storepulse', '--allow-file-access-from-files', 'storepulse://alert/a7'])).toEqual({ route: 'home', focusId: 'a7' });
    expect(deepLinkInArgv(['/opt/Storepulse/storepulse', 'storepulse://incident/i7'])).toEqual({ route: 'incident', focusId: 'i7' });
    expect(deepLinkInArgv(['/opt/Storepulse/storepulse', '--background'])).toBeNull();
  });
});
