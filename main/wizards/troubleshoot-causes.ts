import type { RankedCause, WizardInput } from '../../shared/domain/wizard';
import { nameKey } from './wizard-data';
import type { TroubleshootAnswers } from './troubleshoot-checks';

/**
 * Ranks the causes of domain §2-§3 from the answers. Scores are an order, not probabilities: a
 * pattern the data shows (onsite metrics alone down on a theme-snippet platform) outranks a cause
 * that is always possible (a firewall, a mistyped key), which stays on the list at the bottom.
 */
export function rankCauses(answers: TroubleshootAnswers, integration: string, testOrder?: WizardInput['testOrderOutcome']): RankedCause[] {
  const causes: RankedCause[] = [];
  const add = (id: string, score: number) => causes.push({ id, score });
  // A test order that never reached the account at all (no profile) points at the integration's
  // connection, like a drop of all its metrics; one whose buyer arrived without the order points
  // at which order statuses count.
  // Integration-wide exactly when Home finds the whole integration dropping together.
  const integrationWide = answers.integrationOutage || testOrder === 'no-profile';
  if (testOrder === 'no-event') add('order-statuses', 88);

  // Theme snippets and onsite tracking never keep an order from arriving: not a cause of a failed test order.
  if (answers.onsiteOnly && !testOrder) add(answers.themeSnippetsPlatform ? 'theme-snippets' : 'onsite-tracking', answers.themeSnippetsPlatform ? 100 : 90);
  if (answers.platformSwitch) add('platform-switch', nameKey(answers.platformSwitch.legacy) === nameKey(integration) ? 95 : 35);
  // Home's order-status finding decides between the plugin and the order statuses.
  if (answers.orderStatus?.plugin) add('plugin', 85);
  if (answers.orderStatus && !answers.orderStatus.plugin && testOrder !== 'no-event') add('order-statuses', 75);
  add('integration-setup', integrationWide ? 80 : 25);
  if (answers.custom) add('custom-integration', 70);
  add('platform-outage', integrationWide ? 60 : 15);
  add('api-keys', integrationWide ? 50 : 20);
  add('firewall', integrationWide ? 45 : 10);
  return causes.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
