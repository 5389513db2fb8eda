import type { SecretStore } from '../ports';

/**
 * Every secret value the app has handled since it started, for the loggers to redact by value:
 * a key of any shape (not only `pk_…`) is kept out of the log once the app has seen it.
 */
export interface SecretRegistry {
  remember(secret: string): void;
  /** Asked at each log line, since keys are added while the app runs. */
  known(): readonly string[];
}

/** Shorter values would redact ordinary words; no account key is this short. */
const minimumLength = 6;

export function createSecretRegistry(): SecretRegistry {
  const secrets = new Set<string>();
  let snapshot: readonly string[] = [];
  return {
    remember(secret) {
      const value = secret.trim();
      if (value.length < minimumLength || secrets.has(value)) return;
      secrets.add(value);
      snapshot = [...secrets];
    },
    known: () => snapshot,
  };
}

/**
 * A secret store that tells the registry each key it saves or reads. A deleted key stays known:
 * lines written while it was in use may be quoted again (an error's cause, a retry).
 */
export function createRegisteringSecretStore<S extends SecretStore>(inner: S, registry: SecretRegistry): S {
  return {
    ...inner,
    get: async (ref: string) => {
      const secret = await inner.get(ref);
      if (secret !== null) registry.remember(secret);
      return secret;
    },
    set: async (ref: string, secret: string) => {
      registry.remember(secret);
      await inner.set(ref, secret);
    },
    delete: (ref: string) => inner.delete(ref),
  };
}
