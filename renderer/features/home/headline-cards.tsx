import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../shared/domain/account';
import { ErrorNotice } from '../../components/error-notice';
import { HeadlineCard } from './headline-card';
import { formatHour } from './home-format';
import type { HomeData } from './use-home-data';

/** The account's headline metrics (main's rule: e-commerce ones first, then its own) over the last 24 hours. */
export function HeadlineCards({ account, data, onRetry }: { account: AccountSummary; data: HomeData; onRetry(): void }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="home-section" aria-labelledby="home-headlines-heading">
      <h2 id="home-headlines-heading" className="home-section__title">
        {t('homeScreen.headlinesHeading')}
      </h2>
      {data.state === 'loading' ? (
        <p className="home-section__hint" role="status">
          {t('homeScreen.headlinesLoading')}
        </p>
      ) : data.state === 'error' ? (
        <ErrorNotice messageKey={data.errorKey} onRetry={onRetry} />
      ) : data.headlines.length === 0 ? (
        <p className="home-section__hint">{t('homeScreen.headlinesEmpty')}</p>
      ) : (
        <>
          <p className="home-section__hint">{t('homeScreen.headlinesWindow', { time: formatHour(data.window.to, i18n.language, account.timezone) })}</p>
          <ul className="headline-cards">
            {data.headlines.map((headline) => (
              <HeadlineCard key={headline.name} headline={headline} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
