import { useTranslation } from 'react-i18next';
import type { AlertFigures as Figures } from '../../../shared/domain/alert';
import { alertFigureText } from './alert-figure-text';
import './alert-figures.css';

/**
 * An alert's "now" and "when it fired" figures, the one rendering every surface uses (banner,
 * diagnosis card, notification centre, Metrics, trigger panel). `data-figure` names each figure
 * so the surfaces can be compared.
 */
export function AlertFigures({ alertId, figures, timeZone, label }: { alertId: string; figures: Figures; timeZone: string; label?: string }) {
  const { t, i18n } = useTranslation();
  const text = alertFigureText(figures, { t, locale: i18n.language, timeZone });
  return (
    <ul className="alert-figures" aria-label={label ?? t('alertFigures.label')} data-figures-for={alertId}>
      {text.now ? (
        <li className="alert-figures__now" data-figure="now">
          {text.now}
        </li>
      ) : null}
      <li className="alert-figures__fired" data-figure="fired">
        {text.fired}
      </li>
      {text.evidence ? (
        <li className="alert-figures__evidence" data-figure="evidence">
          {text.evidence}
        </li>
      ) : null}
    </ul>
  );
}
