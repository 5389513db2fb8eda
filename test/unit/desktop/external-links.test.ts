import { describe, expect, it } from 'vitest';
import { statusPageOf } from '../../../main/detection/diagnosis-platforms';
import { externalLinkDecision, externalLinkHosts } from '../../../main/desktop/external-links';

describe('links the app opens in the browser', () => {
  it.each([
    'https://www.klaviyo.com/',
    'https://help.klaviyo.com/hc/en-us/articles/115005082927',
    'https://status.shopify.com',
    'https://status.bigcommerce.com/incidents?page=2#latest',
    'HTTPS://HELP.KLAVIYO.COM/hc',
  ])('opens %s', (url) => {
    expect(externalLinkDecision(url)).toMatchObject({ allowed: true });
  });

  it.each([
    ['http://help.klaviyo.com/', 'not-https'],
    ['javascript:alert(1)', 'not-https'],
    ['file:///etc/passwd', 'not-https'],
    ['storepulse://alert/a1', 'not-https'],
    ['data:text/html,<script>alert(1)</script>', 'not-https'],
    ['https://evil.example/', 'host'],
    ['https://klaviyo.com.evil.example/', 'host'],
    ['https://evil-klaviyo.com/', 'host'],
    ['https://a.klaviyo.com/api/accounts', 'host'],
    ['https://help.klaviyo.com.:443/', 'host'],
    ['https://user:pass@help.klaviyo.com/', 'credentials'],
    ['https://help.klaviyo.com@evil.example/', 'host'],
    ['https://help.klaviyo.com:8443/', 'port'],
    ['not a url', 'not-a-url'],
  ])('refuses %s (%s)', (url, reason) => {
    expect(externalLinkDecision(url)).toEqual({ allowed: false, reason });
  });

  it('opens the platforms’ status pages the diagnosis and the wizards link to', () => {
    for (const platform of ['Shopify', 'BigCommerce']) {
      const page = statusPageOf(platform);
      expect(page, platform).not.toBeNull();
      expect(externalLinkDecision(page ?? '')).toMatchObject({ allowed: true });
    }
    expect(externalLinkHosts).toEqual(['www.klaviyo.com', 'help.klaviyo.com', 'status.shopify.com', 'status.bigcommerce.com']);
  });
});
