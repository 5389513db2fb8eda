import { scenarioSchema, type Scenario, type ScenarioInput } from './scenario-schema';

/** The demo accounts' private keys. Not secrets: they open only the embedded simulator. */
export const demoKeys = { outdoor: 'pk_demo_storepulse', charity: 'pk_demo_storepulse_charity' } as const;

/** Local hour 0..23: quiet nights, a lunch bump and an evening peak (US online retail). */
const shoppingDay = [
  0.35, 0.22, 0.15, 0.12, 0.12, 0.18, 0.35, 0.6, 0.85, 1.05, 1.2, 1.3,
  1.4, 1.35, 1.3, 1.25, 1.2, 1.25, 1.35, 1.5, 1.6, 1.5, 1.1, 0.65,
];
/** Warehouse hours: fulfilment happens 8:00-18:00. */
const warehouseDay = [
  0.05, 0.03, 0.03, 0.03, 0.03, 0.05, 0.2, 0.8, 1.6, 1.9, 2.0, 2.0,
  1.7, 1.9, 2.0, 1.9, 1.7, 1.2, 0.5, 0.2, 0.1, 0.08, 0.06, 0.05,
];
/** Donations come in the evening. */
const givingDay = [
  0.3, 0.15, 0.1, 0.08, 0.08, 0.1, 0.25, 0.5, 0.7, 0.8, 0.85, 0.9,
  1.0, 0.95, 0.9, 0.9, 1.0, 1.2, 1.6, 2.0, 2.2, 2.0, 1.4, 0.7,
];
/** Flows send around the clock, following shoppers; campaigns go out in the daytime. */
const sendingDay = [
  0.3, 0.2, 0.15, 0.15, 0.2, 0.35, 0.6, 0.9, 1.2, 1.4, 1.5, 1.5,
  1.45, 1.4, 1.35, 1.3, 1.3, 1.3, 1.35, 1.4, 1.4, 1.3, 0.9, 0.5,
];
/** Monday first. */
const shoppingWeek = [0.98, 0.95, 0.96, 1.0, 1.04, 1.1, 1.12];
const warehouseWeek = [1.15, 1.15, 1.1, 1.1, 1.05, 0.35, 0.2];
const givingWeek = [1.0, 1.05, 1.0, 1.0, 0.95, 0.85, 1.1];

const shopify = { name: 'Shopify', category: 'ecommerce' };
const bigCommerce = { name: 'BigCommerce', category: 'ecommerce' };
const api = { name: 'API', category: 'api' };
const classy = { name: 'Classy', category: 'donations' };
/** Klaviyo's own email metrics (Received Email and what follows a send) carry Klaviyo as their integration. */
const klaviyoEmail = { name: 'Klaviyo', category: 'email' };

/** The store moved from BigCommerce to Shopify this many days before the anchor. */
const switchedPlatformDaysAgo = 20;

function shopifyMetric(key: string, name: string, baseHourlyRate: number, valuePerEvent: number, uniqueRatio: number) {
  return {
    key: `shopify-${key}`,
    name,
    integration: shopify,
    baseHourlyRate,
    valuePerEvent,
    uniqueRatio,
    dailyShape: shoppingDay,
    weeklyShape: shoppingWeek,
    trendPerYear: 0.15,
    startDaysAgo: switchedPlatformDaysAgo,
  };
}

function bigCommerceMetric(key: string, name: string, baseHourlyRate: number, valuePerEvent: number) {
  return {
    key: `bigcommerce-${key}`,
    name,
    integration: bigCommerce,
    baseHourlyRate,
    valuePerEvent,
    uniqueRatio: 0.96,
    dailyShape: shoppingDay,
    weeklyShape: shoppingWeek,
    trendPerYear: 0.15,
    stopDaysAgo: switchedPlatformDaysAgo,
  };
}

/**
 * What recipients do after a send, as a share of the sends: a metric that follows Received Email,
 * coming in over the next hours.
 */
function emailResponseMetric(key: string, name: string, share: number) {
  return {
    key: `klaviyo-${key}`,
    name,
    integration: klaviyoEmail,
    baseHourlyRate: 0,
    uniqueRatio: 1,
    follows: { metric: 'klaviyo-received-email', share, delayHours: 4 },
  };
}

/** Campaign days: a send to the whole list, several times a normal day's flow emails. */
const campaignDaysAgo = [4, 11, 18, 25];

const onsiteAndCheckout = [
  'shopify-placed-order', 'shopify-ordered-product', 'shopify-started-checkout', 'shopify-added-to-cart',
  'shopify-viewed-product', 'shopify-active-on-site',
];

const outdoor: ScenarioInput['accounts'][number] = {
  name: 'Demo Outdoor Co.',
  privateKey: demoKeys.outdoor,
  publicKey: 'SpDmOC',
  timezone: 'America/New_York',
  currency: 'USD',
  locale: 'en-US',
  industry: 'Apparel & Accessories',
  website: 'https://outdoor.demo.storepulse.invalid',
  senderEmail: 'hello@outdoor.demo.storepulse.invalid',
  address: { address1: '12 Trailhead Way', address2: 'Suite 200', city: 'Burlington', region: 'VT', country: 'US', zip: '05401' },
  metrics: [
    shopifyMetric('placed-order', 'Placed Order', 12, 86, 0.97),
    shopifyMetric('ordered-product', 'Ordered Product', 21, 48, 0.55),
    {
      ...shopifyMetric('fulfilled-order', 'Fulfilled Order', 10, 86, 0.97),
      dailyShape: warehouseDay,
      weeklyShape: warehouseWeek,
    },
    shopifyMetric('started-checkout', 'Started Checkout', 30, 95, 0.8),
    shopifyMetric('added-to-cart', 'Added to Cart', 70, 45, 0.6),
    shopifyMetric('viewed-product', 'Viewed Product', 420, 52, 0.35),
    shopifyMetric('active-on-site', 'Active on Site', 260, 0, 0.55),
    shopifyMetric('cancelled-order', 'Cancelled Order', 0.4, 80, 1),
    shopifyMetric('refunded-order', 'Refunded Order', 0.6, 70, 1),
    {
      key: 'api-password-reset',
      name: 'Password Reset',
      integration: api,
      baseHourlyRate: 1.5,
      dailyShape: shoppingDay.map((share) => 0.5 + share / 2),
      trendPerYear: 0.1,
      uniqueRatio: 0.95,
    },
    bigCommerceMetric('placed-order', 'Placed Order', 12, 82),
    bigCommerceMetric('started-checkout', 'Started Checkout', 30, 90),
    {
      key: 'klaviyo-received-email',
      name: 'Received Email',
      integration: klaviyoEmail,
      baseHourlyRate: 300,
      dailyShape: sendingDay,
      weeklyShape: shoppingWeek,
      trendPerYear: 0.15,
      uniqueRatio: 0.98,
    },
    emailResponseMetric('marked-email-as-spam', 'Marked Email as Spam', 0.001),
    emailResponseMetric('bounced-email', 'Bounced Email', 0.008),
    emailResponseMetric('unsubscribed', 'Unsubscribed', 0.002),
  ],
  incidents: [
    {
      label: 'new theme without the onsite tracking snippets',
      metrics: ['shopify-viewed-product', 'shopify-added-to-cart'],
      startHoursAgo: 30,
      remainingFraction: 0.3,
    },
    {
      label: 'Shopify integration outage',
      metrics: [
        'shopify-placed-order', 'shopify-ordered-product', 'shopify-fulfilled-order', 'shopify-started-checkout',
        'shopify-added-to-cart', 'shopify-viewed-product', 'shopify-active-on-site', 'shopify-cancelled-order',
        'shopify-refunded-order',
      ],
      startHoursAgo: 240,
      durationHours: 9,
      remainingFraction: 0,
    },
    {
      // Shopify's Placed Order value is the order total after discounts; Ordered Product's is the
      // line's price, so only the order's value falls.
      label: 'discount code applying to everything',
      metrics: ['shopify-placed-order'],
      startHoursAgo: 14,
      valueFraction: 0.5,
    },
    {
      // Flow emails going to an imported list that never opted in: complaints rise while sends
      // stay as they were, which is what sets it apart from a campaign day.
      label: 'bad list import',
      metrics: ['klaviyo-marked-email-as-spam'],
      startHoursAgo: 18,
      countMultiplier: 8,
    },
  ],
  peaks: [
    {
      label: 'Black Friday to Cyber Monday',
      metrics: ['bigcommerce-placed-order', 'bigcommerce-started-checkout', ...onsiteAndCheckout],
      start: { yearsAgo: 1, rule: 'black-friday' },
      days: 4,
      multiplier: 3.2,
    },
    { label: 'spring sale email', metrics: onsiteAndCheckout, start: { daysAgo: 14 }, multiplier: 1.8 },
    {
      label: 'summer sale',
      metrics: ['bigcommerce-placed-order', 'bigcommerce-started-checkout'],
      start: { daysAgo: 45 },
      days: 2,
      multiplier: 1.7,
    },
    {
      label: 'new collection launch',
      metrics: ['bigcommerce-placed-order', 'bigcommerce-started-checkout'],
      start: { daysAgo: 200 },
      multiplier: 2,
    },
    ...campaignDaysAgo.map((daysAgo) => ({ label: 'email campaign', metrics: ['klaviyo-received-email'], start: { daysAgo }, multiplier: 6 })),
  ],
  flows: [
    { key: 'abandoned-cart', name: 'Abandoned Cart Reminder', status: 'live', triggerType: 'Metric', triggerMetric: 'shopify-started-checkout', createdDaysAgo: 19, updatedDaysAgo: 19 },
    { key: 'browse-abandonment', name: 'Browse Abandonment', status: 'live', triggerType: 'Metric', triggerMetric: 'shopify-viewed-product', createdDaysAgo: 19, updatedDaysAgo: 12 },
    { key: 'post-purchase', name: 'Post-Purchase Thank You', status: 'live', triggerType: 'Metric', triggerMetric: 'shopify-placed-order', createdDaysAgo: 19, updatedDaysAgo: 5 },
    { key: 'welcome-series', name: 'Welcome Series', status: 'live', triggerType: 'Added to List', createdDaysAgo: 380, updatedDaysAgo: 60 },
    { key: 'win-back', name: 'Customer Win-Back', status: 'manual', triggerType: 'Date Based', createdDaysAgo: 300, updatedDaysAgo: 90 },
    { key: 'price-drop', name: 'Price Drop Alert', status: 'live', triggerType: 'Price Drop', createdDaysAgo: 200, updatedDaysAgo: 30 },
    { key: 'password-reset', name: 'Password Reset', status: 'live', triggerType: 'Metric', triggerMetric: 'api-password-reset', createdDaysAgo: 350, updatedDaysAgo: 200 },
    { key: 'bigcommerce-order-confirmation', name: 'Order Confirmation (BigCommerce)', status: 'live', triggerType: 'Metric', triggerMetric: 'bigcommerce-placed-order', createdDaysAgo: 390, updatedDaysAgo: 150 },
    { key: 'bigcommerce-repeat-customer', name: 'Repeat Customer Thank-You (BigCommerce)', status: 'manual', triggerType: 'Metric', triggerMetric: 'bigcommerce-placed-order', createdDaysAgo: 370, updatedDaysAgo: 100 },
    { key: 'bigcommerce-abandoned-cart', name: 'Abandoned Cart (BigCommerce)', status: 'manual', triggerType: 'Metric', triggerMetric: 'bigcommerce-started-checkout', archived: true, createdDaysAgo: 395, updatedDaysAgo: 19 },
    { key: 'review-request', name: 'Product Review Request', status: 'draft', triggerType: 'Metric', triggerMetric: 'shopify-fulfilled-order', createdDaysAgo: 6, updatedDaysAgo: 2 },
  ],
  profiles: [
    { email: 'alex.morgan@example.com', firstName: 'Alex', lastName: 'Morgan', city: 'Portland', region: 'ME', country: 'United States', createdDaysAgo: 120 },
    { email: 'sam.rivera@example.com', firstName: 'Sam', lastName: 'Rivera', city: 'Denver', region: 'CO', country: 'United States', createdDaysAgo: 8 },
    { email: 'jordan.lee@example.com', firstName: 'Jordan', lastName: 'Lee', createdDaysAgo: 310 },
  ],
  events: [
    { profile: 'alex.morgan@example.com', metric: 'bigcommerce-placed-order', hoursAgo: 960, properties: { $value: 74.5, OrderId: 'BC-88213', ItemNames: ['Camp Mug'] } },
    { profile: 'alex.morgan@example.com', metric: 'shopify-started-checkout', hoursAgo: 53, properties: { $value: 129.95, ItemNames: ['Trail Runner 30L Backpack', 'Merino Hiking Socks'] } },
    { profile: 'alex.morgan@example.com', metric: 'shopify-placed-order', hoursAgo: 52, properties: { $value: 129.95, OrderId: '1042', ItemNames: ['Trail Runner 30L Backpack', 'Merino Hiking Socks'] } },
    { profile: 'sam.rivera@example.com', metric: 'shopify-viewed-product', hoursAgo: 31, properties: { $value: 189, ProductName: 'Ridge 2P Tent' } },
    { profile: 'sam.rivera@example.com', metric: 'shopify-started-checkout', hoursAgo: 26, properties: { $value: 189, ItemNames: ['Ridge 2P Tent'] } },
    { profile: 'jordan.lee@example.com', metric: 'bigcommerce-placed-order', hoursAgo: 6000, properties: { $value: 42, OrderId: 'BC-71002', ItemNames: ['Headlamp 300'] } },
    { profile: 'jordan.lee@example.com', metric: 'api-password-reset', hoursAgo: 400, properties: {} },
  ],
  testOrderMetric: 'shopify-placed-order',
};

const charity: ScenarioInput['accounts'][number] = {
  name: 'Demo Charity',
  privateKey: demoKeys.charity,
  publicKey: 'SpDmCh',
  timezone: 'Europe/London',
  currency: 'GBP',
  locale: 'en-GB',
  industry: 'Nonprofit',
  website: 'https://charity.demo.storepulse.invalid',
  senderEmail: 'hello@charity.demo.storepulse.invalid',
  address: { address1: '4 Riverside Walk', address2: 'Unit 3', city: 'Bristol', region: 'England', country: 'GB', zip: 'BS1 5DD' },
  metrics: [
    {
      key: 'classy-contribution-made',
      name: 'Contribution made',
      integration: classy,
      baseHourlyRate: 3,
      dailyShape: givingDay,
      weeklyShape: givingWeek,
      trendPerYear: 0.1,
      valuePerEvent: 35,
      valueNoise: 0.4,
      uniqueRatio: 0.98,
    },
    { key: 'api-newsletter-signup', name: 'Newsletter Signup', integration: api, baseHourlyRate: 1.2, dailyShape: givingDay, uniqueRatio: 1 },
  ],
  peaks: [
    { label: 'Giving Tuesday', metrics: ['classy-contribution-made'], start: { yearsAgo: 1, rule: 'giving-tuesday' }, multiplier: 4 },
    { label: 'year-end appeal', metrics: ['classy-contribution-made'], start: { yearsAgo: 1, month: 12, day: 29 }, days: 3, multiplier: 2.5 },
    { label: 'spring appeal email', start: { daysAgo: 21 }, multiplier: 2 },
  ],
  flows: [
    { key: 'donation-thank-you', name: 'Donation Thank You', status: 'live', triggerType: 'Metric', triggerMetric: 'classy-contribution-made', createdDaysAgo: 390, updatedDaysAgo: 40 },
    { key: 'newsletter-welcome', name: 'Newsletter Welcome', status: 'live', triggerType: 'Metric', triggerMetric: 'api-newsletter-signup', createdDaysAgo: 250, updatedDaysAgo: 250 },
  ],
  profiles: [{ email: 'jo.bloggs@example.org', firstName: 'Jo', lastName: 'Bloggs', city: 'Bristol', country: 'United Kingdom', createdDaysAgo: 200 }],
  events: [
    { profile: 'jo.bloggs@example.org', metric: 'classy-contribution-made', hoursAgo: 120, properties: { $value: 25, DonationId: 'CL-55120', Campaign: 'Spring Appeal' } },
  ],
  testOrderMetric: 'classy-contribution-made',
};

/**
 * Two demo accounts: an outdoor-gear shop mid-way through a platform switch (BigCommerce to
 * Shopify, 20 days ago) with a broken theme (onsite metrics down 70% for the last 30 hours), a
 * discount code halving its orders' value (14 hours) and a bad list import raising its spam
 * complaints (18 hours), and a small charity on a donations platform in another timezone.
 */
export function defaultScenario(): Scenario {
  return scenarioSchema.parse({ seed: 20260715, historyDays: 400, accounts: [outdoor, charity] });
}
