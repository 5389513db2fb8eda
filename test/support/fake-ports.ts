import type { EventName, EventPayload } from '../../shared/ipc/contract';
import type { Clock, EventSink, IncidentNotice, Logger, Notifier, Ports, PreferencesFile } from '../../main/ports';
import { createMemorySecretStore } from '../../main/secrets/memory-secret-store';

/** Fakes of the outside world only: a fixed clock, a recording event sink, in-memory preferences and secret store. */
export function fixedClock(iso: string): Clock {
  return { now: () => new Date(iso) };
}

export interface RecordingEventSink extends EventSink {
  emitted: { event: EventName; payload: unknown }[];
}

export function recordingEventSink(): RecordingEventSink {
  const emitted: { event: EventName; payload: unknown }[] = [];
  return {
    emitted,
    emit<E extends EventName>(event: E, payload: EventPayload<E>) {
      emitted.push({ event, payload });
    },
  };
}

export interface RecordingLogger extends Logger {
  lines: { level: 'info' | 'warn' | 'error'; message: string }[];
}

export function recordingLogger(): RecordingLogger {
  const lines: RecordingLogger['lines'] = [];
  return {
    lines,
    info: (message) => lines.push({ level: 'info', message }),
    warn: (message) => lines.push({ level: 'warn', message }),
    error: (message) => lines.push({ level: 'error', message }),
  };
}

export function memoryPreferences(initial: unknown = {}): PreferencesFile & { value: unknown } {
  const file = {
    value: initial,
    read: () => file.value,
    write: (value: Record<string, unknown>) => {
      file.value = structuredClone(value);
    },
  };
  return file;
}

export interface RecordingNotifier extends Notifier {
  /** Incidents told as fired, in order. */
  fired: IncidentNotice[];
  /** Incidents told as resolved, in order. */
  resolved: IncidentNotice[];
}

export function recordingNotifier(): RecordingNotifier {
  const fired: IncidentNotice[] = [];
  const resolved: IncidentNotice[] = [];
  return { fired, resolved, incidentFired: (notice) => fired.push(notice), incidentResolved: (notice) => resolved.push(notice) };
}

export function fakePorts(overrides: Partial<Ports> = {}): Ports & {
  events: RecordingEventSink;
  logger: RecordingLogger;
  notifier: RecordingNotifier;
} {
  return {
    clock: fixedClock('2026-07-01T12:00:00Z'),
    preferences: memoryPreferences(),
    secrets: createMemorySecretStore(),
    ...overrides,
    events: recordingEventSink(),
    logger: recordingLogger(),
    notifier: recordingNotifier(),
  };
}
