import type { NavigateEvent } from '../../shared/domain/navigation';
import type { Language } from '../../shared/domain/settings';
import { alertNoticeText, alertSummaryText } from '../alerts/alert-notice-text';
import type { MainText } from '../alerts/main-text';
import type { AlertNotice, Notifier } from '../ports';
import type { Timers } from '../sync/sync-scheduler';

/** One OS notification to show, and where a click on it leads. */
export interface NotificationRequest {
  title: string;
  body: string;
  target: NavigateEvent;
}

export interface CoalescingNotifierDeps {
  timers: Timers;
  /** Whether a notification may be shown now (setting, quiet hours, pause); asked again at delivery. */
  allowed(): boolean;
  language(): Language;
  /** The translator the notifications' words come from. */
  text: MainText;
  show(request: NotificationRequest): void;
  /** How long alerts are gathered before being shown (default one minute). */
  windowMs?: number;
}

export interface CoalescingNotifier extends Notifier {
  /** Alerts waiting for the end of the current window. */
  pending(): number;
  /** Drops what is waiting and cancels the timer (the app is quitting). */
  dispose(): void;
}

export const coalescingWindowMs = 60_000;

/**
 * One notification per drop episode, but never a burst of them: alerts that fire within a minute
 * of the first are shown together, one notification per account ("3 metrics dropped in ...").
 * A sync of several accounts evaluates them one after another over seconds, and the data is
 * hourly, so holding the first alert for a minute loses nothing and spares the operator a flurry.
 *
 * Alerts fired while notifications are not allowed are not kept for later: they are already in the
 * app (Home, notification centre), and a burst of stale notices at 7 a.m. would be noise.
 */
export function createCoalescingNotifier(deps: CoalescingNotifierDeps): CoalescingNotifier {
  const windowMs = deps.windowMs ?? coalescingWindowMs;
  let waiting: AlertNotice[] = [];
  let cancelTimer: (() => void) | null = null;

  const deliver = () => {
    cancelTimer = null;
    const notices = waiting;
    waiting = [];
    if (notices.length === 0 || !deps.allowed()) return;
    const language = deps.language();
    for (const group of groupByAccount(notices)) {
      const [only] = group;
      if (group.length === 1 && only) {
        deps.show({ ...alertNoticeText(deps.text, only, language), target: { route: 'home', focusId: only.alertId } });
      } else {
        deps.show({ ...alertSummaryText(deps.text, group, language), target: { route: 'home' } });
      }
    }
  };

  return {
    alertFired(notice) {
      if (!deps.allowed()) return;
      waiting.push(notice);
      cancelTimer ??= deps.timers.set(deliver, windowMs);
    },
    pending: () => waiting.length,
    dispose() {
      cancelTimer?.();
      cancelTimer = null;
      waiting = [];
    },
  };
}

function groupByAccount(notices: readonly AlertNotice[]): AlertNotice[][] {
  const groups = new Map<string, AlertNotice[]>();
  for (const notice of notices) {
    const group = groups.get(notice.accountId);
    if (group) group.push(notice);
    else groups.set(notice.accountId, [notice]);
  }
  return [...groups.values()];
}
