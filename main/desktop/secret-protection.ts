/**
 * How well the system can protect a stored key.
 * - keychain: the OS keychain (macOS Keychain, Windows DPAPI, GNOME Keyring / KWallet);
 * - weak: Linux without a keyring, where Chromium falls back to a fixed password ("basic_text"):
 *   the file is not in clear, but anyone who can read it can decrypt it;
 * - none: no encryption at all is available.
 */
export type KeyProtection = 'keychain' | 'weak' | 'none';

export function keyProtection(encryptionAvailable: boolean, backend: string | null): KeyProtection {
  if (!encryptionAvailable) return 'none';
  return backend === 'basic_text' ? 'weak' : 'keychain';
}

/** What the operator chose when the keychain is missing: never a silent plaintext fallback. */
export type UnprotectedKeyChoice = 'session' | 'weak' | 'cancel';
