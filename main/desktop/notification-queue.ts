import type { NavigateEvent } from '../../shared/domain/navigation';
import type { Language } from '../../shared/domain/settings';
import { incidentFiredText, incidentResolvedText, incidentsFiredSummaryText, incidentsResolvedSummaryText } from '../alerts/incident-notice-text';
import type { MainText } from '../alerts/main-text';
import type { IncidentNotice, Notifier } from '../ports';
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
  /** How long notices are gathered before being shown (default one minute). */
  windowMs?: number;
}

export interface CoalescingNotifier extends Notifier {
  /** Notices waiting for the end of the current window. */
  pending(): number;
  /** Drops what is waiting and cancels the timer (the app is quitting). */
  dispose(): void;
}

export const coalescingWindowMs = 60_000;

type Waiting = { kind: 'fired' | 'resolved'; notice: IncidentNotice };

/**
 * One notification per incident, but never a burst of them: what is told within a minute of the
 * first notice is shown together. Per account, one incident that fired is shown alone and leads to
 * its page; several are summed up in one notification ("3 metrics dropped in ...") that leads to
 * Home; recoveries alike. A sync of several accounts evaluates them one after another over
 * seconds, and the data is hourly, so holding the first notice for a minute loses nothing and
 * spares the operator a flurry.
 *
 * An incident told twice within the minute is shown once; one that fired and resolved within the
 * same minute is not shown at all (it is in the app's history, and "down" then "back" at once
 * would only be noise). Notices told while notifications are not allowed are not kept for later:
 * they are already in the app (Home, notification centre), and a burst of stale notices at 7 a.m.
 * would be noise.
 */
export function createCoalescingNotifier(deps: CoalescingNotifierDeps): CoalescingNotifier {
  const windowMs = deps.windowMs ?? coalescingWindowMs;
  let waiting: Waiting[] = [];
  let cancelTimer: (() => void) | null = null;

  const deliver = () => {
    cancelTimer = null;
    const told = waiting;
    waiting = [];
    if (told.length === 0 || !deps.allowed()) return;
    const language = deps.language();
    for (const group of groupByAccountAndKind(told)) {
      const [only] = group.notices;
      const target = (notice: IncidentNotice): NavigateEvent => ({ route: 'incident', focusId: notice.incidentId });
      if (group.notices.length === 1 && only) {
        const words = group.kind === 'fired' ? incidentFiredText(deps.text, only, language) : incidentResolvedText(deps.text, only, language);
        deps.show({ ...words, target: target(only) });
      } else {
        const words =
          group.kind === 'fired' ? incidentsFiredSummaryText(deps.text, group.notices, language) : incidentsResolvedSummaryText(deps.text, group.notices, language);
        deps.show({ ...words, target: { route: 'home' } });
      }
    }
  };

  const tell = (kind: Waiting['kind'], notice: IncidentNotice) => {
    if (!deps.allowed()) return;
    const sameIncident = (item: Waiting) => item.notice.incidentId === notice.incidentId;
    if (kind === 'resolved' && waiting.some((item) => item.kind === 'fired' && sameIncident(item))) {
      waiting = waiting.filter((item) => !sameIncident(item));
      return;
    }
    // The latest words about an incident replace any still waiting.
    waiting = [...waiting.filter((item) => !(item.kind === kind && sameIncident(item))), { kind, notice }];
    cancelTimer ??= deps.timers.set(deliver, windowMs);
  };

  return {
    incidentFired: (notice) => tell('fired', notice),
    incidentResolved: (notice) => tell('resolved', notice),
    pending: () => waiting.length,
    dispose() {
      cancelTimer?.();
      cancelTimer = null;
      waiting = [];
    },
  };
}

/** Per account, the incidents that fired and those that resolved, in the order they were first told. */
function groupByAccountAndKind(told: readonly Waiting[]): { kind: Waiting['kind']; notices: IncidentNotice[] }[] {
  const groups = new Map<string, { kind: Waiting['kind']; notices: IncidentNotice[] }>();
  for (const { kind, notice } of told) {
    const key = `${kind}:${notice.accountId}`;
    const group = groups.get(key);
    if (group) group.notices.push(notice);
    else groups.set(key, { kind, notices: [notice] });
  }
  return [...groups.values()];
}
