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
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const apiErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown by services for failures the user can act on; the dispatcher turns it into a Result. */
export class AppError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
  }
}

export function failure(code: ErrorCode, message: string): { ok: false; error: ApiError } {
  return { ok: false, error: { code, message } };
}
