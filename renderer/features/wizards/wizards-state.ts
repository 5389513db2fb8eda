import { create } from 'zustand';
import type { WizardInput, WizardKind, WizardOrigin, WizardSessionSummary, WizardUpdate, WizardView } from '../../../shared/domain/wizard';
import { bridge, errorMessageKey, unwrap } from '../../lib/bridge';
import { withTick } from './optimistic-tick';

/**
 * The wizard the operator has open and the account's saved sessions. Main keeps the progress;
 * this state only holds the latest view main returned, so a reload or a restart shows the same step.
 */
interface WizardsState {
  sessions: WizardSessionSummary[];
  listLoaded: boolean;
  view: WizardView | null;
  busy: boolean;
  errorKey: string | null;
  loadList(accountId: string): Promise<void>;
  start(kind: WizardKind, accountId: string, origin?: WizardOrigin): Promise<void>;
  open(sessionId: string): Promise<void>;
  update(patch: Omit<WizardUpdate, 'sessionId'>): Promise<void>;
  setInput(input: WizardInput): Promise<void>;
  tick(key: string, done: boolean): Promise<void>;
  remove(sessionId: string, accountId: string): Promise<void>;
  close(): void;
  checkTestOrder(): Promise<void>;
  cancelTestOrder(): Promise<void>;
  simulateTestOrder(): Promise<void>;
}

export const useWizards = create<WizardsState>((set, get) => {
  /** Runs a call that returns a view; failures become a translated message, the last view stays. */
  const withView = async (call: () => Promise<WizardView>) => {
    set({ busy: true, errorKey: null });
    try {
      set({ view: await call(), busy: false });
    } catch (error) {
      set({ busy: false, errorKey: errorMessageKey(error) });
    }
  };
  const current = () => {
    const id = get().view?.session.id;
    if (!id) throw new Error('no wizard open');
    return id;
  };
  return {
    sessions: [],
    listLoaded: false,
    view: null,
    busy: false,
    errorKey: null,
    async loadList(accountId) {
      try {
        set({ sessions: await unwrap(bridge().wizards.list({ accountId })), listLoaded: true });
      } catch (error) {
        set({ listLoaded: true, errorKey: errorMessageKey(error) });
      }
    },
    start: (kind, accountId, origin) => withView(() => unwrap(bridge().wizards.start({ kind, accountId, ...(origin ? { origin } : {}) }))),
    open: (sessionId) => withView(() => unwrap(bridge().wizards.get({ sessionId }))),
    update: (patch) => withView(() => unwrap(bridge().wizards.update({ sessionId: current(), ...patch }))),
    setInput: (input) => get().update({ input }),
    async tick(key, done) {
      const view = get().view;
      if (view) set({ view: withTick(view, key, done) });
      try {
        set({ view: await unwrap(bridge().wizards.update({ sessionId: current(), tick: { key, done } })) });
      } catch (error) {
        // Put the box back as main has it: the tick was not saved.
        if (view) set({ view, errorKey: errorMessageKey(error) });
      }
    },
    async remove(sessionId, accountId) {
      try {
        await unwrap(bridge().wizards.remove({ sessionId }));
        if (get().view?.session.id === sessionId) set({ view: null });
        await get().loadList(accountId);
      } catch (error) {
        set({ errorKey: errorMessageKey(error) });
      }
    },
    close: () => set({ view: null, errorKey: null }),
    checkTestOrder: () => withView(() => unwrap(bridge().wizards.checkTestOrder({ sessionId: current() }))),
    cancelTestOrder: () => withView(() => unwrap(bridge().wizards.cancelTestOrder({ sessionId: current() }))),
    simulateTestOrder: () => withView(() => unwrap(bridge().wizards.simulateTestOrder({ sessionId: current() }))),
  };
});
