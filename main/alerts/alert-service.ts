import type { AlertLifecycleActions } from './alert-lifecycle-actions';
import type { AlertQueries } from './alert-queries';

/**
 * Alerts as the bridge and the workflows call them: the screens' reads and the operator's
 * actions. Evaluation after a sync and the notices it leads to are wired by the composition.
 */
export type AlertService = AlertQueries & AlertLifecycleActions;
