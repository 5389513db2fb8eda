import { describe, expect, it } from 'vitest';
import { externalLinkDecision } from '../../../../main/desktop/external-links';
import { klaviyoFlowUrl, klaviyoMetricUrl } from '../../../../renderer/features/incidents/klaviyo-links';

describe('links to the marketing platform', () => {
  it('addresses a metric by its id, with its name as the site writes it', () => {
    expect(klaviyoMetricUrl('VQzR6T', 'Placed Order')).toBe('https://www.klaviyo.com/metric/VQzR6T/placed-order');
    expect(klaviyoMetricUrl('X1', 'Commande passée (Boutique)')).toBe('https://www.klaviyo.com/metric/X1/commande-passee-boutique');
    expect(klaviyoMetricUrl('X1', '***')).toBe('https://www.klaviyo.com/metric/X1/metric');
  });

  it('opens a flow in its editor', () => {
    expect(klaviyoFlowUrl('RtXb9K')).toBe('https://www.klaviyo.com/flow/RtXb9K/edit');
  });

  it('keeps an odd id inside its path segment', () => {
    expect(klaviyoFlowUrl('a/b?c')).toBe('https://www.klaviyo.com/flow/a%2Fb%3Fc/edit');
  });

  it('builds only links the desktop app agrees to open', () => {
    expect(externalLinkDecision(klaviyoMetricUrl('VQzR6T', 'Placed Order')).allowed).toBe(true);
    expect(externalLinkDecision(klaviyoFlowUrl('RtXb9K')).allowed).toBe(true);
  });
});
