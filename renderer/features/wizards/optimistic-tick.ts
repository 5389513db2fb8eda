import type { WizardView } from '../../../shared/domain/wizard';

/**
 * The view as it will be once main has saved a tick, so the checkbox answers the click at once
 * (and keyboard users hear the change) instead of after the round trip. Main's answer replaces it.
 */
export function withTick(view: WizardView, key: string, done: boolean): WizardView {
  const ticked = done ? [...view.session.ticked.filter((k) => k !== key), key] : view.session.ticked.filter((k) => k !== key);
  return {
    ...view,
    session: { ...view.session, ticked },
    steps: view.steps.map((step) => ({
      ...step,
      items: step.items.map((item) => (item.source === 'manual' && `${step.id}.${item.id}` === key ? { ...item, state: done ? 'done' : 'todo' } : item)),
    })),
  };
}
