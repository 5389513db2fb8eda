import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state';
import { Screen } from '../../components/screen';

export function FlowsScreen() {
  const { t } = useTranslation();
  return (
    <Screen title={t('flows.title')}>
      <EmptyState icon="⇄" title={t('flows.emptyTitle')} body={t('flows.emptyBody')} />
    </Screen>
  );
}
