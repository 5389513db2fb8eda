import type { Logger } from '../ports';
import { redactText, redactValue } from './redact';

/**
 * Wraps a logger so that no known secret (asked for at each call, since keys are added and
 * removed while the app runs) and nothing shaped like a private key reaches it, in the message
 * or in any field.
 */
export function createRedactingLogger(inner: Logger, secrets: () => readonly string[]): Logger {
  const write = (level: keyof Logger) => (message: string, fields?: Record<string, unknown>) => {
    const known = secrets();
    const safeMessage = redactText(message, known);
    if (fields === undefined) inner[level](safeMessage);
    else inner[level](safeMessage, redactValue(fields, known) as Record<string, unknown>);
  };
  return { info: write('info'), warn: write('warn'), error: write('error') };
}
