import { useTranslation } from 'react-i18next';
import type { Alert } from '../../../shared/domain/alert';
import { dropLabel } from './flow-labels';

/** Marks a flow whose trigger metric has dropped; the full sentence is its accessible name and tooltip. */
export function FlowAlertBadge({ alert }: { alert: Alert }) {
  const { t } = useTranslation();
  const label = dropLabel(alert, t);
  return (
    <span className="flows-badge" role="img" aria-label={label} title={label}>
      <span aria-hidden="true">▼ {t('flowsScreen.badgeText')}</span>
    </span>
  );
}
