import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run-cli';
import packageJson from '../../../package.json' with { type: 'json' };

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(args, (t) => out.push(t), (t) => err.push(t));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('storepulse CLI', () => {
  it.each([['--version'], ['-v']])('%s prints the package version', (flag) => {
    expect(run([flag])).toEqual({ code: 0, out: packageJson.version, err: '' });
  });

  it.each([[[]], [['help']], [['--help']]])('%j prints the usage', (args) => {
    const result = run(args);
    expect(result.code).toBe(0);
    expect(result.out).toContain('Usage: storepulse <command>');
  });

  it('refuses an unknown command or option with exit 2 and one clear line', () => {
    for (const args of [['frobnicate'], ['--nope']]) {
      const result = run(args);
      expect(result.code).toBe(2);
      expect(result.out).toBe('');
      expect(result.err.split('\n')).toHaveLength(1);
      expect(result.err).toMatch(/^storepulse: /);
    }
  });
});
