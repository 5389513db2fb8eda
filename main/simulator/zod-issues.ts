import type { z } from 'zod';

/** zod's issues as one short line (`path: message; ...`), for the CLI and the control routes. */
export function summarizeIssues(error: z.ZodError, most = 5): string {
  const lines = error.issues.slice(0, most).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  const more = error.issues.length - lines.length;
  return more > 0 ? `${lines.join('; ')}; and ${more} more` : lines.join('; ');
}
