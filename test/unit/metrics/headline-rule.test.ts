import { describe, expect, it } from 'vitest';
import { HEADLINE_LIMIT, rankHeadlines, type HeadlineCandidate } from '../../../main/metrics/headline-rule';

const candidate = (id: string, name: string, volume: number, triggersFlow = false): HeadlineCandidate => ({ id, name, volume, triggersFlow });
const names = (candidates: HeadlineCandidate[]) => rankHeadlines(candidates).map((group) => group.name);

describe('the headline rule', () => {
  it('puts the known headline metrics first, in their order, whatever their volume', () => {
    expect(
      names([
        candidate('v', 'Viewed Product', 9000),
        candidate('c', 'Added to Cart', 1600),
        candidate('p', 'Placed Order', 380),
        candidate('s', 'Started Checkout', 700),
        candidate('f', 'Fulfilled Order', 300),
        candidate('r', 'Password Reset', 40, true),
      ]),
    ).toEqual(['Placed Order', 'Started Checkout', 'Added to Cart', 'Viewed Product']);
  });

  it('a donations account: its own metrics, the ones that trigger flows first, the busiest first', () => {
    expect(
      names([
        candidate('n', 'Newsletter Signup', 200, true),
        candidate('c', 'Contribution made', 500, true),
        candidate('x', 'Clicked Email', 4000),
      ]),
    ).toEqual(['Contribution made', 'Newsletter Signup', 'Clicked Email']);
  });

  it('fills the cards left by the known metrics with the account’s own', () => {
    expect(names([candidate('p', 'Placed Order', 10), candidate('d', 'Donation', 50, true), candidate('q', 'Quiet', 0)])).toEqual(['Placed Order', 'Donation']);
  });

  it('groups the integrations sending the same metric, and leaves out silent metrics no flow waits for', () => {
    const groups = rankHeadlines([
      candidate('p1', 'Placed Order', 0),
      candidate('p2', 'Placed Order', 380),
      candidate('quiet', 'Old Import', 0),
      candidate('w', 'Waiting', 0, true),
    ]);
    expect(groups).toEqual([
      { name: 'Placed Order', metricIds: ['p1', 'p2'] },
      { name: 'Waiting', metricIds: ['w'] },
    ]);
  });

  it(`shows at most ${HEADLINE_LIMIT} cards`, () => {
    const many = Array.from({ length: 9 }, (_, i) => candidate(`m${i}`, `Metric ${i}`, 100 - i));
    expect(rankHeadlines(many)).toHaveLength(HEADLINE_LIMIT);
    expect(names(many)[0]).toBe('Metric 0');
  });
});
