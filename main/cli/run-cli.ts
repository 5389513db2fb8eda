import { parseArgs } from 'node:util';
import packageJson from '../../package.json' with { type: 'json' };
import { systemClock } from '../ports';
import { readFileSync } from 'node:fs';
import { alertsUsage, runAlertsCommand } from './alerts-command';
import { detectUsage, runDetectCommand } from './detect-command';
import { incidentsUsage, runIncidentsCommand } from './incidents-command';
import { runSimulate, type SimulateEnvironment } from './simulate-command';
import { runSyncCommand, syncUsage } from './sync-command';

/**
 * `storepulse`: the headless entry. It runs the same core as the app, without a window, for
 * scripting, evaluation and servers without a desktop. Each command parses its own options.
 */
const usage = `Storepulse ${packageJson.version}: watches an online store's marketing metrics for sudden drops.

Usage: storepulse <command> [options]

Commands:
  help              show this help
  --version, -v     print the version
  simulate          serve the demo store, a Klaviyo-compatible API, on 127.0.0.1
                    until interrupted (Ctrl+C). Options:
                      --port N         port to listen on (default: any free port)
                      --scenario FILE  a scenario JSON file instead of the built-in demo
                      --key KEY        private key of the first account
                      --seed N         seed for the generated data
                    Faults to inject (none by default):
                      --server-error-rate R  share of requests answered 500 or 503 (0-1)
                      --storm-minutes M      answer every request 429 for M minutes,
                                             from the first request
                      --retry-after S        Retry-After of those 429s in seconds (default 1)
                      --disconnects N        drop the connection of the next N requests
                      --latency MS           wait MS milliseconds before every answer
  ${syncUsage.replaceAll('\n', '\n  ')}
  ${detectUsage.replaceAll('\n', '\n  ')}
  ${alertsUsage.replaceAll('\n', '\n  ')}
  ${incidentsUsage.replaceAll('\n', '\n  ')}
`;

/** Resolves on the first SIGINT or SIGTERM. */
function untilInterrupted(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export async function runCli(
  argv: readonly string[],
  out: (text: string) => void,
  err: (text: string) => void,
  environment: SimulateEnvironment = { clock: systemClock, waitForShutdown: untilInterrupted },
): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--version' || command === '-v') {
    out(packageJson.version);
    return 0;
  }
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    out(usage);
    return 0;
  }
  switch (command) {
    case 'simulate':
      return simulate(rest, out, err, environment);
    case 'sync':
      return runSyncCommand(rest, { out, err, env: process.env });
    case 'detect':
      return runDetectCommand(rest, { out, err, readFile: (path) => readFileSync(path, 'utf8') });
    case 'alerts':
      return runAlertsCommand(rest, { out, err, now: () => environment.clock.now() });
    case 'incidents':
      return runIncidentsCommand(rest, { out, err, now: () => environment.clock.now() });
    default:
      err(
        command.startsWith('-')
          ? `storepulse: unknown option "${command}" (see "storepulse help")`
          : `storepulse: unknown command "${command}" (see "storepulse help")`,
      );
      return 2;
  }
}

async function simulate(
  args: string[],
  out: (text: string) => void,
  err: (text: string) => void,
  environment: SimulateEnvironment,
): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      options: {
        port: { type: 'string' },
        scenario: { type: 'string' },
        key: { type: 'string' },
        seed: { type: 'string' },
        'server-error-rate': { type: 'string' },
        'storm-minutes': { type: 'string' },
        'retry-after': { type: 'string' },
        disconnects: { type: 'string' },
        latency: { type: 'string' },
      },
    }));
  } catch (error) {
    err(`storepulse simulate: ${error instanceof Error ? error.message : String(error)} (see "storepulse help")`);
    return 2;
  }
  return runSimulate(values, out, err, environment);
}
