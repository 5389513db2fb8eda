import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RankedCause } from '../../../shared/domain/wizard';

/** The likely causes in rank order, each with its next action; a platform switch links to its checklist. */
export function WizardCauses({ causes, onOpenMigration }: { causes: RankedCause[]; onOpenMigration(): void }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="wizard-causes" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('wizardsScreen.causesHeading')}</h4>
      <ol>
        {causes.map((cause) => (
          <li key={cause.id} data-cause={cause.id}>
            <strong>{t(`wizardsScreen.troubleshoot.causes.${cause.id}.title`)}</strong>
            <p>{t('wizardsScreen.nextAction', { action: t(`wizardsScreen.troubleshoot.causes.${cause.id}.action`) })}</p>
            {cause.id === 'platform-switch' ? (
              <button type="button" className="button button--small" onClick={onOpenMigration}>
                {t('wizardsScreen.openMigration')}
              </button>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
