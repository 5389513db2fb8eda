import { z } from 'zod';

/**
 * Every failure that crosses the bridge carries one of these codes. The renderer translates the
 * code (never the developer-facing `message`), so a new code needs a catalogue entry in every
 * language: the catalogue test enforces that.
 */
export const errorCodeSchema = z.enum([
  'unknown-channel',
  'invalid-input',
  'forbidden',
  'not-found',
  'internal',
  // The marketing platform's API, as the client classifies its failures.
  'invalid-key',
  'missing-scope',
  'bad-request',
  'bad-response',
  'rate-limited',
  'server-error',
  'timeout',
  'unreachable',
  'cancelled',
  // Accounts and keys.
  'missing-key',
  'secret-storage-unavailable',
  'key-unreadable',
  'secret-file-not-writable',
  // Ids and wizard items that name nothing of ours.
  'unknown-account',
  'unknown-wizard-item',
  // The local cache's disk.
  'disk-full',
  'disk-error',
  'disk-read-only',
  // A sync that spent its whole budget waiting out the API's rate limit.
  'rate-limit-storm',
  // Files on this computer.
  'preferences-not-saved',
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const apiErrorSchema = z.object({
  code: errorCodeSchema,
  /** For logs and developers; the UI shows the translated code instead. */
  message: z.string(),
  /** Values the translated message needs (a scope name, an operation). */
  params: z.record(z.string(), z.string()).optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown by services for failures the user can act on; the dispatcher turns it into a Result. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: Record<string, string> | undefined;
  constructor(code: ErrorCode, message: string, params?: Record<string, string>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
  }
}

export function failure(
  code: ErrorCode,
  message: string,
  params?: Record<string, string>,
): { ok: false; error: ApiError } {
  return { ok: false, error: params ? { code, message, params } : { code, message } };
}
