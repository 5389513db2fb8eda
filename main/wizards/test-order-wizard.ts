import type { WizardSession } from '../../shared/domain/wizard';
import { orderStatusRuleOf } from '../detection/diagnosis-platforms';
import type { WizardBuild } from './wizard-build';
import type { WizardData } from './wizard-data';
import { auto, info, manual, step } from './wizard-items';

/** The platforms the operator picks from (domain §3); `other` has no known status rule. */
export const TEST_ORDER_PLATFORMS = ['Shopify', 'BigCommerce', 'Magento 2', 'WooCommerce', 'PrestaShop', 'Shift4Shop', 'other'] as const;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const isEmail = (value: string | undefined): value is string => value !== undefined && EMAIL.test(value);

export const CHECKOUT_STEPS = ['visitSite', 'productPage', 'addToCart', 'checkout', 'pay', 'paymentProvider', 'refund'];

/** Domain §3: platform, its status rule, the checkout steps, the email, then the check itself. */
export function buildTestOrder(session: WizardSession, data: WizardData): WizardBuild {
  const options = { platform: TEST_ORDER_PLATFORMS.map((p) => ({ value: p, label: p })) };
  const context: Record<string, string> = { account: data.account.name, demo: String(data.account.kind === 'demo') };
  const platform = session.input.platform;
  if (!platform) return { context, options, steps: [step('platform', [info('choosePlatform')], true)], causes: [] };

  context.platform = platform;
  const rule = orderStatusRuleOf(platform);
  const ruleItem = rule
    ? info(rule.rule === 'ignored' ? 'ruleIgnored' : 'ruleRequired', { platform, statuses: rule.statuses.join(', ') })
    : info(platform === 'Shopify' ? 'ruleShopify' : 'ruleNone', { platform });
  const email = isEmail(session.input.email) ? session.input.email : null;
  if (email) context.email = email;

  const check = session.testOrder;
  const checkItem = !check
    ? info('notStarted')
    : check.state === 'found'
      ? auto('found', 'yes', { time: check.event?.time ?? '', amount: check.event?.value === null || check.event === null ? '—' : String(check.event.value) })
      : check.state === 'timed-out'
        ? auto(check.profileFound ? 'timedOutNoEvent' : 'timedOutNoProfile', 'no', { count: String(check.checks) })
        : check.state === 'cancelled'
          ? auto('cancelled', 'unknown', { count: String(check.checks) })
          : auto('waiting', 'unknown', { count: String(check.checks) });

  const steps = [
    step('platform', [info('platform', { platform })]),
    step('rule', [ruleItem, info('noTestBySupport')]),
    step('steps', CHECKOUT_STEPS.map((id) => manual(session, 'steps', id))),
    step('email', [info(email ? 'email' : 'enterEmail', { email: email ?? '' })], email === null),
    step('check', [info('lag'), checkItem]),
  ];
  return { context, options, steps, causes: [] };
}
