import type { WizardInput, WizardKind, WizardOrigin, WizardSession, WizardUpdate } from '../../shared/domain/wizard';

/**
 * The transitions every wizard shares, pure: start, merge what the operator typed, tick a manual
 * item, move between steps, finish. A step flagged `blocked` (its choice not made yet) cannot be
 * passed, so a session can never stand beyond a question it has no answer for.
 */
export interface StepGate {
  blocked: boolean;
}

export function startSession(kind: WizardKind, accountId: string, origin: WizardOrigin, id: string, now: Date): WizardSession {
  const at = now.toISOString();
  return { id, kind, accountId, status: 'active', stepIndex: 0, input: { ...origin }, ticked: [], startedAt: at, updatedAt: at };
}

/** What the operator answered about a pasted export: it means nothing for another export. */
const CSV_ANSWERS = ['csvCountColumn', 'csvDateOrder'] as const;

/** Empty strings clear a field: the operator erased it. A new or erased export voids its answers. */
export function mergeInput(current: WizardInput, patch: WizardInput): WizardInput {
  const next: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === '' || value === undefined) delete next[key];
    else next[key] = typeof value === 'string' ? value.trim() : value;
  }
  if (patch.csv !== undefined && next.csv !== current.csv) for (const key of CSV_ANSWERS) if (patch[key] === undefined) delete next[key];
  return next as WizardInput;
}

export function toggleTick(ticked: readonly string[], key: string, done: boolean): string[] {
  const rest = ticked.filter((k) => k !== key);
  return done ? [...rest, key] : rest;
}

/** The furthest step the operator may stand on: the first blocked one, or the last. */
export function furthestReachable(steps: readonly StepGate[]): number {
  const blocked = steps.findIndex((step) => step.blocked);
  return blocked === -1 ? Math.max(0, steps.length - 1) : blocked;
}

/**
 * Applies everything but navigation; the caller rebuilds the steps from the new input (a choice
 * may unblock a step) and then calls `navigate`.
 */
export function applyEdits(session: WizardSession, update: Pick<WizardUpdate, 'input' | 'tick'>, now: Date): WizardSession {
  let next = session;
  if (update.input) next = { ...next, input: mergeInput(next.input, update.input) };
  if (update.tick) next = { ...next, ticked: toggleTick(next.ticked, update.tick.key, update.tick.done) };
  return next === session ? session : { ...next, updatedAt: now.toISOString() };
}

export function navigate(session: WizardSession, steps: readonly StepGate[], update: Pick<WizardUpdate, 'stepIndex' | 'finish'>, now: Date): WizardSession {
  const limit = furthestReachable(steps);
  // A change of input can block a step before the one the operator stands on: step back to it.
  let stepIndex = Math.min(session.stepIndex, limit);
  if (update.stepIndex !== undefined) stepIndex = Math.min(update.stepIndex, limit);
  const canFinish = steps.every((step) => !step.blocked);
  const status = update.finish && canFinish ? 'finished' : session.status;
  if (stepIndex === session.stepIndex && status === session.status) return session;
  return { ...session, stepIndex, status, updatedAt: now.toISOString() };
}
