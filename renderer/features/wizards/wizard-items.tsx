import { useTranslation } from 'react-i18next';
import type { WizardItem, WizardKind } from '../../../shared/domain/wizard';
import { useCurrentAccount } from '../accounts/use-current-account';
import { computerTimeZone } from '../../lib/format';
import { itemValues } from './item-values';
import { itemQuestionKey, itemTextKey, stateLabelKey } from './wizard-text';

const marks: Record<WizardItem['state'], string> = { yes: '✓', no: '✕', unknown: '?', done: '✓', todo: '○', info: 'i' };

/**
 * One step's items: answers from the data with their state in words (never colour alone), manual
 * checks as checkboxes, advice as text. Links open outside the app.
 */
export function WizardItems({
  kind,
  stepId,
  items,
  onTick,
}: {
  kind: WizardKind;
  stepId: string;
  items: WizardItem[];
  onTick(key: string, done: boolean): void;
}) {
  const { t, i18n } = useTranslation();
  const account = useCurrentAccount();
  const context = { locale: i18n.language, timeZone: account?.timezone ?? computerTimeZone(), currency: account?.currency ?? 'USD' };
  return (
    <ul className="wizard-items">
      {items.map((item, index) => {
        const text = t(itemTextKey(kind, item), itemValues(item.params, context));
        const question = itemQuestionKey(kind, item);
        const label = stateLabelKey(kind, item);
        const key = `${stepId}.${item.id}`;
        return (
          <li key={`${item.id}-${index}`} className={`wizard-item wizard-item--${item.source} wizard-item--${item.state}`}>
            {item.source === 'manual' ? (
              <label className="wizard-item__check">
                <input type="checkbox" checked={item.state === 'done'} onChange={(event) => onTick(key, event.target.checked)} />
                <span>{text}</span>
              </label>
            ) : (
              <>
                <span className="wizard-item__mark" aria-hidden="true">
                  {marks[item.state]}
                </span>
                <div className="wizard-item__body">
                  {question ? <p className="wizard-item__question">{t(question)}</p> : null}
                  <p>
                    {label ? <strong className="wizard-item__state">{t(label)}: </strong> : null}
                    {text}
                  </p>
                  {item.links.map((url) => (
                    <a key={url} href={url} target="_blank" rel="noreferrer noopener" aria-label={t('wizardsScreen.openLink', { url })}>
                      {url}
                    </a>
                  ))}
                </div>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
