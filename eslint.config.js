// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * The dependency direction of the architecture, as lint rules:
 * - only the Electron layer (main/electron, main/index.ts, preload) may import electron or
 *   electron-store (which imports electron);
 * - renderer and preload never import main;
 * - shared imports nothing of ours outside shared.
 */
const electronModules = ['electron', 'electron-store', 'electron-log', 'electron/*'];

const noElectron = {
  paths: electronModules.filter((name) => !name.includes('*')).map((name) => ({
    name,
    message: 'Only main/electron/**, main/index.ts and preload/** may import Electron: inject a port instead.',
  })),
  patterns: [{ group: ['electron/*'], message: 'Only the Electron layer may import Electron.' }],
};

const mainPattern = {
  regex: '^(\\.\\./)+main(/|$)',
  message: 'The renderer and the preload reach main only through the typed bridge (shared/ipc/contract.ts).',
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.tools/**', 'test-results/**', 'playwright-report/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', noElectron],
    },
  },
  {
    files: ['main/electron/**', 'main/index.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['preload/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [mainPattern] }] },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': ['error', { ...noElectron, patterns: [...noElectron.patterns, mainPattern] }] },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...noElectron,
          patterns: [
            ...noElectron.patterns,
            {
              regex: '^(\\.\\./)+(main|renderer|preload|test)(/|$)',
              message: 'shared/ depends on nothing of ours: main, renderer and preload depend on it.',
            },
          ],
        },
      ],
    },
  },
);
