import { useTranslation } from 'react-i18next';
import type { WizardInput, WizardView } from '../../../shared/domain/wizard';
import { appealTicket } from './appeal-ticket';
import { ChoiceField } from './choice-field';
import { CsvImport } from './csv-import';
import { CsvQuestion } from './csv-question';
import { PurposeField } from './purpose-field';
import { TestOrderCheck } from './test-order-check';
import { TextFields, type TextFieldSpec } from './text-fields';

const APPEAL: TextFieldSpec[] = [
  { name: 'messageId', type: 'text' },
  { name: 'examples', type: 'textarea' },
  { name: 'screenshot', type: 'text' },
  { name: 'sendsPerMonth', type: 'text' },
  { name: 'privacyUrl', type: 'url' },
  { name: 'termsUrl', type: 'url' },
];

/** The answers a step asks for, above its items; most steps ask for none. */
export function StepFields({
  view,
  stepId,
  busy,
  onInput,
  onHandover,
}: {
  view: WizardView;
  stepId: string;
  busy: boolean;
  onInput(input: WizardInput): void;
  onHandover(): void;
}) {
  const { t } = useTranslation();
  const { kind, input } = view.session;
  const choice = (field: keyof WizardInput & string) => (
    <ChoiceField
      key={field}
      field={field}
      value={typeof input[field] === 'string' ? input[field] : (view.context[field === 'legacyIntegration' ? 'legacy' : field === 'newIntegration' ? 'next' : field] ?? undefined)}
      options={view.options[field] ?? []}
      disabled={busy}
      onChoose={(value) => onInput({ [field]: value })}
    />
  );
  const at = `${kind}/${stepId}`;
  switch (at) {
    case 'troubleshoot/target':
      return choice('integration');
    case 'migration/platforms':
      return (
        <div className="field-row">
          {choice('legacyIntegration')}
          {choice('newIntegration')}
        </div>
      );
    case 'transactional/flow': {
      const answer = input.purposeAnswer?.flowId === input.flowId ? input.purposeAnswer?.purpose : undefined;
      return (
        <>
          {choice('flowId')}
          {view.context.asksPurpose === 'yes' && input.flowId ? <PurposeField flowId={input.flowId} value={answer} disabled={busy} onAnswer={onInput} /> : null}
        </>
      );
    }
    case 'test-order/platform':
      return choice('platform');
    case 'reconcile/metric':
      return choice('metricId');
    case 'test-order/email':
      return <TextFields key={view.session.id} fields={[{ name: 'email', type: 'email' }]} input={input} disabled={busy} onApply={onInput} />;
    case 'test-order/check':
      return <TestOrderCheck view={view} onHandover={onHandover} />;
    case 'reconcile/source':
      return (
        <>
          <TextFields
            key={`${view.session.id}-${input.csv ?? ''}`}
            fields={[
              { name: 'day', type: 'date' },
              { name: 'sourceCount', type: 'number' },
              { name: 'timezone', type: 'text', list: (view.options.timezone ?? []).map((o) => o.value) },
              { name: 'csv', type: 'textarea' },
            ]}
            input={input}
            disabled={busy}
            onApply={onInput}
          />
          <CsvImport disabled={busy} onText={(csv) => onInput({ csv })} />
          <CsvQuestion view={view} busy={busy} onInput={onInput} />
        </>
      );
    case 'transactional/appeal': {
      const ticket = appealTicket(view, (key, params) => t(key, params ?? {}));
      return (
        <>
          <TextFields key={view.session.id} fields={APPEAL} input={input} disabled={busy} onApply={onInput} />
          <section className="wizard-ticket" aria-label={t('wizardsScreen.ticket.heading')}>
            <h4>{t('wizardsScreen.ticket.heading')}</h4>
            <pre>{ticket}</pre>
            <button type="button" className="button" onClick={() => void navigator.clipboard.writeText(ticket).catch(() => undefined)}>
              {t('wizardsScreen.ticket.copy')}
            </button>
          </section>
        </>
      );
    }
    default:
      return null;
  }
}
