import { describe, expect, it } from 'vitest';
import { parseSecretsFile } from '../../../main/secrets/secrets-file';

const good = { 'account:a': { value: 'QUFB', weak: false }, 'account:b': { value: 'QkJC', weak: true }, 'account:legacy': 'TExM' };
const text = JSON.stringify(good);

describe('secrets file format', () => {
  it('reads both entry shapes, keeping every entry as found', () => {
    const contents = parseSecretsFile(text);
    expect(contents.damaged).toBe(false);
    expect(Object.fromEntries(contents.entries)).toEqual({
      'account:a': { value: 'QUFB', weak: false },
      'account:b': { value: 'QkJC', weak: true },
      'account:legacy': { value: 'TExM', weak: false },
    });
    expect(contents.raw).toEqual(good);
  });

  it('an entry of the wrong shape is named and kept as it was, the others read', () => {
    const contents = parseSecretsFile(JSON.stringify({ ...good, 'account:bad': { value: 42 } }));
    expect(contents.unreadable).toEqual(['account:bad']);
    expect([...contents.entries.keys()]).toEqual(['account:a', 'account:b', 'account:legacy']);
    expect(contents.raw['account:bad']).toEqual({ value: 42 });
  });

  it.each([
    ['cut short after two entries', text.slice(0, text.indexOf('"account:legacy"') + 5), ['account:a', 'account:b']],
    ['a garbled byte inside the first entry', text.replace('"value":"QUFB"', '"value":QUFB"'), ['account:b', 'account:legacy']],
    ['zero bytes', '', []],
    ['an array', '[1,2]', []],
    ['pretty-printed, cut short', JSON.stringify(good, null, 2).slice(0, -20), ['account:a', 'account:b']],
  ])('a file that no longer parses (%s) is damaged; its complete entries are salvaged', (_name, damaged, salvaged) => {
    const contents = parseSecretsFile(damaged);
    expect(contents.damaged).toBe(true);
    expect([...contents.entries.keys()].sort()).toEqual(salvaged);
    for (const ref of salvaged) expect(contents.entries.get(ref)).toEqual(parseSecretsFile(text).entries.get(ref));
  });
});
