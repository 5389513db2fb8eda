import type { SecretCipher } from '../../main/secrets/secret-cipher';

/**
 * A reversible stand-in for the keychain: base64 of the key behind a marker, so a test can write
 * a ciphertext that does not decrypt (anything without the marker).
 */
export function fakeCipher(): SecretCipher {
  const marker = 'enc:';
  return {
    encrypt: async (secret, weak) => Buffer.from(`${marker}${weak ? 'weak:' : ''}${secret}`, 'utf8').toString('base64'),
    decrypt: async (ciphertext, weak) => {
      const text = Buffer.from(ciphertext, 'base64').toString('utf8');
      const prefix = `${marker}${weak ? 'weak:' : ''}`;
      if (!text.startsWith(prefix)) throw new Error('not produced by this cipher');
      return text.slice(prefix.length);
    },
  };
}
