import type { MonitorKind } from '../shared/domain/monitor-kind';
import type { EventName, EventPayload } from '../shared/ipc/contract';
import type { AlertFigures } from '../shared/domain/alert';
import type { IncidentCost } from '../shared/domain/incident';

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

/**
 * What the operator is told about an incident: the OS notification in the app, a line from the
 * command line. Plain data, built from the incident by `incidentNotice()` (main/alerts), so each
 * host words it in its own language and time zone.
 */
export interface IncidentNotice {
  incidentId: string;
  accountId: string;
  accountName: string;
  /** The metric the headline names (an order metric first, then the deepest drop). */
  headlineMetricName: string;
  /** The headline metric's integration, when it has one. */
  integrationName: string | null;
  /** What the headline member judged (a count falling, revenue falling, a harmful metric rising): the words follow it. */
  kind: MonitorKind;
  /** Every member's metric, the headline's first, each once. */
  memberMetricNames: string[];
  /** The headline member's figures, as every surface shows them ("now", "when it fired"). */
  figures: AlertFigures;
  /** Earliest first anomalous hour of the members (ISO, UTC). */
  start: string;
  /** When the last member was back to normal (ISO); null while one is still down. */
  end: string | null;
  /** What it cost so far (final once resolved). */
  cost: IncidentCost;
  /** ISO 4217 code of the account's currency; null when the account does not say. */
  currency: string | null;
}

/**
 * Desktop notifications, once per incident and never once per sync: when it is first told (or a
 * snooze ran out on one still under way) and, when the operator asked for it, when it resolves.
 */
export interface Notifier {
  incidentFired(notice: IncidentNotice): void;
  incidentResolved(notice: IncidentNotice): void;
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
