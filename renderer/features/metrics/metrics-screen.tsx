import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state';
import { Screen } from '../../components/screen';

export function MetricsScreen() {
  const { t } = useTranslation();
  return (
    <Screen title={t('metrics.title')}>
      <EmptyState icon="↗" title={t('metrics.emptyTitle')} body={t('metrics.emptyBody')} />
    </Screen>
  );
}
