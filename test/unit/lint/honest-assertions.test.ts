import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A test that cannot fail proves nothing and reads as proof. These checks scan the test tree for
 * the shapes that pass whatever the code does: an assertion that only the value exists, an
 * assertion of a constant, an assertion that runs only when a file happens to be there, a file
 * read from outside the checkout (present on one machine, absent on another), a skip with no reason.
 */
const root = resolve(import.meta.dirname, '../../..');
const testRoot = join(root, 'test');
const self = resolve(import.meta.filename);

function testFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return /\.(test|spec)\.tsx?$/.test(entry.name) && path !== self ? [path] : [];
  });
}

interface Finding {
  file: string;
  line: number;
  text: string;
}

function findings(check: (line: string, file: string) => boolean): string[] {
  const found: Finding[] = [];
  for (const file of testFiles(testRoot)) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((text, index) => {
        if (check(text, file)) found.push({ file: relative(root, file), line: index + 1, text: text.trim() });
      });
  }
  return found.map((f) => `${f.file}:${f.line}: ${f.text}`);
}

/** Relative path literals (`'../../x'`) that, taken from the test's folder, leave the checkout. */
function leavesCheckout(line: string, file: string): boolean {
  for (const match of line.matchAll(/['"`]((?:\.\.\/)+[^'"`]*)['"`]/g)) {
    const target = resolve(dirname(file), match[1]!);
    if (target !== root && !target.startsWith(root + sep)) return true;
  }
  return false;
}

describe('the test tree holds no assertion that cannot fail', () => {
  it('never asserts only that a value is defined: it says which value', () => {
    expect(findings((line) => /\.toBeDefined\(\)/.test(line))).toEqual([]);
  });

  it('never asserts a constant', () => {
    expect(findings((line) => /expect\((true|false|1|0|null|undefined)\)/.test(line))).toEqual([]);
  });

  it('never asserts only when a file happens to exist', () => {
    expect(findings((line) => /if \(existsSync\([^)]*\)\)\s*(expect|\{)/.test(line))).toEqual([]);
  });

  it('reads nothing from outside the checkout', () => {
    expect(findings(leavesCheckout)).toEqual([]);
  });

  it('skips only with a condition and a reason', () => {
    expect(findings((line) => /\b(it|test|describe)\.(skip|todo|only)\(\s*['"`]/.test(line) || /\btest\.skip\(\s*\)/.test(line))).toEqual([]);
  });

  it('catches what it looks for', () => {
    // The checks themselves must be able to fail, or an empty list proves nothing.
    const inTest = join(testRoot, 'contract', 'example.test.ts');
    expect(leavesCheckout("resolve(import.meta.dirname, '../../../shared/reference/spec.json')", inTest)).toBe(true);
    expect(leavesCheckout("import { x } from '../../main/core';", inTest)).toBe(false);
    expect(findings(() => true).length).toBeGreaterThan(0);
  });
});
