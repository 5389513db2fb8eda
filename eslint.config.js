// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * The dependency direction of the architecture, as lint rules:
 * - only the Electron layer (main/electron, main/index.ts, preload) may import electron or
 *   electron-store (which imports electron);
 * - renderer and preload never import main;
 * - shared imports nothing of ours outside shared;
 * - inside main/, each unit imports only lower floors (mainFloors below);
 * - raw ipcMain / ipcRenderer only in the one bridge file each side.
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

/**
 * The floors of main/, lowest first: the single source of its dependency direction. A unit (a
 * folder or a top-level file of main/) may import shared/, the units on lower floors and itself;
 * never a sibling on its own floor nor anything above. The lint rules below are generated from
 * this table, ARCHITECTURE.md explains it and `npm run lint:floors` prints it.
 */
export const mainFloors = [
  { name: 'ports', why: 'interfaces of the outside world, injected', units: ['main/ports.ts'] },
  {
    name: 'pure and leaf',
    why: 'detection rules, log redaction, secret stores, preferences files, the demo store server',
    units: ['main/detection', 'main/logging', 'main/secrets', 'main/settings', 'main/simulator'],
  },
  { name: 'cache', why: 'SQLite: connection, migrations, repositories (the only SQL)', units: ['main/db'] },
  { name: 'account API', why: 'the Klaviyo client, rate limits, error mapping', units: ['main/api'] },
  { name: 'services', why: 'sync, alert lifecycle, headline metrics', units: ['main/sync', 'main/alerts', 'main/metrics'] },
  { name: 'workflows', why: 'wizards and accounts, built on the services', units: ['main/wizards', 'main/accounts'] },
  { name: 'host logic', why: 'what the hosts decide without Electron: tray, notifications, start-up checks', units: ['main/desktop', 'main/startup'] },
  { name: 'bridge', why: 'contract channel to service call, grouped per domain, and the validating dispatcher', units: ['main/handlers', 'main/ipc-dispatcher.ts'] },
  // Only createCore reaches the services: a host acts through the handlers, never around them.
  { name: 'composition', why: 'composeServices: builds every service from the ports', units: ['main/compose-services.ts'], onlyFor: ['main/core.ts'] },
  { name: 'core', why: 'createCore: what a host gets, the handlers, the dispatcher and the lifecycle', units: ['main/core.ts'] },
  { name: 'hosts', why: 'the Electron app, the browser host, the command line', units: ['main/electron', 'main/web', 'main/cli'] },
  { name: 'entry points', why: 'process entries that start a host', units: ['main/index.ts', 'main/cli.ts'] },
];

/** Units that may import Electron (the Electron layer). */
const electronUnits = ['main/electron', 'main/index.ts'];
/** The one file each side that may touch raw IPC. */
const ipcBridgeFiles = { ipcMain: 'main/electron/ipc.ts', ipcRenderer: 'preload/index.ts' };
/** Deepest folder nesting under a unit that gets rules (main/db/repositories is 2). */
const maxDepth = 4;

/** @param {string} text */
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** @param {string} unit */
const isFile = (unit) => unit.endsWith('.ts');
/** @param {string} unit */
const stem = (unit) => unit.slice('main/'.length).replace(/\.ts$/, '');
/** @param {string} unit */
const floorOf = (unit) => mainFloors.findIndex((floor) => floor.units.includes(unit)) + 1;

/**
 * The end of an import path that names the unit, once the path has climbed back to main/.
 * @param {string} unit
 */
function unitRegex(unit) {
  const name = escape(stem(unit));
  if (isFile(unit)) return `${name}(\\.[cm]?[jt]s)?$`;
  // `../cli` names main/cli.ts, not the folder: only `cli/...` reaches the folder then.
  const fileTwin = mainFloors.some((floor) => floor.units.includes(`${unit}.ts`));
  return fileTwin ? `${name}/` : `${name}(/|$)`;
}

/** The climb from a file `depth` folders under main/ back to main/ (`./` for a top-level file). @param {number} depth */
const up = (depth) => (depth === 0 ? '\\./' : `(\\.\\./){${depth}}`);

/**
 * @param {string} unit
 * @param {number} depth
 */
function floorPatterns(unit, depth) {
  const floor = floorOf(unit);
  const allowed = ['shared', ...mainFloors.slice(0, floor - 1).flatMap((f) => f.units)];
  const where = `${unit} is on floor ${floor} (${mainFloors[floor - 1].name})`;
  const forbidden = mainFloors.flatMap((f) => f.units).filter((other) => other !== unit && !allowed.includes(other));
  // A lower floor kept for named units only (the services, for createCore).
  const kept = mainFloors
    .filter((f) => f.onlyFor && !f.onlyFor.includes(unit))
    .flatMap((f) => f.units.map((other) => ({ other, onlyFor: f.onlyFor ?? [] })))
    .filter(({ other }) => other !== unit && allowed.includes(other));
  return [
    ...forbidden.map((other) => ({
      regex: `^${up(depth)}${unitRegex(other)}`,
      message: `${where} and may not import ${other} (floor ${floorOf(other)}, ${mainFloors[floorOf(other) - 1].name}): it may import only ${allowed.join(', ')} and itself. See ARCHITECTURE.md.`,
    })),
    ...kept.map(({ other, onlyFor }) => ({
      regex: `^${up(depth)}${unitRegex(other)}`,
      message: `${unit} may not import ${other}: only ${onlyFor.join(', ')} may. A host acts through the core's handlers. See ARCHITECTURE.md.`,
    })),
    {
      regex: `^${up(depth + 1)}(main|renderer|preload|test)(/|$)`,
      message: `Code in main/ never imports renderer, preload or test, nor climbs out of main/ to come back in (${unit}).`,
    },
  ];
}

/** @param {'ipcMain' | 'ipcRenderer'} name */
function rawIpcSyntax(name) {
  return {
    selector: `MemberExpression[property.name='${name}']`,
    message: `Raw ${name} only in ${ipcBridgeFiles[name]}: everything else goes through the typed bridge.`,
  };
}

/** @param {'ipcMain' | 'ipcRenderer'} name */
const rawIpcImport = (name) => ({
  name: 'electron',
  importNames: [name],
  message: `Raw ${name} only in ${ipcBridgeFiles[name]}: everything else goes through the typed bridge.`,
});

/**
 * One config block per unit and folder depth: relative paths differ with depth.
 * @returns {import('eslint').Linter.Config[]}
 */
function mainFloorBlocks() {
  return mainFloors.flatMap((floor) =>
    floor.units.flatMap((unit) => {
      const electron = electronUnits.includes(unit);
      const depths = isFile(unit) ? [0] : Array.from({ length: maxDepth }, (_, index) => index + 1);
      return depths.map((depth) => /** @type {import('eslint').Linter.Config} */ ({
        files: isFile(unit) ? [unit] : [`${unit}/${'*/'.repeat(depth - 1)}*`],
        rules: {
          'no-restricted-imports': [
            'error',
            {
              paths: electron ? [rawIpcImport('ipcMain')] : noElectron.paths,
              patterns: [...(electron ? [] : noElectron.patterns), ...floorPatterns(unit, depth)],
            },
          ],
          'no-restricted-syntax': ['error', rawIpcSyntax('ipcMain'), rawIpcSyntax('ipcRenderer')],
        },
      }));
    }),
  );
}

/**
 * The bridge files themselves: same floor rules, raw IPC allowed.
 * @returns {import('eslint').Linter.Config[]}
 */
function ipcBridgeBlocks() {
  const ipcMainFile = ipcBridgeFiles.ipcMain;
  return [
    {
      files: [ipcMainFile],
      rules: {
        'no-restricted-imports': ['error', { patterns: floorPatterns('main/electron', ipcMainFile.split('/').length - 2) }],
        'no-restricted-syntax': ['error', rawIpcSyntax('ipcRenderer')],
      },
    },
    {
      files: [ipcBridgeFiles.ipcRenderer],
      rules: {
        'no-restricted-imports': ['error', { patterns: [mainPattern] }],
        'no-restricted-syntax': ['error', rawIpcSyntax('ipcMain')],
      },
    },
  ];
}

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
  ...mainFloorBlocks(),
  {
    files: ['preload/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [rawIpcImport('ipcRenderer')], patterns: [mainPattern] }],
      'no-restricted-syntax': ['error', rawIpcSyntax('ipcRenderer')],
    },
  },
  ...ipcBridgeBlocks(),
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
