import type { WizardItem, WizardKind } from '../../../shared/domain/wizard';

/** Transactional items worded once for the Flows screen: `verdict-…` reads `…verdict.…`, and so on. */
const sharedTransactional = ['verdict', 'reason', 'rule', 'condition'] as const;

/**
 * Where an item's words live. The transactional verdict, its reason, its rule and the conditions
 * are already worded for the Flows screen; the wizard reuses them so both screens say the same thing.
 */
export function itemTextKey(kind: WizardKind, item: Pick<WizardItem, 'id' | 'source' | 'state'>): string {
  const shared = kind === 'transactional' ? sharedTransactional.find((group) => item.id.startsWith(`${group}-`)) : undefined;
  if (shared) return `flowsScreen.transactional.${shared}.${item.id.slice(shared.length + 1)}`;
  const base = `wizardsScreen.${kind}.items.${item.id}`;
  return item.source === 'auto' ? `${base}.${item.state}` : base;
}

/** Troubleshooting states its automatic answers as questions first. */
export function itemQuestionKey(kind: WizardKind, item: Pick<WizardItem, 'id' | 'source'>): string | null {
  return kind === 'troubleshoot' && item.source === 'auto' ? `wizardsScreen.${kind}.items.${item.id}.question` : null;
}

export const stepTitleKey = (kind: WizardKind, stepId: string) => `wizardsScreen.${kind}.steps.${stepId}`;
export const kindTitleKey = (kind: WizardKind) => `wizardsScreen.kinds.${kind}.title`;

/** A question's answer reads Yes / No; a check's result reads OK / Needs attention. */
export const stateLabelKey = (state: string, isQuestion: boolean) => `wizardsScreen.${isQuestion ? 'state' : 'checkState'}.${state}`;
