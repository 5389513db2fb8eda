import type { ItemState, WizardItem, WizardSession, WizardStep } from '../../shared/domain/wizard';

/** Small constructors so each wizard reads as its list of questions. */
export type Params = Record<string, string>;

export function auto(id: string, state: Extract<ItemState, 'yes' | 'no' | 'unknown'>, params: Params = {}, links: string[] = []): WizardItem {
  return { id, source: 'auto', state, params, links };
}

export function info(id: string, params: Params = {}, links: string[] = []): WizardItem {
  return { id, source: 'info', state: 'info', params, links };
}

/** A manual item is done when the operator ticked `stepId.itemId`. */
export function manual(session: WizardSession, stepId: string, id: string, params: Params = {}, links: string[] = []): WizardItem {
  return { id, source: 'manual', state: session.ticked.includes(`${stepId}.${id}`) ? 'done' : 'todo', params, links };
}

export function step(id: string, items: WizardItem[], blocked = false): WizardStep {
  return { id, items, blocked };
}

export const yesNo = (value: boolean | null): 'yes' | 'no' | 'unknown' => (value === null ? 'unknown' : value ? 'yes' : 'no');
