import { failure } from '../../shared/domain/errors';
import { matchLanguage } from '../../shared/i18n/catalogues';
import type { Core } from '../core';
import type { Dispatch } from '../ipc-dispatcher';
import { systemClock } from '../ports';
import { applyStartupChoice, checkStartup, type StartupChoice } from '../startup/startup-check';
import { startBrowserHost, type BrowserHost } from './browser-host';
import { createHostCore, type HostCore } from './host-core';
import { recoveryPageHtml, stoppedPageHtml } from './recovery-page';
import { createServerSentEvents } from './server-sent-events';
import packageJson from '../../package.json' with { type: 'json' };

export interface WebHostOptions {
  dataDir: string;
  systemLocale: string;
  rendererDir: string;
  port?: number;
  hostCore?: Parameters<typeof createHostCore>[2];
  /** Called once after the person chose to quit, when the page saying so has been served (or 2 s on). */
  onQuit?: () => void;
}

export interface WebHost {
  host: BrowserHost;
  /** The running core; null while a start-up problem waits for an answer, or after quit. */
  current(): HostCore | null;
  /** Settles with the core once it runs (at once when nothing was wrong), or null after quit. */
  ready: Promise<Core | null>;
  close(): Promise<void>;
}

const choices: readonly string[] = ['rebuild', 'restore-defaults', 'quit'] satisfies StartupChoice[];
const isChoice = (value: string): value is StartupChoice => choices.includes(value);

/**
 * The web mode's start: files are checked before the core opens them. Anything damaged or newer
 * is put to the person on a recovery page served at the app's own URL; once every problem is
 * answered the core starts and the same URL loads the app.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const clock = options.hostCore?.clock ?? systemClock;
  const language = matchLanguage(options.systemLocale);
  const events = createServerSentEvents();
  let pending = checkStartup({ dataDir: options.dataDir }, clock.now());
  let running: HostCore | null = null;
  let stopped = false;
  let settle: (core: Core | null) => void = () => {};
  const ready = new Promise<Core | null>((resolve) => (settle = resolve));
  let quitAnnounced = false;
  const announceQuit = () => {
    if (quitAnnounced) return;
    quitAnnounced = true;
    options.onQuit?.();
  };

  const startCore = () => {
    running = createHostCore(options.dataDir, options.systemLocale, { ...options.hostCore, events });
    settle(running.core);
  };
  if (pending.length === 0) startCore();

  const dispatch: Dispatch = (channel, input) =>
    running ? running.core.dispatch(channel, input) : Promise.resolve(failure('internal', 'Storepulse has not started yet.'));

  const host = await startBrowserHost({
    rendererDir: options.rendererDir,
    dispatch,
    events,
    port: options.port ?? 0,
    recovery: {
      page(token) {
        if (stopped) {
          announceQuit();
          return stoppedPageHtml(language);
        }
        const [problem] = pending;
        return problem ? recoveryPageHtml(problem, language, packageJson.version, token) : null;
      },
      async choose(choice) {
        const [problem] = pending;
        if (!problem || stopped) return;
        const outcome = applyStartupChoice(problem, isChoice(choice) ? choice : 'quit');
        if (outcome.kind === 'quit') {
          stopped = true;
          settle(null);
          setTimeout(announceQuit, 2000).unref();
          return;
        }
        pending = pending.slice(1);
        if (pending.length === 0) startCore();
      },
    },
  });

  return {
    host,
    current: () => running,
    ready,
    async close() {
      await host.close();
      await running?.core.dispose();
    },
  };
}
