import type { OrderStatusRule } from '../../shared/domain/diagnosis';

/** Platform facts from domain.md §2-§4, exactly as listed there. */

/** Built-in e-commerce integrations (§4 step 2); anything else is a custom integration. */
const BUILT_IN_PLATFORMS = [
  'Shift4Shop',
  '3dcart',
  'BigCommerce',
  'Magento 1',
  'Magento 2',
  'Magento',
  'Mi9',
  'OpenCart',
  'PrestaShop',
  'Salesforce Commerce Cloud',
  'Shopify',
  'Spree',
  'Volusion',
  'Wix',
  'WooCommerce',
];

const STATUS_PAGES: Record<string, string> = {
  shopify: 'https://status.shopify.com',
  bigcommerce: 'https://status.bigcommerce.com',
};

/** §3: which order statuses make (or keep out) a Placed Order, per platform. */
const ORDER_STATUS_RULES: OrderStatusRule[] = [
  { platform: 'BigCommerce', rule: 'ignored', statuses: ['Incomplete', 'Pending', 'Awaiting Payment'] },
  { platform: 'Magento 2', rule: 'ignored', statuses: ['pending_payment'] },
  { platform: 'WooCommerce', rule: 'required', statuses: ['processing'] },
  { platform: 'PrestaShop', rule: 'required', statuses: ['processing'] },
  { platform: 'Shift4Shop', rule: 'required', statuses: ['2', '4'] },
];

const key = (name: string | null): string => (name ?? '').trim().toLowerCase();

export function isBuiltInPlatform(integration: string | null): boolean {
  return BUILT_IN_PLATFORMS.some((platform) => key(platform) === key(integration));
}

export function statusPageOf(integration: string | null): string | null {
  return STATUS_PAGES[key(integration)] ?? null;
}

export function orderStatusRuleOf(integration: string | null): OrderStatusRule | null {
  return ORDER_STATUS_RULES.find((rule) => key(rule.platform) === key(integration)) ?? null;
}

/** §3: on WooCommerce and Magento, Placed Order and Started Checkout both missing points at the plugin. */
export function hasTrackingPlugin(integration: string | null): boolean {
  const name = key(integration);
  return name === 'woocommerce' || name.startsWith('magento');
}

/** §2: Viewed Product and Added to Cart rely on snippets in the theme on these platforms. */
export function usesThemeSnippets(integration: string | null): boolean {
  const name = key(integration);
  return name === 'shopify' || name === 'bigcommerce';
}

export const METRIC_NAMES = {
  placedOrder: 'placed order',
  startedCheckout: 'started checkout',
  onsite: ['viewed product', 'added to cart'],
} as const;

export const metricKey = key;
