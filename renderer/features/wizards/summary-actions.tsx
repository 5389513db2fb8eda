import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WizardView } from '../../../shared/domain/wizard';
import { useCurrentAccount } from '../accounts/use-current-account';
import { computerTimeZone, formatDateTime } from '../../lib/format';
import { downloadText } from '../metrics/download-file';
import { wizardMarkdown } from './wizard-markdown';

/** The wizard's report: copied to the clipboard or saved as a Markdown file. */
export function SummaryActions({ view }: { view: WizardView }) {
  const { t, i18n } = useTranslation();
  const [notice, setNotice] = useState<'copied' | 'copyFailed' | null>(null);
  const headingId = useId();
  const account = useCurrentAccount();
  const context = { locale: i18n.language, timeZone: account?.timezone ?? computerTimeZone(), currency: account?.currency ?? 'USD' };
  const date = formatDateTime(new Date().toISOString(), context.locale, context.timeZone);
  const markdown = wizardMarkdown(view, (key, params) => t(key, params ?? {}), date, context);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(markdown);
      setNotice('copied');
    } catch {
      setNotice('copyFailed');
    }
  };
  const save = () => downloadText(markdown, `storepulse-${view.session.kind}-${view.session.startedAt.slice(0, 10)}.md`, 'text/markdown');

  return (
    <section className="wizard-summary" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('wizardsScreen.summaryHeading')}</h4>
      <div className="wizard-summary__actions">
        <button type="button" className="button" onClick={() => void copy()}>
          {t('wizardsScreen.copy')}
        </button>
        <button type="button" className="button" onClick={save}>
          {t('wizardsScreen.exportMarkdown')}
        </button>
      </div>
      <p role="status" className="hint">
        {notice ? t(`wizardsScreen.${notice}`) : ''}
      </p>
      <details>
        <summary>{t('wizardsScreen.markdownPreview')}</summary>
        <pre className="wizard-summary__markdown" data-testid="wizard-markdown">{markdown}</pre>
      </details>
    </section>
  );
}
