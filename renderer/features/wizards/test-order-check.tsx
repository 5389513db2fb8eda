import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { TEST_ORDER_TIMEOUT_MS, type WizardView } from '../../../shared/domain/wizard';
import { useWizards } from './wizards-state';

/** Every check asks the account once; between two checks the screen only waits. */
const POLL_INTERVAL_MS = 15_000;

/**
 * The test order's check: started by the operator (or by simulating the order on the demo
 * store), repeated until the event shows up, the time allowed runs out, or the operator cancels.
 */
export function TestOrderCheck({ view, onHandover }: { view: WizardView; onHandover(): void }) {
  const { t } = useTranslation();
  const { busy, checkTestOrder, cancelTestOrder, simulateTestOrder } = useWizards();
  const check = view.session.testOrder;
  const waiting = check?.state === 'waiting';
  const checks = check?.checks ?? 0;

  useEffect(() => {
    if (!waiting) return;
    const timer = window.setTimeout(() => void checkTestOrder(), POLL_INTERVAL_MS);
    return () => window.clearTimeout(timer);
  }, [waiting, checks, checkTestOrder]);

  const elapsed = check?.lastCheckedAt ? Date.parse(check.lastCheckedAt) - Date.parse(check.began) : 0;
  return (
    <div className="wizard-test-order">
      {waiting ? (
        <>
          <p role="status">{t('wizardsScreen.testOrder.checking', { count: checks })}</p>
          <progress max={TEST_ORDER_TIMEOUT_MS} value={Math.min(elapsed, TEST_ORDER_TIMEOUT_MS)} aria-label={t('wizardsScreen.testOrder.checking', { count: checks })} />
          <div className="wizard-actions">
            <button type="button" className="button" disabled={busy} onClick={() => void checkTestOrder()}>
              {t('wizardsScreen.testOrder.checkAgain')}
            </button>
            <button type="button" className="button button--danger" onClick={() => void cancelTestOrder()}>
              {t('wizardsScreen.testOrder.cancel')}
            </button>
          </div>
        </>
      ) : check?.state === 'found' ? null : check?.state === 'timed-out' ? (
        <button type="button" className="button button--primary" onClick={onHandover}>
          {t('wizardsScreen.testOrder.handover')}
        </button>
      ) : (
        <div className="wizard-actions">
          <button type="button" className="button button--primary" disabled={busy} onClick={() => void checkTestOrder()}>
            {t('wizardsScreen.testOrder.startChecking')}
          </button>
          {view.context.demo === 'true' ? (
            <button type="button" className="button" disabled={busy} onClick={() => void simulateTestOrder()}>
              {t('wizardsScreen.testOrder.simulate')}
            </button>
          ) : null}
        </div>
      )}
    </div>
  );
}
