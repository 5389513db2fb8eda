import { startSimulator } from '../../main/simulator';
import { benchScenario } from './bench-scenarios';

/**
 * A simulator in a process of its own (so that its memory is not counted as the app's), without
 * rate limits: the scale benchmark measures the cache and the core, not the API's pacing.
 * Prints `URL <url>` once listening; stops on SIGTERM.
 */
const [accounts = '50', metrics = '30'] = process.argv.slice(2);
const simulator = await startSimulator({ scenario: benchScenario(Number(accounts), Number(metrics)), enforceRateLimits: false });
process.stdout.write(`URL ${simulator.url}\n`);
process.on('SIGTERM', () => {
  void simulator.close().then(() => process.exit(0));
});
