import type { AccountSummary } from '../../shared/domain/account';

/**
 * The built-in demo store's accounts. They need no key: the embedded simulator serves them on
 * loopback, so a new user sees a living store on first launch.
 */
export const demoAccounts: readonly AccountSummary[] = [
  {
    id: 'demo-outdoor',
    name: 'Demo Outdoor Co.',
    kind: 'demo',
    timezone: 'America/New_York',
    currency: 'USD',
  },
  {
    id: 'demo-charity',
    name: 'Demo Charity',
    kind: 'demo',
    timezone: 'Europe/London',
    currency: 'GBP',
  },
];
