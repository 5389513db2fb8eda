import type { SecretStore } from '../ports';

/**
 * Keys held in memory only, for the hosts that have no OS keychain (the browser test host):
 * nothing is written anywhere, and everything is forgotten when the process ends.
 */
export function createMemorySecretStore(): SecretStore & { size(): number } {
  const secrets = new Map<string, string>();
  return {
    get: async (ref) => secrets.get(ref) ?? null,
    set: async (ref, secret) => {
      secrets.set(ref, secret);
    },
    delete: async (ref) => {
      secrets.delete(ref);
    },
    size: () => secrets.size,
  };
}
