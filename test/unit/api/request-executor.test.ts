import type { AxiosInstance, AxiosRequestConfig, AxiosResponse } from 'axios';
import { describe, expect, it } from 'vitest';
import { defaultRetryPolicy, executeRequest, interactiveRetryPolicy, worstCaseWaitMs, type ExecutorDeps } from '../../../main/api/request-executor';
import type { OperationName } from '../../../shared/klaviyo/operations';
import type { Logger } from '../../../main/ports';
import { redactText } from '../../../main/logging/redact';
import { rejectionOf } from './support/test-client';

/**
 * The executor with everything around it faked: an http that answers from a script, a limiter
 * that runs at once, a sleep that only records. The retry schedule is checked as data.
 */
type Scripted = { status: number; headers?: Record<string, string>; data?: unknown } | Error;

const key = 'pk_executor_secret_key_0123';

function harness(script: Scripted[], overrides: Partial<ExecutorDeps> = {}) {
  const sent: AxiosRequestConfig[] = [];
  const waits: number[] = [];
  const lines: unknown[] = [];
  const log = (...args: unknown[]) => lines.push(args);
  const logger: Logger = { info: log, warn: log, error: log };
  const http = {
    request: async (config: AxiosRequestConfig) => {
      sent.push(config);
      const next = script[Math.min(sent.length - 1, script.length - 1)] as Scripted;
      if (next instanceof Error) throw next;
      return { status: next.status, headers: next.headers ?? {}, data: next.data ?? { data: [] }, config } as AxiosResponse;
    },
  } as unknown as AxiosInstance;
  const deps: ExecutorDeps = {
    http,
    limiter: { schedule: (_operation, send) => send() },
    retry: { ...defaultRetryPolicy, baseDelayMs: 100, factor: 2, maxDelayMs: 1_000, jitter: 0.5, maxAttempts: 6 },
    timeoutMs: 1_000,
    sleep: async (ms) => {
      waits.push(ms);
    },
    random: () => 0,
    clock: { now: () => new Date('2026-07-15T12:00:00Z') },
    logger,
    redact: (text) => redactText(text, [key]),
    onSend: () => {},
    ...overrides,
  };
  const run = (operation: OperationName = 'getFlows') =>
    executeRequest({ method: 'GET', url: 'http://127.0.0.1:9/api/flows', headers: { Authorization: `Klaviyo-API-Key ${key}` } }, operation, undefined, deps);
  return { run, sent, waits, lines };
}

const unavailable = { status: 503 };

describe('executeRequest', () => {
  it('backs off exponentially up to the cap between retries, then succeeds', async () => {
    const { run, waits, sent } = harness([unavailable, unavailable, unavailable, unavailable, unavailable, { status: 200 }]);
    expect((await run()).status).toBe(200);
    expect(sent).toHaveLength(6);
    expect(waits).toEqual([100, 200, 400, 800, 1_000]);
  });

  it('jitters each wait down by up to half, from the random source', async () => {
    const { run, waits } = harness([unavailable, unavailable, { status: 200 }], { random: () => 0.5 });
    await run();
    expect(waits).toEqual([75, 150]);
  });

  it('waits exactly what Retry-After says instead of the backoff', async () => {
    const { run, waits } = harness([{ status: 429, headers: { 'retry-after': '2' } }, { status: 429 }, { status: 200 }]);
    await run();
    expect(waits).toEqual([2_000, 200]);
  });

  it('stops at maxAttempts with the last failure’s code', async () => {
    const { run, sent, waits } = harness([unavailable]);
    expect(await rejectionOf(run())).toMatchObject({ code: 'server-error', params: { operation: 'get_flows' } });
    expect(sent).toHaveLength(6);
    expect(waits).toHaveLength(5);
  });

  it.each([400, 401, 403, 404])('does not retry a %i', async (status) => {
    const { run, sent, waits } = harness([{ status }]);
    await rejectionOf(run());
    expect(sent).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('turns an error that is not about the network into internal, without the request config (and its key)', async () => {
    const bug = Object.assign(new Error('Invalid URL'), {
      code: 'ERR_INVALID_URL',
      isAxiosError: true,
      config: { headers: { Authorization: `Klaviyo-API-Key ${key}` } },
    });
    const { run, lines } = harness([bug]);
    const error = await rejectionOf(run());
    expect(error).toMatchObject({ name: 'AppError', code: 'internal', params: { operation: 'get_flows' } });
    expect(error).not.toHaveProperty('config');
    expect(JSON.stringify(lines)).not.toContain(key);
  });

  describe('the interactive schedule ("Check the key")', () => {
    const interactive = (script: Scripted[]) => harness(script, { retry: interactiveRetryPolicy, random: () => 0 });

    it('waits at most 2 s between attempts in all, whatever the failure', () => {
      expect(worstCaseWaitMs(interactiveRetryPolicy)).toBeLessThanOrEqual(2_000);
      // The sync's patient schedule is what made a check take ten seconds and more.
      expect(worstCaseWaitMs(defaultRetryPolicy)).toBeGreaterThan(2_000);
    });

    it.each([401, 403])('sends a %i once', async (status) => {
      const { run, sent, waits } = interactive([{ status }]);
      expect(await rejectionOf(run())).toMatchObject({ code: status === 401 ? 'invalid-key' : 'missing-scope' });
      expect(sent).toHaveLength(1);
      expect(waits).toEqual([]);
    });

    it.each([
      ['server-error', { status: 503 }],
      ['rate-limited', { status: 429 }],
      ['unreachable', Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })],
    ] as const)('tries %s once more, within the schedule', async (code, failure) => {
      const { run, sent, waits } = interactive([failure]);
      expect(await rejectionOf(run())).toMatchObject({ code });
      expect(sent).toHaveLength(2);
      expect(waits.reduce((sum, wait) => sum + wait, 0)).toBeLessThanOrEqual(worstCaseWaitMs(interactiveRetryPolicy));
    });

    it('does not wait out a Retry-After longer than the schedule allows: rate-limited at once', async () => {
      const { run, sent, waits } = interactive([{ status: 429, headers: { 'retry-after': '30' } }]);
      expect(await rejectionOf(run())).toMatchObject({ code: 'rate-limited' });
      expect(sent).toHaveLength(1);
      expect(waits).toEqual([]);
    });
  });
});

describe('executeRequest with a rate-limit budget (a sync)', () => {
  const throttled = { status: 429, headers: { 'retry-after': '60' } };

  it('waits out a 429 storm longer than the attempt limit without counting it as failures', async () => {
    const { createRateLimitBudget } = await import('../../../main/api/rate-limit-budget');
    const clock = { now: () => new Date('2026-07-15T12:00:00Z') };
    let now = clock.now().getTime();
    clock.now = () => new Date(now);
    const budget = createRateLimitBudget({ budgetMs: 10 * 60_000, clock });
    const announced: (string | null)[] = [];
    const script: Scripted[] = [...Array.from({ length: 8 }, () => throttled), unavailable, { status: 200 }];
    const { run, sent, waits } = harness(script, {
      clock,
      rateLimitBudget: () => budget,
      onRateLimitWait: (until) => announced.push(until?.toISOString() ?? null),
      sleep: async (ms) => {
        waits.push(ms);
        now += ms;
      },
    });
    expect((await run()).status).toBe(200);
    expect(sent).toHaveLength(10);
    expect(waits.slice(0, 8)).toEqual(Array.from({ length: 8 }, () => 60_000));
    expect(announced[0]).toBe('2026-07-15T12:01:00.000Z');
    expect(announced.at(-1)).toBeNull();
  });

  it('stops with rate-limit-storm once the budget cannot cover the next wait', async () => {
    const { createRateLimitBudget } = await import('../../../main/api/rate-limit-budget');
    let now = Date.parse('2026-07-15T12:00:00Z');
    const clock = { now: () => new Date(now) };
    const budget = createRateLimitBudget({ budgetMs: 3 * 60_000, clock });
    const { run, sent } = harness([throttled], {
      clock,
      rateLimitBudget: () => budget,
      sleep: async (ms) => {
        now += ms;
      },
    });
    expect(await rejectionOf(run())).toMatchObject({ code: 'rate-limit-storm', params: { operation: 'get_flows' } });
    expect(sent).toHaveLength(4);
  });
});
