import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect } from 'vitest';
import { createFileSecretStore } from '../../main/secrets/file-secret-store';
import { demoKeys } from '../../main/simulator';
import { systemMessages, systemMessageText } from '../../renderer/features/notifications/system-messages';
import { accountsNeedingKey } from '../../renderer/features/accounts/needs-key-again';
import type { AccountSummary } from '../../shared/domain/account';
import type { AccountStatus } from '../../shared/domain/sync';
import { catalogues } from '../../shared/i18n/catalogues';
import { fakeCipher } from '../support/fake-cipher';
import { manualClock } from '../support/simulator-client';
import { startSyncHarness, type SyncHarness } from '../support/sync-harness';
import { tempDir } from '../support/temp-dir';
import { translator } from '../unit/renderer/home/translator';
import { faultCase } from './fault-case';

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const item of open.splice(0)) await item.close();
});

/**
 * Two real accounts (the demo store's keys over the real simulator), their keys in a real
 * secrets file behind a fake cipher, then the file is damaged the way a crash, a sync tool or an
 * editor leave it.
 */
async function twoAccounts() {
  const clock = manualClock('2026-07-15T14:40:00Z');
  const folder = tempDir('secrets-fault');
  const file = join(folder.path, 'secrets.json');
  const secrets = createFileSecretStore(file, { cipher: fakeCipher(), now: () => clock.now() });
  const harness: SyncHarness = await startSyncHarness({ clock, secrets });
  open.push({ close: async () => (await harness.close(), folder.remove()) });
  const { account: outdoor } = await harness.core.accounts.add(demoKeys.outdoor);
  const { account: charity } = await harness.core.accounts.add(demoKeys.charity);
  const entries = () => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  return { harness, core: harness.core, file, folder: folder.path, outdoor, charity, entries };
}

type Setup = Awaited<ReturnType<typeof twoAccounts>>;

/** The key the app would use for the account now, or the code of the error it gets instead. */
async function keyOrCode({ core }: Setup, account: AccountSummary): Promise<string> {
  const stored = core.accounts.get(account.id);
  if (!stored) throw new Error(`account ${account.id} is gone`);
  return core.accounts.keyFor(stored).catch((error: unknown) => `error:${(error as { code?: string }).code ?? String(error)}`);
}

/** Syncs the account (its key is read first), and returns the status the window is sent. */
async function syncStatus({ core }: Setup, account: AccountSummary): Promise<AccountStatus> {
  await core.coordinator.sync(account.id);
  const status = core.coordinator.status(account.id);
  expect(JSON.stringify(status)).not.toMatch(/SyntaxError|Unexpected token|JSON/);
  return status;
}

/** The notification centre's line for the account, in en and fr; both must name it. */
function toldInEnAndFr(status: AccountStatus, account: AccountSummary, key: 'keyUnreadable' | 'keyMissing'): string {
  expect(catalogues.en.notificationCentre[key]).toBeTruthy();
  expect(catalogues.fr.notificationCentre[key]).toBeTruthy();
  expect(accountsNeedingKey([account], { [account.id]: status }).map((a) => a.id)).toEqual([account.id]);
  const [message] = systemMessages({ [account.id]: status }, [account]);
  if (!message) throw new Error('no message for the account');
  const english = systemMessageText(message, translator('en'), () => '');
  const french = systemMessageText(message, translator('fr'), () => '');
  expect(english).toBe(translator('en')(`notificationCentre.${key}`, { account: account.name }));
  expect(french).toBe(translator('fr')(`notificationCentre.${key}`, { account: account.name }));
  for (const text of [english, french]) {
    expect(text).toContain(account.name);
    expect(text).not.toMatch(/SyntaxError|\{\{/);
  }
  return english;
}

/** Pastes the account's key again through the window's channel; the other key must survive it. */
async function addAgain(setup: Setup, key: string) {
  const added = await setup.core.dispatch('accounts:add', { key });
  expect(added).toMatchObject({ ok: true });
}

function corruptCopies(folder: string): string[] {
  return readdirSync(folder).filter((name) => name.startsWith('secrets.json.corrupt-'));
}

describe('secrets file faults', () => {
  faultCase('secrets.json is not valid JSON (a garbled byte in one entry)', async () => {
    const setup = await twoAccounts();
    const text = readFileSync(setup.file, 'utf8');
    const outdoorRef = `account:${setup.outdoor.id}`;
    const at = text.indexOf(outdoorRef);
    const garbled = `${text.slice(0, at)}${text.slice(at).replace('"value": "', '"value": ')}`;
    writeFileSync(setup.file, garbled);
    expect(() => JSON.parse(garbled)).toThrow(SyntaxError);

    expect(await keyOrCode(setup, setup.charity)).toBe(demoKeys.charity);
    const status = await syncStatus(setup, setup.outdoor);
    expect(status).toMatchObject({ state: 'needs-attention', reason: 'key-unreadable' });
    const told = toldInEnAndFr(status, setup.outdoor, 'keyUnreadable');

    await addAgain(setup, demoKeys.outdoor);
    expect(corruptCopies(setup.folder)).toHaveLength(1);
    expect(readFileSync(join(setup.folder, corruptCopies(setup.folder)[0] ?? ''), 'utf8')).toBe(garbled);
    expect(await keyOrCode(setup, setup.outdoor)).toBe(demoKeys.outdoor);
    expect(await keyOrCode(setup, setup.charity)).toBe(demoKeys.charity);
    return `${told} Other key kept; damaged file kept as ${corruptCopies(setup.folder)[0]}`;
  });

  faultCase('secrets.json partly corrupt: one entry does not decrypt', async () => {
    const setup = await twoAccounts();
    writeFileSync(setup.file, JSON.stringify({ ...setup.entries(), [`account:${setup.outdoor.id}`]: { value: 'bm90IG91cnM=', weak: false } }));

    const status = await syncStatus(setup, setup.outdoor);
    expect(status).toMatchObject({ state: 'needs-attention', reason: 'key-unreadable' });
    const told = toldInEnAndFr(status, setup.outdoor, 'keyUnreadable');
    expect(await keyOrCode(setup, setup.charity)).toBe(demoKeys.charity);

    await addAgain(setup, demoKeys.outdoor);
    expect(await keyOrCode(setup, setup.outdoor)).toBe(demoKeys.outdoor);
    expect(await keyOrCode(setup, setup.charity)).toBe(demoKeys.charity);
    expect(corruptCopies(setup.folder)).toEqual([]);
    return `${told} The other account's key kept through the next save`;
  });

  faultCase('secrets.json holds an empty object (every key gone)', async () => {
    const setup = await twoAccounts();
    writeFileSync(setup.file, '{}');

    const status = await syncStatus(setup, setup.outdoor);
    expect(status).toMatchObject({ state: 'needs-attention', reason: 'missing-key' });
    const told = toldInEnAndFr(status, setup.outdoor, 'keyMissing');
    await addAgain(setup, demoKeys.outdoor);
    expect(await keyOrCode(setup, setup.outdoor)).toBe(demoKeys.outdoor);
    expect(await keyOrCode(setup, setup.charity)).toBe('error:missing-key');
    return told;
  });

  faultCase('secrets.json is zero bytes (a crash before the data reached the disk)', async () => {
    const setup = await twoAccounts();
    writeFileSync(setup.file, '');

    const status = await syncStatus(setup, setup.outdoor);
    expect(status).toMatchObject({ state: 'needs-attention', reason: 'key-unreadable' });
    const told = toldInEnAndFr(status, setup.outdoor, 'keyUnreadable');
    expect(await syncStatus(setup, setup.charity)).toMatchObject({ state: 'needs-attention', reason: 'key-unreadable' });

    await addAgain(setup, demoKeys.charity);
    expect(corruptCopies(setup.folder)).toHaveLength(1);
    expect(await keyOrCode(setup, setup.charity)).toBe(demoKeys.charity);
    return `${told} Same for the other account; the empty file kept as ${corruptCopies(setup.folder)[0]}`;
  });

  faultCase('secrets.json cut short after its first entry', async () => {
    const setup = await twoAccounts();
    const text = readFileSync(setup.file, 'utf8');
    const cut = text.slice(0, text.indexOf(`"account:${setup.charity.id}"`) + 12);
    writeFileSync(setup.file, cut);

    expect(await keyOrCode(setup, setup.outdoor)).toBe(demoKeys.outdoor);
    const status = await syncStatus(setup, setup.charity);
    expect(status).toMatchObject({ state: 'needs-attention', reason: 'key-unreadable' });
    const told = toldInEnAndFr(status, setup.charity, 'keyUnreadable');

    await addAgain(setup, demoKeys.charity);
    expect(readFileSync(join(setup.folder, corruptCopies(setup.folder)[0] ?? ''), 'utf8')).toBe(cut);
    expect(await keyOrCode(setup, setup.outdoor)).toBe(demoKeys.outdoor);
    expect(await keyOrCode(setup, setup.charity)).toBe(demoKeys.charity);
    return `${told} The first account's key kept`;
  });

  faultCase('secrets.json is read-only when a key is added', async () => {
    const setup = await twoAccounts();
    await setup.core.accounts.remove(setup.charity.id);
    const before = readFileSync(setup.file, 'utf8');
    chmodSync(setup.file, 0o444);

    const added = await setup.core.dispatch('accounts:add', { key: demoKeys.charity });
    expect(added).toMatchObject({ ok: false, error: { code: 'secret-file-not-writable', params: { account: setup.charity.name } } });
    if (added.ok) throw new Error('the key was taken');
    expect(catalogues.en.errors['secret-file-not-writable']).toBeTruthy();
    expect(catalogues.fr.errors['secret-file-not-writable']).toBeTruthy();
    const params = added.error.params ?? {};
    const english = translator('en')('errors.secret-file-not-writable', params);
    for (const text of [english, translator('fr')('errors.secret-file-not-writable', params)]) {
      expect(text).toContain(setup.charity.name);
      expect(text).not.toMatch(/EACCES|EPERM|\{\{/);
    }
    // Not added behind the operator's back without its key, and nothing else changed.
    expect(setup.core.accounts.get(setup.charity.id)).toBeUndefined();
    expect(readFileSync(setup.file, 'utf8')).toBe(before);
    expect(await keyOrCode(setup, setup.outdoor)).toBe(demoKeys.outdoor);
    return english;
  });
});
