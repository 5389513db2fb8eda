import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state';
import { Screen } from '../../components/screen';

export function WizardsScreen() {
  const { t } = useTranslation();
  return (
    <Screen title={t('wizards.title')}>
      <EmptyState icon="✓" title={t('wizards.emptyTitle')} body={t('wizards.emptyBody')} />
    </Screen>
  );
}
