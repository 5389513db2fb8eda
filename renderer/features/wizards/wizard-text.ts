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

/**
 * The word put before an automatic item's text: a check's result reads "OK" / "Needs attention".
 * A question's answer already opens with its Yes / No / Not known (the catalogue words it so), so
 * it gets no label: "Yes: Yes: …" would say it twice.
 */
export const stateLabelKey = (kind: WizardKind, item: Pick<WizardItem, 'id' | 'source' | 'state'>): string | null =>
  item.source !== 'auto' || itemQuestionKey(kind, item) !== null ? null : `wizardsScreen.checkState.${item.state}`;
