/**
 * English catalogue: the reference every other language must match key for key (`tsc` checks the
 * shape through `Catalogue`, and a unit test compares the key sets).
 */
export const en = {
  app: {
    name: 'Storepulse',
    tagline: 'Sudden drops in your store’s metrics, caught and explained.',
    loading: 'Loading…',
  },
  nav: {
    label: 'Main navigation',
    home: 'Home',
    metrics: 'Metrics',
    flows: 'Flows',
    wizards: 'Wizards',
    settings: 'Settings',
  },
  accounts: {
    switcherLabel: 'Account',
    demo: 'demo',
    none: 'No account yet',
    title: 'Accounts',
    removeEllipsis: 'Remove…',
    remove: 'Remove it and its cache',
    keep: 'Keep',
    confirmRemoval: 'Remove {{name}}? Its cached metrics, flows and alerts are deleted from this computer.',
    addDemo: 'Show the demo store again',
    addTitle: 'Add an account',
    keyLabel: 'Private API key',
    keyHint: 'Create a read-only private key in your account settings with the accounts, events, flows, metrics and profiles read permissions, then paste it here.',
    check: 'Check the key',
    checking: 'Checking…',
    previewLabel: 'Account found',
    trimmedNotice: 'We removed spaces around the key you pasted.',
    previewText: 'This key opens “{{name}}” ({{timezone}}, {{currency}}).',
    confirmAdd: 'Add this account',
  },
  notifications: {
    dropTitle: '{{metric}} has dropped',
    dropTitleWithIntegration: '{{metric}} ({{integration}}) has dropped',
    dropBody: '{{account}}: {{percent}}% below its usual level since {{since}}. Open Storepulse to see the affected flows.',
  },
  home: {
    title: 'Home',
    emptyTitle: 'All quiet for now',
    emptyBody:
      'When a metric such as Placed Order or Added to Cart falls well below what this account usually sees, an alert appears here with the flows it affects and a way to find the cause.',
  },
  metrics: {
    title: 'Metrics',
    emptyTitle: 'No metrics in the local cache yet',
    emptyBody:
      'After the first sync, every metric of the account is listed here with its hourly and daily history, so you can review it even offline.',
  },
  flows: {
    title: 'Flows',
    emptyTitle: 'No flows in the local cache yet',
    emptyBody:
      'After the first sync, your flows are listed here with their status and trigger. A flow whose trigger metric has dropped is marked with a badge.',
  },
  wizards: {
    title: 'Wizards',
    emptyTitle: 'Guided checks will live here',
    emptyBody:
      'Step-by-step help to place a test order, troubleshoot a drop, switch e-commerce platform, reconcile a sync and request transactional status for an email.',
  },
  settings: {
    title: 'Settings',
    appearance: 'Appearance',
    language: 'Language',
    languageSystem: 'Same as the system',
    theme: 'Theme',
    themeSystem: 'Same as the system',
    themeLight: 'Light',
    themeDark: 'Dark',
    saved: 'Settings saved.',
    about: 'About',
    version: 'Version {{version}}',
  },
  sync: {
    syncing: 'Syncing… {{percent}}%',
    progressLabel: 'Sync progress',
    upToDate: 'Up to date, synced {{when}}',
    neverSynced: 'Not synced yet',
    offline: 'Offline: showing the cache from {{when}}',
    missingScope: 'Needs attention: the key lacks the “{{scope}}” permission',
    missingKey: 'Needs attention: add this account’s key again',
    invalidKey: 'Needs attention: the key was refused',
    errorRetry: 'Sync failed; next try {{when}}',
    error: 'Sync failed',
    never: 'never',
    now: 'Sync now',
    cancel: 'Cancel',
  },
  languages: {
    en: 'English',
    fr: 'Français',
    de: 'Deutsch',
    pt: 'Português',
  },
  homeScreen: {
    loading: 'Loading this account’s overview…',
    context: '{{account}} · times in the account’s timezone ({{timezone}})',
    noAccountTitle: 'No account to watch yet',
    noAccountBody:
      'Add an account with its private API key in Settings, or bring back the demo store. Its alerts, headline metrics and probable causes then appear here.',
    openSettings: 'Open Settings',
    metricWithIntegration: '{{metric}} ({{integration}})',
    alertsHeading: 'Needs your attention',
    bannerDrop: '{{metric}} is {{percent}} below expected since {{since}}',
    bannerStopped: '{{metric}} has stopped: nothing recorded since {{since}}',
    flowsAffected: 'Flows triggered by this metric: {{flows}}.',
    noFlowsAffected: 'No flow is triggered by this metric.',
    viewFlows: 'View affected flows',
    troubleshoot: 'Troubleshoot',
    dismiss: 'Dismiss',
    snooze: 'Snooze',
    snoozeFor: 'Snooze for',
    dismissed: '{{metric}}: alert dismissed. It comes back if the metric drops again.',
    snoozed: '{{metric}}: snoozed until {{date}}. If the drop is still going on then, alerts resume.',
    sync: {
      heading: 'Data',
      syncing: 'Syncing: {{percent}} done.',
      progressLabel: 'Sync progress',
      fetching: 'Fetching {{metric}}…',
      upToDate: 'Up to date: last synced {{when}}.',
      neverSynced: 'Not synced yet: the first sync starts in a moment.',
      offline: 'Offline: showing the cache from {{when}} ({{age}}).',
      offlineEmpty: 'Offline, and nothing is cached for this account yet.',
      failed: 'The last sync failed. {{reason}}',
      nextTry: 'Next attempt: {{when}}.',
      fixInSettings: 'Fix it in Settings',
    },
    firstSyncTitle: 'First sync under way',
    firstSyncBody:
      'Storepulse is copying this account’s metrics, flows and history to this computer. It takes a minute or two, and this page fills in as soon as it is done.',
    noDataTitle: 'No data for this account yet',
    noDataBody:
      'The last sync found no metrics. Once the store sends events such as Placed Order, they appear here after the next sync.',
    headlinesHeading: 'Last 24 hours',
    headlinesWindow: 'Complete hours up to {{time}}, against what the detector expected for each of them.',
    headlinesLoading: 'Loading the last 24 hours…',
    headlinesEmpty:
      'This account has none of the headline e-commerce metrics yet (Placed Order, Started Checkout, Added to Cart, Viewed Product).',
    expectedCount: 'expected {{value}}',
    change: '{{change}} vs expected',
    noExpectation: 'No expected value yet: the detector needs more history.',
    diagnosesHeading: 'Probable causes',
    flowStatus: {
      live: 'live',
      manual: 'manual',
      draft: 'draft',
    },
    diagnosis: {
      metrics: 'Metrics',
      since: 'Since',
      depth: 'Missing activity',
      depthValue: '{{percent}} below expected',
      flows: 'Flows concerned',
      onsiteTitle: 'Onsite tracking looks broken',
      onsiteEvidence: '{{metrics}} fell while orders kept coming in: the events recorded on the site itself are the ones missing.',
      onsiteTheme:
        'On {{platform}}, these events come from code snippets in the store’s theme. A new or changed theme needs the snippets installed again.',
      onsiteScript: 'Check that the onsite tracking code is still installed on every page of the store.',
      switchTitle: 'Flows still wait for {{legacy}} after the move to {{next}}',
      switchEvidence: 'Orders now arrive from {{next}}, while {{legacy}} has gone quiet.',
      switchReplacement: '{{metric}} from {{legacy}} is replaced by {{metric}} from {{next}}.',
      switchFlows:
        'These flows are still triggered by {{legacy}} metrics, so no new contact enters them. A trigger cannot be changed: clone each flow with the {{next}} metric as its trigger.',
      switchNoFlows: 'No flow depends on the {{legacy}} metrics any more.',
      outageTitle: '{{integration}} has stopped sending data',
      outageEvidence: 'Every metric from {{integration}} dropped at the same time.',
      outageChecks:
        'Check that the integration is still enabled, that its store URL and keys are right, and whether the platform reports an outage.',
      outageCustom:
        '{{integration}} is a custom integration, built and run outside the platform: the team that built it needs to look at it.',
      statusPage: '{{integration}} status page',
      orderTitle: 'Placed orders from {{integration}} are not coming in',
      orderEvidence: 'Placed Order from {{integration}} dropped while the rest of the store’s activity carried on.',
      orderIgnored: '{{platform}} does not count orders in these statuses as placed: {{statuses}}.',
      orderRequired: '{{platform}} counts an order as placed only in this status: {{statuses}}.',
      orderPlugin:
        'Started Checkout has stopped too: the {{integration}} plugin or extension is the likely cause. Update it to the latest version.',
      noOrdersTitle: 'No placed orders received recently',
      noOrdersSince: 'The last Placed Order event arrived on {{date}} ({{total}} received in all).',
      noOrdersEver: 'No Placed Order event has ever been received.',
      noOrdersTestOrder:
        'A new store may simply have had no order yet. A test order, refunded straight away, shows whether tracking works.',
    },
  },
  notificationCentre: {
    bell: 'Notifications',
    bellUnread: 'Notifications, {{unread}} unread',
    title: 'Notifications',
    close: 'Close',
    systemHeading: 'Sync and keys',
    alertsHeading: 'Alerts',
    empty:
      'No alert so far. When a metric drops sharply, its episode appears here, with when it was dismissed, snoozed or resolved.',
    new: 'New',
    depth: '{{percent}} below expected',
    stopped: 'Stopped: nothing recorded',
    openSettings: 'Open Settings',
    state: {
      active: 'Active',
      dismissed: 'Dismissed',
      snoozed: 'Snoozed',
      snoozedUntil: 'Snoozed until {{date}}',
      resolved: 'Resolved',
    },
    reason: {
      fired: 'Drop detected',
      'fired-while-snoozed': 'Drop detected during a snooze (no notification)',
      dismissed: 'Dismissed',
      snoozed: 'Snoozed',
      'snooze-expired': 'Snooze over, drop still under way',
      recovered: 'Back to normal',
      superseded: 'Replaced by a newer drop',
    },
    keyRefused: '{{account}}: the key was refused. Add the account again with a valid private key.',
    keyMissingScope: '{{account}}: the key lacks the “{{scope}}” permission. Create a key that includes it and add the account again.',
    keyMissing: '{{account}}: the key is no longer saved. Add the account again with its private key.',
    syncFailed: '{{account}}: the last sync failed. {{reason}}',
    syncFailedRetry: '{{account}}: the last sync failed. {{reason}} Next attempt {{when}}.',
  },
  errors: {
    title: 'Something went wrong',
    retry: 'Try again',
    bridgeMissing:
      'Storepulse could not reach its background service. Close the window and open the app again.',
    'unknown-channel': 'This version of the window does not match the app. Restart Storepulse.',
    'invalid-input': 'That value was not accepted. Check it and try again.',
    forbidden: 'This request was refused because it did not come from the Storepulse window.',
    'not-found': 'That item no longer exists.',
    internal: 'An unexpected error occurred. Nothing was changed; try again in a moment.',
    'invalid-key':
      'The account key was refused. Check that you copied the whole private key, with nothing before or after it.',
    'missing-scope':
      'The account key lacks the “{{scope}}” permission. Create a private key that includes it and add the account again.',
    'bad-request':
      'The marketing platform refused the request as malformed. This is a Storepulse problem; please report it.',
    'bad-response':
      'The marketing platform sent an answer Storepulse could not read ({{operation}}). Nothing was saved from it; the next sync will try again.',
    'rate-limited':
      'The marketing platform asked Storepulse to slow down. The sync continues automatically in a moment.',
    'server-error':
      'The marketing platform is having trouble right now. Storepulse will try again automatically.',
    'timeout':
      'The marketing platform took too long to answer. Storepulse will try again automatically.',
    'unreachable':
      'The marketing platform cannot be reached. Check your internet connection; your cached data is still available.',
    'cancelled':
      'The request was cancelled.',
    'missing-key':
      'This account has no saved key any more. Add the account again with its private key.',
    'secret-storage-unavailable':
      'Your system’s keychain is not available, so the key cannot be stored safely. Unlock or set up the keychain, then try again.',
  },
} as const;

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Catalogue = Widen<typeof en>;
