import { z } from 'zod';

/**
 * What a monitor judges: a count that falls (the default), the value of a metric with values (the
 * revenue of Placed Order) falling while its count holds, or a harmful metric (bounces, spam
 * complaints, unsubscribes) rising above what the sends explain.
 */
export const monitorKindSchema = z.enum(['count-down', 'value-down', 'rise-harmful']);
export type MonitorKind = z.infer<typeof monitorKindSchema>;
export const monitorKinds = monitorKindSchema.options;

/**
 * Harmful metrics as Klaviyo names them, each with the metric whose count is its sends. The email
 * names are Klaviyo's built-in metrics; the SMS pair is how Klaviyo's interface names them (the
 * API reference lists no metric names), so a differently named metric is matched by `--kind`.
 */
const HARMFUL: ReadonlyMap<string, string> = new Map([
  ['bounced email', 'Received Email'],
  ['marked email as spam', 'Received Email'],
  ['unsubscribed', 'Received Email'],
  ['dropped email', 'Received Email'],
  ['unsubscribed from sms', 'Received SMS'],
  ['failed to deliver sms', 'Received SMS'],
]);

/** The kind a metric's count is judged by, from its name (case and spacing ignored). */
export function countKindOf(metricName: string): Exclude<MonitorKind, 'value-down'> {
  return HARMFUL.has(normalized(metricName)) ? 'rise-harmful' : 'count-down';
}

/** The sends a harmful metric is judged against (Received Email for Bounced Email), or null. */
export function sendsMetricOf(metricName: string): string | null {
  return HARMFUL.get(normalized(metricName)) ?? null;
}

function normalized(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
