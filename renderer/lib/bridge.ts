import type { ErrorCode, Result } from '../../shared/domain/errors';
import type { StorepulseApi } from '../../shared/ipc/contract';

declare global {
  interface Window {
    storepulse?: StorepulseApi;
  }
}

/** A failed call, carrying the code the UI translates. */
export class BridgeError extends Error {
  readonly code: ErrorCode | 'bridge-missing';
  readonly params: Record<string, string> | undefined;
  constructor(code: ErrorCode | 'bridge-missing', message: string, params?: Record<string, string>) {
    super(message);
    this.name = 'BridgeError';
    this.code = code;
    this.params = params;
  }
}

/** The only place that touches `window.storepulse`. */
export function bridge(): StorepulseApi {
  const api = window.storepulse;
  if (!api) throw new BridgeError('bridge-missing', 'window.storepulse is not available');
  return api;
}

/** Unwraps a call's result, turning a typed failure into a BridgeError. */
export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  const result = await call;
  if (result.ok) return result.value;
  throw new BridgeError(result.error.code, result.error.message, result.error.params);
}

/** Translation key for a failure, whatever was thrown. */
export function errorMessageKey(error: unknown): string {
  if (error instanceof BridgeError) {
    return error.code === 'bridge-missing' ? 'errors.bridgeMissing' : `errors.${error.code}`;
  }
  return 'errors.internal';
}
