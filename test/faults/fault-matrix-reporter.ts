import type { Reporter, TestCase } from 'vitest/node';

/**
 * Prints the fault matrix: one line per case (held or not, the case, what the user was left with)
 * and a total. Failures keep vitest's own error output as well, from the default reporter.
 */
export default class FaultMatrixReporter implements Reporter {
  private readonly lines: string[] = [];
  private held = 0;
  private broke = 0;

  onTestCaseResult(testCase: TestCase): void {
    const state = testCase.result().state;
    if (state === 'skipped' || state === 'pending') return;
    const area = testCase.module.moduleId.replace(/^.*\/test\/faults\//, '').replace(/\.fault\.test\.ts$/, '');
    const outcome = testCase.meta().outcome;
    if (state === 'passed') this.held += 1;
    else this.broke += 1;
    const mark = state === 'passed' ? 'held ' : 'BROKE';
    const detail = state === 'passed' ? (outcome ?? '') : (testCase.result().errors?.[0]?.message ?? '').split('\n')[0];
    this.lines.push(`${mark}  ${area} › ${testCase.name}${detail ? ` — ${detail}` : ''}`);
  }

  onTestRunEnd(): void {
    process.stdout.write('\nFault matrix\n');
    for (const line of this.lines) process.stdout.write(`  ${line}\n`);
    process.stdout.write(`Total: ${this.held + this.broke} cases, ${this.held} held, ${this.broke} broke\n`);
  }
}
