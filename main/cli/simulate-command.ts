import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Clock } from '../ports';
import { defaultScenario, keyHint, scenarioSchema, startSimulator, type FaultOptions, type ScenarioInput } from '../simulator';
import { summarizeIssues } from '../simulator/zod-issues';

/**
 * `storepulse simulate`: the demo store on loopback until SIGINT/SIGTERM, for trying the app or
 * a script against a Klaviyo-shaped API without an account.
 */
export interface SimulateEnvironment {
  readonly clock: Clock;
  /** Resolves when the server should stop (the CLI: on SIGINT or SIGTERM). */
  waitForShutdown(): Promise<void>;
}

const optionsSchema = z.object({
  port: z.coerce.number().int().min(0).max(65_535).default(0),
  seed: z.coerce.number().int().optional(),
  key: z.string().min(1).optional(),
  scenario: z.string().min(1).optional(),
  // Injected faults (see main/simulator/faults.ts), for trying how a client copes.
  'server-error-rate': z.coerce.number().min(0).max(1).optional(),
  'storm-minutes': z.coerce.number().nonnegative().optional(),
  'retry-after': z.coerce.number().int().nonnegative().optional(),
  disconnects: z.coerce.number().int().nonnegative().optional(),
  latency: z.coerce.number().nonnegative().optional(),
});
export type SimulateOptions = z.input<typeof optionsSchema>;

async function loadScenario(path: string | undefined): Promise<{ ok: true; scenario: ScenarioInput } | { ok: false; message: string }> {
  if (path === undefined) return { ok: true, scenario: defaultScenario() };
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return { ok: false, message: `cannot read scenario file ${path} (${error instanceof Error && 'code' in error ? String(error.code) : 'unreadable'})` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: `scenario file ${path} is not valid JSON` };
  }
  const parsed = scenarioSchema.safeParse(json);
  return parsed.success ? { ok: true, scenario: parsed.data } : { ok: false, message: `scenario file ${path} is invalid: ${summarizeIssues(parsed.error)}` };
}

export async function runSimulate(
  raw: SimulateOptions,
  out: (text: string) => void,
  err: (text: string) => void,
  environment: SimulateEnvironment,
): Promise<number> {
  const options = optionsSchema.safeParse(raw);
  if (!options.success) {
    err(`storepulse: ${summarizeIssues(options.error)} (see "storepulse help")`);
    return 2;
  }
  const { port, seed, key, scenario: scenarioPath } = options.data;
  const faults = faultsFrom(options.data);
  const loaded = await loadScenario(scenarioPath);
  if (!loaded.ok) {
    err(`storepulse: ${loaded.message}`);
    return 2;
  }
  let scenario = loaded.scenario;
  if (key !== undefined) {
    const [first, ...rest] = scenario.accounts;
    if (first) scenario = { ...scenario, accounts: [{ ...first, privateKey: key }, ...rest] };
    const checked = scenarioSchema.safeParse(scenario);
    if (!checked.success) {
      err(`storepulse: --key: ${summarizeIssues(checked.error)}`);
      return 2;
    }
  }

  let simulator;
  try {
    simulator = await startSimulator({ scenario, seed, port, clock: environment.clock, faults });
  } catch (error) {
    err(`storepulse: cannot start the simulator: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  out(`listening on ${simulator.url}`);
  for (const account of simulator.accounts) {
    out(`  ${account.name} (${account.timezone}, ${account.currency}): key ${keyHint(account.key)}`);
  }
  if (Object.keys(faults).length > 0) out(`faults: ${describeFaults(faults)}`);
  await environment.waitForShutdown();
  await simulator.close();
  return 0;
}

type ParsedOptions = z.output<typeof optionsSchema>;

function faultsFrom(options: ParsedOptions): Partial<FaultOptions> {
  return {
    ...(options['server-error-rate'] === undefined ? {} : { serverErrorRate: options['server-error-rate'] }),
    ...(options['storm-minutes'] === undefined ? {} : { rateLimitStormMinutes: options['storm-minutes'] }),
    ...(options['retry-after'] === undefined ? {} : { retryAfterSeconds: options['retry-after'] }),
    ...(options.disconnects === undefined ? {} : { dropConnections: options.disconnects }),
    ...(options.latency === undefined ? {} : { latencyMs: options.latency }),
  };
}

/** One line saying which faults are in force, so whoever started it knows what the client will meet. */
export function describeFaults(faults: Partial<FaultOptions>): string {
  const parts: string[] = [];
  if (faults.serverErrorRate) parts.push(`server errors ${Math.round(faults.serverErrorRate * 100)}%`);
  if (faults.rateLimitStormMinutes) parts.push(`429 storm for ${faults.rateLimitStormMinutes} min (Retry-After ${faults.retryAfterSeconds ?? 1} s)`);
  else if (faults.retryAfterSeconds !== undefined) parts.push(`Retry-After ${faults.retryAfterSeconds} s`);
  if (faults.dropConnections) parts.push(`${faults.dropConnections} dropped connection${faults.dropConnections === 1 ? '' : 's'}`);
  if (faults.latencyMs) parts.push(`${faults.latencyMs} ms latency`);
  return parts.length === 0 ? 'none' : parts.join(', ');
}
