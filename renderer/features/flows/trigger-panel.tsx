import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Alert } from '../../../shared/domain/alert';
import type { Incident } from '../../../shared/domain/incident';
import { transactionalEligibility } from '../../../shared/domain/transactional';
import { ErrorNotice } from '../../components/error-notice';
import { useRouter } from '../../lib/router-state';
import { transactionalFocus } from '../wizards/wizard-focus';
import { triggerTypeLabel } from './flow-labels';
import type { FlowRow } from './flow-rows';
import { runningSnooze } from './metric-drops';
import { TransactionalChecklist } from './transactional-checklist';
import { TriggerMetricSection, type PanelNotice } from './trigger-metric-section';
import { usePurposeAnswer } from './use-purpose-answer';

interface Props {
  row: FlowRow;
  accountId: string;
  timeZone: string;
  /** Every alert of the account, whatever its state: the panel shows a running snooze too. */
  accountAlerts: readonly Alert[];
  /** Every incident of the account the alerts state holds: a snoozed one says until when. */
  accountIncidents: readonly Incident[];
  refreshKey: string;
  onClose: () => void;
}

/**
 * The flow's trigger in a side sheet: a modal dialog, so focus stays inside while it is open,
 * Escape closes it, and the opener gets focus back (the screen does that part).
 */
export function TriggerPanel({ row, accountId, timeZone, accountAlerts, accountIncidents, refreshKey, onClose }: Props) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [notice, setNotice] = useState<PanelNotice | null>(null);
  const navigate = useRouter((state) => state.navigate);
  const { flow } = row;
  const answer = usePurposeAnswer(accountId, flow.id, refreshKey);
  const eligibility = transactionalEligibility({
    triggerType: flow.triggerType,
    flowName: flow.name,
    metric: row.metrics[0] ?? null,
    answer,
  });
  const unknownMetricIds = flow.triggerMetricIds.filter((id) => !row.metrics.some((metric) => metric.id === id));

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className="flows-panel"
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Let React decide when the sheet goes, so its state and the DOM never disagree.
        event.preventDefault();
        onClose();
      }}
    >
      <header className="flows-panel__header">
        <h2 id={titleId}>{t('flowsScreen.panel.title', { flow: flow.name })}</h2>
        <button type="button" className="button button--small" onClick={onClose}>
          {t('flowsScreen.panel.close')}
        </button>
      </header>
      <p className="flows-panel__muted">{t('flowsScreen.panel.triggerType', { type: triggerTypeLabel(flow.triggerType, t) })}</p>

      <div className="flows-panel__notice" role="status" aria-live="polite">
        {notice?.tone === 'success' ? <p className="notice">{notice.text}</p> : null}
      </div>
      {notice?.tone === 'error' ? <ErrorNotice messageKey={notice.messageKey} /> : null}

      {flow.triggerMetricIds.length === 0 ? <p>{t('flowsScreen.panel.notMetric')}</p> : null}
      {row.metrics.map((metric) => (
        <TriggerMetricSection
          key={metric.id}
          accountId={accountId}
          timeZone={timeZone}
          metric={metric}
          drop={row.drops.find((drop) => drop.metricId === metric.id)}
          snoozedUntil={runningSnooze(accountIncidents, accountAlerts, metric.id, new Date())}
          refreshKey={refreshKey}
          onNotice={setNotice}
        />
      ))}
      {unknownMetricIds.length > 0 ? <p className="flows-panel__muted">{t('flowsScreen.panel.metricMissing')}</p> : null}

      <TransactionalChecklist eligibility={eligibility} onAnswer={() => navigate('wizards', transactionalFocus(flow.id))} />
    </dialog>
  );
}
