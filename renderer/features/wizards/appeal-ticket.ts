import type { WizardView } from '../../../shared/domain/wizard';
import type { Translate } from './wizard-markdown';

const FIELDS = ['messageId', 'examples', 'screenshot', 'sendsPerMonth', 'privacyUrl', 'termsUrl'] as const;

/** The support ticket of a transactional appeal, every piece labelled, the missing ones marked. */
export function appealTicket(view: WizardView, t: Translate): string {
  const subject = view.steps.find((s) => s.id === 'appeal')?.items.find((i) => i.id === 'appealSubject')?.params.subject ?? '';
  const lines = [t('wizardsScreen.ticket.subject', { subject }), ''];
  if (view.context.flow) lines.push(`${t('wizardsScreen.fields.flowId')}: ${view.context.flow}`);
  for (const field of FIELDS) {
    const value = view.session.input[field]?.trim();
    lines.push(`${t(`wizardsScreen.fields.${field}`)}: ${value ? value : t('wizardsScreen.ticket.missing')}`);
  }
  return `${lines.join('\n')}\n`;
}
