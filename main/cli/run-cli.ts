import { parseArgs } from 'node:util';
import packageJson from '../../package.json' with { type: 'json' };
import { systemClock } from '../ports';
import { runSimulate, type SimulateEnvironment } from './simulate-command';

/**
 * `storepulse`: the headless entry. It runs the same core as the app, without a window, for
 * scripting, evaluation and servers without a desktop.
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

More commands (sync, detect) arrive with the features they drive.
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
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        version: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
        port: { type: 'string' },
        scenario: { type: 'string' },
        key: { type: 'string' },
        seed: { type: 'string' },
      },
    });
  } catch (error) {
    err(`storepulse: ${error instanceof Error ? error.message : String(error)} (see "storepulse help")`);
    return 2;
  }
  if (parsed.values.version) {
    out(packageJson.version);
    return 0;
  }
  const [command, ...extra] = parsed.positionals;
  if (parsed.values.help || command === undefined || command === 'help') {
    out(usage);
    return 0;
  }
  if (command === 'simulate') {
    if (extra.length > 0) {
      err(`storepulse: unexpected argument "${extra[0]}" (see "storepulse help")`);
      return 2;
    }
    const { port, scenario, key, seed } = parsed.values;
    return runSimulate({ port, scenario, key, seed }, out, err, environment);
  }
  err(`storepulse: unknown command "${command}" (see "storepulse help")`);
  return 2;
}
