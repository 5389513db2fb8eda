import type { Language } from '../../shared/domain/settings';
import { mainText } from '../alerts/main-text';
import type { StartupProblem } from '../startup/startup-check';
import { startupText } from '../startup/startup-text';

/** The path the recovery page's buttons post to. */
export const recoveryPath = '/__host/recovery';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

// No script at all: each answer is a plain form post, so the page works whatever else is broken.
const csp = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'";

const style = `
  body { font: 15px/1.5 system-ui, sans-serif; margin: 0; background: #f6f7f9; color: #1d2330; }
  main { max-width: 38rem; margin: 4rem auto; background: #fff; border-radius: 10px; padding: 2rem 2.25rem;
         box-shadow: 0 1px 3px rgba(0,0,0,.12); }
  h1 { font-size: 1.35rem; margin: 0 0 1rem; }
  p.lead { font-weight: 600; }
  code { word-break: break-all; }
  form { display: inline-block; margin: 1.25rem .75rem 0 0; }
  button { font: inherit; padding: .55rem 1.1rem; border-radius: 6px; border: 1px solid #b8bfcc; background: #fff; cursor: pointer; }
  button.primary { background: #2557d6; border-color: #2557d6; color: #fff; }
  .app { color: #5b6475; font-size: .85rem; margin-bottom: .5rem; }`;

function page(language: Language, title: string, body: string): string {
  return `<!doctype html>
<html lang="${language}">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${csp}" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)}</title>
    <style>${style}</style>
  </head>
  <body>
    <main>${body}</main>
  </body>
</html>`;
}

/** The web mode's counterpart of the desktop dialog: one problem, its words and its answers. */
export function recoveryPageHtml(problem: StartupProblem, language: Language, appVersion: string, token: string): string {
  const t = mainText(language);
  const text = startupText(problem, language, appVersion);
  const buttons = text.buttons
    .map(
      (button, index) => `
      <form method="post" action="${recoveryPath}">
        <input type="hidden" name="token" value="${escapeHtml(token)}" />
        <input type="hidden" name="choice" value="${button.choice}" />
        <button type="submit" name="answer" class="${index === 0 ? 'primary' : ''}" data-choice="${button.choice}">${escapeHtml(button.label)}</button>
      </form>`,
    )
    .join('');
  return page(
    language,
    text.title,
    `
      <div class="app">${escapeHtml(t('startup.pageTitle'))}</div>
      <h1>${escapeHtml(text.title)}</h1>
      <p class="lead">${escapeHtml(text.message)}</p>
      <p>${escapeHtml(text.detail)}</p>
      ${buttons}`,
  );
}

/** Shown after "quit": the host stops, so nothing else will answer. */
export function stoppedPageHtml(language: Language): string {
  const t = mainText(language);
  return page(language, 'Storepulse', `<h1>Storepulse</h1><p>${escapeHtml(t('startup.stopped'))}</p>`);
}

export const recoveryPageCsp = csp;
