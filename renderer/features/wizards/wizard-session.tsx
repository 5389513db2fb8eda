import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { WizardView } from '../../../shared/domain/wizard';
import { StepFields } from './step-fields';
import { SummaryActions } from './summary-actions';
import { WizardCauses } from './wizard-causes';
import { WizardItems } from './wizard-items';
import { kindTitleKey, stepTitleKey } from './wizard-text';
import { useWizards } from './wizards-state';

/** Context values worth a line at the top; the rest are for the steps. */
const CONTEXT_KEYS = ['account', 'metric', 'integration', 'legacy', 'next', 'flow', 'platform', 'email'];

/** One wizard: its steps as a navigable list, the current step's answers and checks, the summary. */
export function WizardSession({ view, onHandover }: { view: WizardView; onHandover(): void }) {
  const { t } = useTranslation();
  const { busy, update, setInput, tick, close, start } = useWizards();
  const { kind, stepIndex, status } = view.session;
  const steps = view.steps;
  const step = steps[Math.min(stepIndex, steps.length - 1)]!;
  const firstBlocked = steps.findIndex((s) => s.blocked);
  const reachable = firstBlocked === -1 ? steps.length - 1 : firstBlocked;
  // A blocked first step is all main shows before its answer: more steps follow, so it offers Next.
  const last = stepIndex >= steps.length - 1 && !step.blocked;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const context = CONTEXT_KEYS.flatMap((key) => (view.context[key] ? [view.context[key]] : []));

  // A new step takes the focus, so keyboard and screen-reader users start reading it from the top.
  const focusKey = `${view.session.id}:${stepIndex}`;
  const previous = useRef(focusKey);
  useEffect(() => {
    if (previous.current !== focusKey) headingRef.current?.focus();
    previous.current = focusKey;
  }, [focusKey]);

  return (
    <article className="wizard" aria-labelledby="wizard-title">
      <header className="wizard__header">
        <h2 id="wizard-title">{t(kindTitleKey(kind))}</h2>
        {context.length > 0 ? <p className="wizard__context">{context.join(' · ')}</p> : null}
        <button type="button" className="button" onClick={close}>
          {t('wizardsScreen.close')}
        </button>
      </header>

      <nav aria-label={t('wizardsScreen.stepsLabel')} className="wizard__steps">
        <ol>
          {steps.map((s, index) => (
            <li key={s.id}>
              <button
                type="button"
                className="wizard__step-button"
                aria-current={index === stepIndex ? 'step' : undefined}
                disabled={busy || index > reachable}
                onClick={() => void update({ stepIndex: index })}
              >
                {t(stepTitleKey(kind, s.id))}
              </button>
            </li>
          ))}
        </ol>
      </nav>

      <section className="wizard__step" aria-labelledby="wizard-step-title">
        <p className="hint">{t('wizardsScreen.stepOf', { step: String(stepIndex + 1), total: String(steps.length) })}</p>
        <h3 id="wizard-step-title" tabIndex={-1} ref={headingRef}>
          {t(stepTitleKey(kind, step.id))}
        </h3>
        <StepFields view={view} stepId={step.id} busy={busy} onInput={(input) => void setInput(input)} onHandover={onHandover} />
        <WizardItems kind={kind} stepId={step.id} items={step.items} onTick={(key, done) => void tick(key, done)} />
        {kind === 'troubleshoot' && step.id === 'causes' ? (
          <WizardCauses causes={view.causes} onOpenMigration={() => void start('migration', view.session.accountId, { diagnosisKind: 'platform-switch' })} />
        ) : null}
        {step.blocked ? <p className="hint">{t('wizardsScreen.blockedHint')}</p> : null}
      </section>

      <div className="wizard-actions wizard__nav">
        <button type="button" className="button" disabled={busy || stepIndex === 0} onClick={() => void update({ stepIndex: stepIndex - 1 })}>
          {t('wizardsScreen.back')}
        </button>
        {last ? (
          status === 'finished' ? null : (
            <button type="button" className="button button--primary" disabled={busy || step.blocked} onClick={() => void update({ finish: true })}>
              {t('wizardsScreen.finish')}
            </button>
          )
        ) : (
          <button type="button" className="button button--primary" disabled={busy || step.blocked} onClick={() => void update({ stepIndex: stepIndex + 1 })}>
            {t('wizardsScreen.next')}
          </button>
        )}
      </div>

      {status === 'finished' ? <p role="status">{t('wizardsScreen.finishedNote')}</p> : null}
      {last || status === 'finished' ? <SummaryActions view={view} /> : null}
    </article>
  );
}
