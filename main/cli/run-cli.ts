import { parseArgs } from 'node:util';
import packageJson from '../../package.json' with { type: 'json' };

/**
 * `storepulse`: the headless entry. It runs the same core as the app, without a window, for
 * scripting, evaluation and servers without a desktop.
 */
const usage = `Storepulse ${packageJson.version}: watches an online store's marketing metrics for sudden drops.

Usage: storepulse <command> [options]

Commands:
  help              show this help
  --version, -v     print the version

More commands (simulate, sync, detect) arrive with the features they drive.
`;

export function runCli(argv: readonly string[], out: (text: string) => void, err: (text: string) => void): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: { version: { type: 'boolean', short: 'v' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    err(`storepulse: ${error instanceof Error ? error.message : String(error)} (see "storepulse help")`);
    return 2;
  }
  if (parsed.values.version) {
    out(packageJson.version);
    return 0;
  }
  const [command] = parsed.positionals;
  if (parsed.values.help || command === undefined || command === 'help') {
    out(usage);
    return 0;
  }
  err(`storepulse: unknown command "${command}" (see "storepulse help")`);
  return 2;
}

