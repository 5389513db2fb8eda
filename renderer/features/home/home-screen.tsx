import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state';
import { Screen } from '../../components/screen';

export function HomeScreen() {
  const { t } = useTranslation();
  return (
    <Screen title={t('home.title')}>
      <EmptyState icon="◎" title={t('home.emptyTitle')} body={t('home.emptyBody')} />
    </Screen>
  );
}
