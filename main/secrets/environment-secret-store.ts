import type { SecretStore } from '../ports';

/**
 * The command line's keys: read from `STOREPULSE_API_KEY` (for every stored account) and never
 * written anywhere, so a headless run needs no keychain and leaves no key on disk.
 */
export function createEnvironmentSecretStore(env: NodeJS.ProcessEnv): SecretStore {
  return {
    get: async () => env['STOREPULSE_API_KEY'] ?? null,
    set: async () => {},
    delete: async () => {},
  };
}
