import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/domain/errors';
import {
  wizardSessionSchema,
  type WizardKind,
  type WizardOrigin,
  type WizardSession,
  type WizardSessionSummary,
  type WizardUpdate,
  type WizardView,
} from '../../shared/domain/wizard';
import type { WizardProgressRepository } from '../db/repositories/wizard-progress-repository';
import type { Clock, Logger } from '../ports';
import { cancelCheck, beginCheck, observe, type PollObservation } from './test-order-poll';
import { isEmail } from './test-order-wizard';
import { applyEdits, navigate, startSession } from './wizard-machine';
import type { WizardData } from './wizard-data';
import { wizardBuilders } from './wizard-registry';
import { isWizardTickKey } from './wizard-tick-keys';

/** The account API calls the test-order check makes, and the demo store's simulated order. */
export interface TestOrderPort {
  /** One look at the account: the profile with that email and its Placed Order events since `since`. */
  look(accountId: string, email: string, since: Date): Promise<PollObservation>;
  /** Demo accounts only: the embedded store records an order for that email. */
  simulate(accountId: string, email: string): Promise<void>;
}

export interface WizardServiceDeps {
  progress: WizardProgressRepository;
  clock: Clock;
  logger: Logger;
  /** null when the account does not exist. */
  dataFor(accountId: string): WizardData | null;
  testOrders: TestOrderPort;
  newId?: () => string;
}

export interface WizardService {
  list(accountId: string | null): WizardSessionSummary[];
  start(kind: WizardKind, accountId: string, origin: WizardOrigin): WizardView;
  get(sessionId: string): WizardView;
  update(update: WizardUpdate): WizardView;
  remove(sessionId: string): boolean;
  checkTestOrder(sessionId: string): Promise<WizardView>;
  cancelTestOrder(sessionId: string): WizardView;
  simulateTestOrder(sessionId: string): Promise<WizardView>;
}

/**
 * Stored JSON is an edge like any other: text that is not JSON, or a session written by another
 * version, is refused rather than trusted.
 */
function parseStored(text: string): WizardSession | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = wizardSessionSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/**
 * Runs the wizards: every change goes through the pure machine, is saved at once (a restart
 * resumes at the same step) and comes back as a fresh view, its automatic checks re-read from the
 * cache so they follow each sync.
 */
export function createWizardService(deps: WizardServiceDeps): WizardService {
  const newId = deps.newId ?? randomUUID;

  const load = (sessionId: string): WizardSession => {
    const row = deps.progress.get(sessionId);
    if (!row) throw new AppError('not-found', `No wizard ${sessionId}.`);
    const session = parseStored(row.session);
    if (!session) {
      deps.logger.warn('unreadable wizard progress', { sessionId });
      throw new AppError('not-found', `Wizard ${sessionId} cannot be resumed.`);
    }
    return session;
  };
  const stored = (accountId: string | null): WizardSession[] => deps.progress.list(accountId).flatMap((row) => parseStored(row.session) ?? []);
  const save = (session: WizardSession) =>
    deps.progress.save({ id: session.id, accountId: session.accountId, kind: session.kind, status: session.status, session: JSON.stringify(session), updatedAt: session.updatedAt });
  const dataOf = (accountId: string): WizardData => {
    const data = deps.dataFor(accountId);
    if (!data) throw new AppError('not-found', `No account ${accountId}.`);
    return data;
  };
  const builderOf = (kind: WizardKind) => wizardBuilders[kind];
  const view = (session: WizardSession, data = dataOf(session.accountId)): WizardView => ({ session, ...builderOf(session.kind)(session, data) });
  const commit = (session: WizardSession): WizardView => {
    save(session);
    return view(session);
  };
  const findActive = (kind: WizardKind, accountId: string, origin: WizardOrigin): WizardSession | undefined =>
    stored(accountId).find(
      (session) =>
        session.kind === kind &&
        session.status === 'active' &&
        session.input.alertId === origin.alertId &&
        session.input.diagnosisKind === origin.diagnosisKind &&
        session.input.integration === origin.integration &&
        session.input.testOrderOutcome === origin.testOrderOutcome &&
        session.input.flowId === origin.flowId,
    );
  const requireTestOrder = (session: WizardSession): { email: string } => {
    if (session.kind !== 'test-order' || !isEmail(session.input.email)) throw new AppError('bad-request', 'This wizard has no test order to check.');
    return { email: session.input.email };
  };

  return {
    list: (accountId) =>
      stored(accountId).map(({ id, kind, accountId: account, status, stepIndex, updatedAt, input }) => ({
        id,
        kind,
        accountId: account,
        status,
        stepIndex,
        updatedAt,
        ...(input.purposeAnswer ? { purposeAnswer: input.purposeAnswer } : {}),
      })),

    start(kind, accountId, origin) {
      const data = dataOf(accountId);
      // Asked again for the same alert or finding, the operator gets the wizard they already began.
      const same = Object.keys(origin).length > 0 ? findActive(kind, data.account.id, origin) : undefined;
      return same ? view(same, data) : commit(startSession(kind, data.account.id, origin, newId(), deps.clock.now()));
    },

    get: (sessionId) => view(load(sessionId)),

    update(update) {
      const now = deps.clock.now();
      const session = load(update.sessionId);
      if (update.tick && !isWizardTickKey(session.kind, update.tick.key)) {
        throw new AppError('unknown-wizard-item', `The ${session.kind} wizard has no item ${update.tick.key}.`, { key: update.tick.key });
      }
      const data = dataOf(session.accountId);
      const edited = applyEdits(session, update, now);
      // Changing the email or platform of a test order starts its check over.
      const restarted =
        edited.kind === 'test-order' && edited.testOrder && (edited.input.email !== session.input.email || edited.input.platform !== session.input.platform)
          ? { ...edited, testOrder: undefined }
          : edited;
      const steps = builderOf(session.kind)(restarted, data).steps;
      const moved = navigate(restarted, steps, update, now);
      if (moved !== session) save(moved);
      return view(moved, data);
    },

    remove: (sessionId) => deps.progress.remove(sessionId),

    async checkTestOrder(sessionId) {
      const session = load(sessionId);
      const { email } = requireTestOrder(session);
      const now = deps.clock.now();
      const current = session.testOrder && session.testOrder.state === 'waiting' ? session.testOrder : beginCheck(session.startedAt, now);
      const observation = await deps.testOrders.look(session.accountId, email, new Date(current.since));
      // The operator may have cancelled while the account was being asked: a late answer must not undo that.
      const latest = load(sessionId);
      if (latest.testOrder?.state === 'cancelled' && latest.testOrder.began === current.began) return view(latest);
      return commit({ ...latest, testOrder: observe(current, observation, deps.clock.now()), updatedAt: deps.clock.now().toISOString() });
    },

    cancelTestOrder(sessionId) {
      const session = load(sessionId);
      if (!session.testOrder) return view(session);
      return commit({ ...session, testOrder: cancelCheck(session.testOrder), updatedAt: deps.clock.now().toISOString() });
    },

    async simulateTestOrder(sessionId) {
      const session = load(sessionId);
      const { email } = requireTestOrder(session);
      if (dataOf(session.accountId).account.kind !== 'demo') throw new AppError('bad-request', 'Only the demo store can simulate an order.');
      const now = deps.clock.now();
      await deps.testOrders.simulate(session.accountId, email);
      return commit({ ...session, testOrder: beginCheck(session.startedAt, now), updatedAt: now.toISOString() });
    },
  };
}
