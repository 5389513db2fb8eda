import type { HeadlineGroup } from '../../shared/domain/metric';

/**
 * Which metrics Home summarises, chosen from the account's own metrics. The e-commerce headline
 * metrics come first, in the order a shopper meets them backwards (domain §1, with Viewed Product,
 * the first onsite signal to fail, before Fulfilled Order); then the metrics the account's flows
 * wait for; then its busiest. A donations account thus leads with its contributions.
 */
export const KNOWN_HEADLINE_NAMES = ['Placed Order', 'Started Checkout', 'Added to Cart', 'Viewed Product', 'Fulfilled Order'] as const;
export const HEADLINE_LIMIT = 4;

export interface HeadlineCandidate {
  id: string;
  name: string;
  /** Events over the recent cached days: how busy the metric is. */
  volume: number;
  /** A flow (live, manual or draft, not archived) is triggered by it. */
  triggersFlow: boolean;
}


interface Group extends HeadlineGroup {
  volume: number;
  triggersFlow: boolean;
  known: number;
}

export function rankHeadlines(candidates: readonly HeadlineCandidate[], limit = HEADLINE_LIMIT): HeadlineGroup[] {
  const groups = new Map<string, Group>();
  for (const candidate of candidates) {
    const group = groups.get(candidate.name) ?? {
      name: candidate.name,
      metricIds: [],
      volume: 0,
      triggersFlow: false,
      known: (KNOWN_HEADLINE_NAMES as readonly string[]).indexOf(candidate.name),
    };
    group.metricIds.push(candidate.id);
    group.volume += candidate.volume;
    group.triggersFlow ||= candidate.triggersFlow;
    groups.set(candidate.name, group);
  }
  // A metric nobody waits for and that sends nothing says nothing on Home.
  const shown = [...groups.values()].filter((g) => g.known >= 0 || g.triggersFlow || g.volume > 0);
  const rank = (g: Group) => (g.known >= 0 ? 0 : g.triggersFlow ? 1 : 2);
  return shown
    .sort((a, b) => rank(a) - rank(b) || (rank(a) === 0 ? a.known - b.known : b.volume - a.volume) || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map(({ name, metricIds }) => ({ name, metricIds }));
}
