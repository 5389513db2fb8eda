import { basename } from 'node:path';
import type { Language } from '../../shared/domain/settings';
import { mainText } from '../alerts/main-text';
import { choicesFor, type StartupChoice, type StartupProblem } from './startup-check';

export interface StartupText {
  title: string;
  message: string;
  detail: string;
  /** In the order of `choicesFor`: the safe repair first, quit last. */
  buttons: { choice: StartupChoice; label: string }[];
}

/** What the dialog (desktop) or the recovery page (web mode) says about a problem, in one language. */
export function startupText(problem: StartupProblem, language: Language, appVersion: string): StartupText {
  const t = mainText(language);
  const label = (choice: StartupChoice): string =>
    choice === 'rebuild' ? t('startup.cacheCorrupt.rebuild') : choice === 'restore-defaults' ? t('startup.preferencesGarbage.restore') : t('startup.quit');
  const buttons = choicesFor(problem).map((choice) => ({ choice, label: label(choice) }));
  switch (problem.kind) {
    case 'cache-corrupt': {
      const backup = problem.backupAt
        ? t('startup.cacheCorrupt.backupFound', { date: new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(problem.backupAt) })
        : t('startup.cacheCorrupt.backupNone');
      return {
        title: t('startup.cacheCorrupt.title'),
        message: t('startup.cacheCorrupt.message', { file: problem.file }),
        detail: `${t('startup.cacheCorrupt.detail', { aside: basename(problem.aside) })} ${backup}`,
        buttons,
      };
    }
    case 'cache-newer': {
      const known = problem.writtenBy !== null;
      const values = { version: problem.writtenBy ?? '', current: appVersion, schema: problem.schema, known: problem.knownSchema };
      return {
        title: t('startup.cacheNewer.title'),
        message: t(known ? 'startup.cacheNewer.message' : 'startup.cacheNewer.messageUnknown', values),
        detail: t(known ? 'startup.cacheNewer.detail' : 'startup.cacheNewer.detailUnknown', values),
        buttons,
      };
    }
    case 'preferences-garbage':
      return {
        title: t('startup.preferencesGarbage.title'),
        message: t('startup.preferencesGarbage.message', { file: problem.file }),
        detail: t('startup.preferencesGarbage.detail'),
        buttons,
      };
  }
}

/** For a failure no check foresaw: said in the person's language, pointing at the log. */
export function startupFailedText(language: Language, logFolder: string): { title: string; message: string } {
  const t = mainText(language);
  return { title: t('startup.failed.title'), message: t('startup.failed.message', { folder: logFolder }) };
}
