import { testOrderInputSchema, type TestOrderInput } from './test-orders';
import { formatInstant } from './time';
import type { Reply } from './api-pipeline';
import { summarizeIssues } from './zod-issues';

/**
 * `/__simulator/...`: our own routes for driving the demo from outside the process (health check,
 * test orders). Plain JSON, no key, no faults: they are not part of the API being simulated.
 */
export interface ControlDependencies {
  placeTestOrder(input: TestOrderInput): { deliverMs: number };
}

function json(status: number, document: unknown): Reply {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(document) };
}

export function answerControlRequest(method: string, pathname: string, body: string, deps: ControlDependencies): Reply {
  if (pathname === '/__simulator/health') {
    return method === 'GET' ? json(200, { ok: true }) : json(405, { ok: false, error: 'use GET' });
  }
  if (pathname === '/__simulator/test-orders') {
    if (method !== 'POST') return json(405, { ok: false, error: 'use POST' });
    let input: unknown;
    try {
      input = JSON.parse(body);
    } catch {
      return json(400, { ok: false, error: 'the body is not valid JSON' });
    }
    const parsed = testOrderInputSchema.safeParse(input);
    if (!parsed.success) return json(400, { ok: false, error: summarizeIssues(parsed.error) });
    try {
      const { deliverMs } = deps.placeTestOrder(parsed.data);
      return json(202, { ok: true, deliverAt: Number.isFinite(deliverMs) ? formatInstant(deliverMs) : null });
    } catch (error) {
      return json(400, { ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return json(404, { ok: false, error: `no control route at ${pathname}` });
}
