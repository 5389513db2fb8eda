import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createFileLogger } from '../../../main/electron/file-logger';
import { redactText, redactValue } from '../../../main/logging/redact';
import { createMemorySecretStore } from '../../../main/secrets/memory-secret-store';
import { createRegisteringSecretStore, createSecretRegistry } from '../../../main/secrets/secret-registry';
import { tempDir } from '../../support/temp-dir';

/** A key of no known shape: only knowing its value can keep it out of the log. */
const shapelessKey = 'live-7f3a9c2e1b55d0aa';

const folders: { remove(): void }[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) folder.remove();
});

describe('Authorization headers, whatever their scheme', () => {
  it.each([
    ['a bearer token in a header line', 'Authorization: Bearer xyz', 'Authorization: [redacted]'],
    ['the platform scheme in a header line', 'authorization: Klaviyo-API-Key xyz', 'authorization: [redacted]'],
    ['a bare bearer token', 'sent with Bearer xyz today', 'sent with [redacted] today'],
    ['a bare platform-scheme key', 'header Klaviyo-API-Key xyz was refused', 'header [redacted] was refused'],
    ['a basic credential', 'Proxy-Authorization: Basic dXNlcjpwYXNz', 'Proxy-Authorization: [redacted]'],
    ['a header inside serialised JSON', '{"Authorization":"Klaviyo-API-Key xyz","revision":"2026-07-15"}', '{"Authorization":"[redacted]","revision":"2026-07-15"}'],
    ['an unknown scheme in a header line', 'Authorization: Custom abc.def', 'Authorization: [redacted]'],
  ])('%s', (_label, input, expected) => {
    expect(redactText(input, [])).toBe(expected);
  });

  it('redacts header fields under any casing or prefix', () => {
    expect(redactValue({ headers: { 'Proxy-Authorization': 'Basic abc', 'X-Api-Key': 'abc', Accept: 'application/json' } }, [])).toEqual({
      headers: { 'Proxy-Authorization': '[redacted]', 'X-Api-Key': '[redacted]', Accept: 'application/json' },
    });
  });
});

describe('the registering secret store', () => {
  it('tells the registry every key saved or read, so the file log redacts keys of any shape', async () => {
    const folder = tempDir('registry');
    folders.push(folder);
    const registry = createSecretRegistry();
    const inner = createMemorySecretStore();
    await inner.set('account:stored-before', 'older-key-0000aaaa1111');
    const secrets = createRegisteringSecretStore(inner, registry);
    const log = createFileLogger(folder.path, registry.known);

    await secrets.set('account:new', shapelessKey);
    expect(await secrets.get('account:stored-before')).toBe('older-key-0000aaaa1111');
    expect(await secrets.get('account:none')).toBeNull();
    expect(registry.known()).toEqual(expect.arrayContaining([shapelessKey, 'older-key-0000aaaa1111']));

    log.logger.error(`request failed for ${shapelessKey}`, { detail: 'older-key-0000aaaa1111', headers: 'Authorization: Bearer xyz' });
    log.logger.warn('retrying with Klaviyo-API-Key xyz');
    const text = readFileSync(log.file, 'utf8');
    expect(text).toContain('request failed for [redacted …d0aa]');
    expect(text).not.toContain(shapelessKey);
    expect(text).not.toContain('older-key-0000aaaa1111');
    expect(text).not.toMatch(/Bearer xyz|Klaviyo-API-Key xyz/);
  });

  it('keeps redacting a key after it is deleted: old lines may still quote it', async () => {
    const registry = createSecretRegistry();
    const secrets = createRegisteringSecretStore(createMemorySecretStore(), registry);
    await secrets.set('account:a', shapelessKey);
    await secrets.delete('account:a');
    expect(registry.known()).toContain(shapelessKey);
  });
});
