import { useTranslation } from 'react-i18next';
import { formatLongDate } from '../../lib/format';
import { dropLabel } from './flow-labels';
import type { MetricDrop } from './metric-drops';

/**
 * Marks a flow whose trigger metric has dropped; the full sentence is its accessible name and
 * tooltip. While its incident is snoozed the badge stays, muted, and says so: the drop is still
 * there, only the notifications are off.
 */
export function FlowAlertBadge({ drop, timeZone }: { drop: MetricDrop; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const dropped = dropLabel(drop, t);
  if (drop.snoozedUntil) {
    const label = t('flowsScreen.panel.badgeSnoozed', { drop: dropped, date: formatLongDate(drop.snoozedUntil, i18n.language, timeZone) });
    return (
      <span className="flows-badge flows-badge--muted" role="img" aria-label={label} title={label}>
        <span aria-hidden="true">▽ {t('flowsScreen.panel.badgeSnoozedText')}</span>
      </span>
    );
  }
  return (
    <span className="flows-badge" role="img" aria-label={dropped} title={dropped}>
      <span aria-hidden="true">▼ {t('flowsScreen.badgeText')}</span>
    </span>
  );
}
