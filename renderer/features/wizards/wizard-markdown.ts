import type { WizardView } from '../../../shared/domain/wizard';
import { itemValues, type ItemValueContext } from './item-values';
import { itemQuestionKey, itemTextKey, kindTitleKey, stateLabelKey, stepTitleKey } from './wizard-text';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

const marks: Record<string, string> = { done: '[x]', todo: '[ ]' };

/** Keeps a pasted value from breaking the Markdown around it. */
const inline = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();

/**
 * The wizard as a Markdown report the operator can paste into a ticket or a note: every step with
 * its answers, ticks and links, and the ranked causes. Built from the same messages as the screen.
 */
export function wizardMarkdown(view: WizardView, t: Translate, date: string, context: ItemValueContext): string {
  const { kind } = view.session;
  const lines = [`# ${t(kindTitleKey(kind))}`, '', `- ${t('wizardsScreen.markdownAccount', { account: view.context.account ?? '' })}`, `- ${t('wizardsScreen.markdownDate', { date })}`];
  for (const step of view.steps) {
    lines.push('', `## ${t(stepTitleKey(kind, step.id))}`, '');
    for (const item of step.items) {
      const text = inline(t(itemTextKey(kind, item), itemValues(item.params, context)));
      const question = itemQuestionKey(kind, item);
      const label = stateLabelKey(kind, item);
      const links = item.links.length > 0 ? ` (${item.links.join(', ')})` : '';
      if (item.source === 'manual') lines.push(`- ${marks[item.state] ?? '[ ]'} ${text}${links}`);
      else if (item.source === 'auto') lines.push(`- ${label ? `**${t(label)}**: ` : ''}${question ? `${t(question)} ` : ''}${text}${links}`);
      else lines.push(`- ${text}${links}`);
    }
  }
  if (view.causes.length > 0) {
    lines.push('', `## ${t('wizardsScreen.causesHeading')}`, '');
    view.causes.forEach((cause, index) => {
      const base = `wizardsScreen.troubleshoot.causes.${cause.id}`;
      lines.push(`${index + 1}. **${t(`${base}.title`)}**: ${t('wizardsScreen.nextAction', { action: t(`${base}.action`) })}`);
    });
  }
  return `${lines.join('\n')}\n`;
}
