import { dialog } from 'electron';
import type { Language } from '../../shared/domain/settings';
import { mainText } from '../alerts/main-text';
import type { UnprotectedKeyChoice } from '../desktop/secret-protection';

const choices: readonly UnprotectedKeyChoice[] = ['session', 'weak', 'cancel'];

/** Asks the operator what to do with a key when no keychain can protect it. */
export async function askUnprotectedKeyChoice(language: Language): Promise<UnprotectedKeyChoice> {
  const t = mainText(language);
  const { response } = await dialog.showMessageBox({
    type: 'warning',
    title: t('desktop.secrets.title'),
    message: t('desktop.secrets.message'),
    detail: t('desktop.secrets.detail'),
    buttons: [t('desktop.secrets.sessionOnly'), t('desktop.secrets.weak'), t('desktop.secrets.cancel')],
    // The safe answers first: Enter keeps the key for the session, Escape cancels.
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  });
  return choices[response] ?? 'cancel';
}
