import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoKeys, startSimulator, type RunningSimulator } from '../../main/simulator';
import { manualClock, simulatorClient } from '../support/simulator-client';

/** Every injected fault, observed from the client's side. */
describe('simulator: injected faults', () => {
  let sim: RunningSimulator;
  let api: ReturnType<typeof simulatorClient>;

  beforeEach(async () => {
    sim = await startSimulator({ clock: manualClock('2026-07-15T14:20:00Z'), enforceRateLimits: false });
    api = simulatorClient(sim.url, demoKeys.outdoor);
  });
  afterEach(() => sim.close());

  it('serverErrorRate: answers 500 or 503 with the errors body; control routes are spared', async () => {
    sim.setFaults({ serverErrorRate: 1 });
    const statuses = new Set<number>();
    for (let i = 0; i < 12; i += 1) {
      const answer = await api.get('/api/metrics');
      statuses.add(answer.status);
      expect(answer.json).toEqual({ errors: [expect.objectContaining({ code: expect.any(String), title: expect.any(String), detail: expect.any(String) })] });
    }
    expect(statuses).toEqual(new Set([500, 503]));
    expect((await fetch(`${sim.url}/__simulator/health`)).status).toBe(200);
    sim.setFaults({ serverErrorRate: 0 });
    expect((await api.get('/api/metrics')).status).toBe(200);
  });

  it('serverErrorRate: a fraction, drawn from the seed', async () => {
    sim.setFaults({ serverErrorRate: 0.5 });
    const statuses: number[] = [];
    for (let i = 0; i < 40; i += 1) statuses.push((await api.get('/api/flows?page[size]=1')).status);
    const failures = statuses.filter((status) => status >= 500).length;
    expect(failures).toBeGreaterThan(5);
    expect(failures).toBeLessThan(35);
  });

  it('rateLimitStorm: the next N requests get 429 with Retry-After 1', async () => {
    sim.setFaults({ rateLimitStorm: 2 });
    const answers = [await api.get('/api/events'), await api.get('/api/profiles'), await api.get('/api/events')];
    expect(answers.map((answer) => answer.status)).toEqual([429, 429, 200]);
    expect(answers[0]?.headers.get('retry-after')).toBe('1');
  });

  it('latencyMs: answers come late (a client with a shorter timeout gives up), then normally', async () => {
    sim.setFaults({ latencyMs: 400 });
    await expect(fetch(`${sim.url}/__simulator/health`, { signal: AbortSignal.timeout(5_000) })).resolves.toMatchObject({ status: 200 });
    await expect(fetch(`${sim.url}/api/accounts`, { signal: AbortSignal.timeout(30) })).rejects.toThrow();
    expect((await api.get('/api/accounts')).status).toBe(200);
  });

  it('hangRate: requests are never answered, recorded with status 0, and close() still ends them', async () => {
    sim.setFaults({ hangRate: 1 });
    await expect(fetch(`${sim.url}/api/accounts`, { signal: AbortSignal.timeout(100) })).rejects.toThrow();
    const pending = fetch(`${sim.url}/api/flows`).catch((error: unknown) => error);
    await expect.poll(() => sim.requests.length).toBe(2);
    expect(sim.requests.map((request) => request.status)).toEqual([0, 0]);
    await sim.close();
    expect(await pending).toBeInstanceOf(Error);
  });

  it('truncateRate: a 200 whose body stops in the middle of the JSON', async () => {
    sim.setFaults({ truncateRate: 1 });
    const answer = await api.get('/api/metrics');
    expect(answer.status).toBe(200);
    expect(answer.text.length).toBeGreaterThan(10);
    expect(answer.json).toBeUndefined();
  });

  it('malformedRate: valid JSON of the wrong shape', async () => {
    sim.setFaults({ malformedRate: 1 });
    const answer = await api.get('/api/flows');
    expect(answer.status).toBe(200);
    expect(typeof (answer.json as { data: unknown }).data).toBe('string');
  });

  it('dropConnections: the next N requests lose their connection without an answer', async () => {
    sim.setFaults({ dropConnections: 1 });
    await expect(fetch(`${sim.url}/api/accounts`, { headers: { authorization: `Klaviyo-API-Key ${demoKeys.outdoor}`, revision: '2026-07-15' } })).rejects.toThrow();
    expect((await api.get('/api/accounts')).status).toBe(200);
    expect(sim.requests.map((request) => request.status)).toEqual([0, 200]);
  });

  it('revokedKeys: that key is refused, others still work', async () => {
    sim.setFaults({ revokedKeys: [demoKeys.outdoor] });
    expect((await api.get('/api/accounts')).status).toBe(401);
    expect((await simulatorClient(sim.url, demoKeys.charity).get('/api/accounts')).status).toBe(200);
  });

  it('starts with the faults given at start, and refuses nonsense', async () => {
    const faulty = await startSimulator({ faults: { rateLimitStorm: 1 }, enforceRateLimits: false });
    try {
      expect((await simulatorClient(faulty.url, demoKeys.outdoor).get('/api/accounts')).status).toBe(429);
      expect(() => faulty.setFaults({ serverErrorRate: 2 })).toThrow();
    } finally {
      await faulty.close();
    }
  });
});
