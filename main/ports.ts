import type { EventName, EventPayload } from '../shared/ipc/contract';
import type { AlertFigures } from '../shared/domain/alert';

/**
 * The outside world, as the services see it. Each host (Electron, browser test host, CLI) plugs in
 * its own adapters; tests plug in fakes. Services never reach for Date.now(), the file system's
 * preference file or the window directly.
 */
export interface Clock {
  now(): Date;
}

export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** One preferences file, read and written whole: electron-store in the app, `conf` elsewhere. Values are unvalidated. */
export interface PreferencesFile {
  read(): unknown;
  write(value: Record<string, unknown>): void;
}

/**
 * Where account keys live: the OS keychain through Electron's safeStorage in the app, a recording
 * fake in tests. Never SQLite, preferences, logs or the renderer.
 */
export interface SecretStore {
  get(ref: string): Promise<string | null>;
  set(ref: string, secret: string): Promise<void>;
  delete(ref: string): Promise<void>;
}

/** Pushes contract events to whatever renderer(s) the host has. */
export interface EventSink {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

/** What the operator is told when a drop episode starts: the OS notification in the app. */
export interface AlertNotice {
  alertId: string;
  accountId: string;
  accountName: string;
  metricName: string;
  integrationName: string | null;
  /** The figures every surface shows for the alert ("now", "when it fired"). */
  figures: AlertFigures;
  /** First anomalous hour (ISO, UTC). */
  start: string;
}

/** Desktop notifications; called once per episode, never once per sync. */
export interface Notifier {
  alertFired(notice: AlertNotice): void;
}

/**
 * What the desktop shell does for the operator outside the window. Only the Electron app has one;
 * the browser test host and the command line leave it out and answer "not opened".
 */
export interface DesktopShell {
  /** Opens the folder holding the log files in the system's file manager. */
  openLogsFolder(): Promise<boolean>;
}

export interface Ports {
  clock: Clock;
  logger: Logger;
  preferences: PreferencesFile;
  events: EventSink;
  secrets: SecretStore;
  notifier: Notifier;
  shell?: DesktopShell;
}

export const systemClock: Clock = { now: () => new Date() };
