import { runCli } from './cli/run-cli';

void runCli(
  process.argv.slice(2),
  (text) => process.stdout.write(`${text}\n`),
  (text) => process.stderr.write(`${text}\n`),
).then((code) => {
  process.exitCode = code;
});
