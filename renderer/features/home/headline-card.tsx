import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouter } from '../../lib/router-state';
import { HeadlineSparkline } from './headline-sparkline';
import { formatCount } from '../../lib/format';
import { formatChange } from './home-format';
import type { Headline } from './use-home-data';

/** A change this far below expected is shown as bad news (the detector looks at deeper drops). */
const WORRYING_CHANGE = -0.2;

/** One headline metric: its last 24 hours against expected; the whole card opens the metric. */
export function HeadlineCard({ headline }: { headline: Headline }) {
  const { t, i18n } = useTranslation();
  const navigate = useRouter((state) => state.navigate);
  const factsId = useId();
  const locale = i18n.language;
  const { metric, summary } = headline;
  const tone = summary.change === null ? 'unknown' : summary.change <= WORRYING_CHANGE ? 'down' : 'steady';

  return (
    <li className={`headline-card headline-card--${tone}`}>
      <h3 className="headline-card__title">
        <button type="button" className="headline-card__open" aria-describedby={factsId} onClick={() => navigate('metrics', metric.id)}>
          {metric.name}
          {metric.integrationName ? <span className="headline-card__integration">{metric.integrationName}</span> : null}
        </button>
      </h3>
      <div id={factsId} className="headline-card__facts">
        <p className="headline-card__count">{formatCount(summary.observed, locale)}</p>
        {summary.expected === null ? (
          <p className="headline-card__expected">{t('homeScreen.noExpectation')}</p>
        ) : (
          <p className="headline-card__expected">
            {t('homeScreen.expectedCount', { value: formatCount(summary.expected, locale) })}
            {summary.change !== null ? (
              <>
                {' · '}
                <span className="headline-card__change">{t('homeScreen.change', { change: formatChange(summary.change, locale) })}</span>
              </>
            ) : null}
          </p>
        )}
      </div>
      <HeadlineSparkline points={summary.points} />
    </li>
  );
}
