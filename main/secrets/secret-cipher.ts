/**
 * How a key becomes ciphertext and back: safeStorage (the OS keychain) in the desktop app, a
 * reversible fake in tests. `decrypt` throws when the ciphertext is not one it can open.
 */
export interface SecretCipher {
  /** The ciphertext as base64. `weak`: protected by the fallback password, not a keychain. */
  encrypt(secret: string, weak: boolean): Promise<string>;
  decrypt(ciphertext: string, weak: boolean): Promise<string>;
}
