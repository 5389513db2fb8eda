import { dialog } from 'electron';
import type { Language } from '../../shared/domain/settings';
import { applyStartupChoice, checkStartup, type StartupFiles } from '../startup/startup-check';
import { startupText } from '../startup/startup-text';

/**
 * Before the core opens anything: asks about each damaged or newer file in a dialog, in the
 * system's language (the preferences holding the chosen one may be the damaged file), and
 * carries out the answer. False when the person chose to quit, or when the only answer is to.
 */
export async function settleStartupProblems(files: StartupFiles, language: Language, appVersion: string, now: Date): Promise<boolean> {
  for (const problem of checkStartup(files, now)) {
    const text = startupText(problem, language, appVersion);
    const { response } = await dialog.showMessageBox({
      type: problem.kind === 'cache-newer' ? 'error' : 'warning',
      title: text.title,
      message: text.message,
      detail: text.detail,
      buttons: text.buttons.map((button) => button.label),
      // Enter takes the safe repair; Escape quits without changing anything.
      defaultId: 0,
      cancelId: text.buttons.length - 1,
      noLink: true,
    });
    const choice = text.buttons[response]?.choice ?? 'quit';
    if (applyStartupChoice(problem, choice).kind === 'quit') return false;
  }
  return true;
}
