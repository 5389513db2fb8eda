import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { wizardKindSchema, type WizardKind, type WizardSessionSummary } from '../../../shared/domain/wizard';
import { useCurrentAccount } from '../accounts/use-current-account';
import { computerTimeZone, formatDateTime } from '../../lib/format';
import { kindTitleKey } from './wizard-text';

/** The five wizards to start, and the account's saved ones to resume or discard. */
export function WizardHub({
  sessions,
  busy,
  onStart,
  onOpen,
  onDiscard,
}: {
  sessions: WizardSessionSummary[];
  busy: boolean;
  onStart(kind: WizardKind): void;
  onOpen(sessionId: string): void;
  onDiscard(sessionId: string): void;
}) {
  const { t, i18n } = useTranslation();
  const timeZone = useCurrentAccount()?.timezone ?? computerTimeZone();
  const startId = useId();
  const resumeId = useId();
  const finishedId = useId();
  const active = sessions.filter((s) => s.status === 'active');
  const finished = sessions.filter((s) => s.status === 'finished');

  const list = (items: WizardSessionSummary[], action: 'resume' | 'view') => (
    <ul className="wizard-sessions">
      {items.map((session) => {
        const wizard = t(kindTitleKey(session.kind));
        const date = formatDateTime(session.updatedAt, i18n.language, timeZone);
        return (
          <li key={session.id}>
            <span>
              <strong>{wizard}</strong> · {date}
            </span>
            <span className="wizard-actions">
              <button type="button" className="button button--small" aria-label={t(`wizardsScreen.${action}Label`, { wizard, date })} onClick={() => onOpen(session.id)}>
                {t(`wizardsScreen.${action}`)}
              </button>
              <button type="button" className="button button--small button--danger" aria-label={t('wizardsScreen.discardLabel', { wizard, date })} onClick={() => onDiscard(session.id)}>
                {t('wizardsScreen.discard')}
              </button>
            </span>
          </li>
        );
      })}
    </ul>
  );

  return (
    <>
      <p className="hint">{t('wizardsScreen.intro')}</p>
      <section aria-labelledby={startId}>
        <h2 id={startId}>{t('wizardsScreen.startHeading')}</h2>
        <ul className="wizard-kinds">
          {wizardKindSchema.options.map((kind) => (
            <li key={kind} className="card wizard-kind">
              <button type="button" className="wizard-kind__button" disabled={busy} onClick={() => onStart(kind)} aria-describedby={`${startId}-${kind}`}>
                {t(kindTitleKey(kind))}
              </button>
              <p id={`${startId}-${kind}`}>{t(`wizardsScreen.kinds.${kind}.description`)}</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby={resumeId}>
        <h2 id={resumeId}>{t('wizardsScreen.resumeHeading')}</h2>
        {active.length > 0 ? list(active, 'resume') : <p className="hint">{t('wizardsScreen.noneInProgress')}</p>}
      </section>
      {finished.length > 0 ? (
        <section aria-labelledby={finishedId}>
          <h2 id={finishedId}>{t('wizardsScreen.finishedHeading')}</h2>
          {list(finished, 'view')}
        </section>
      ) : null}
    </>
  );
}
