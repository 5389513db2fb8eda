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
  metricsScreen: {
    listTitle: 'All metrics',
    search: 'Search',
    searchPlaceholder: 'Metric or integration',
    integration: 'Integration',
    allIntegrations: 'All integrations',
    noIntegration: 'No integration',
    shownCount_one: '{{count}} metric',
    shownCount_other: '{{count}} metrics',
    noMatch: 'No metric matches this search. Clear the search box or choose “All integrations”.',
    headlineGroup: 'Headline metrics',
    otherGroup: 'Other metrics',
    alertBadge: 'Dropping',
    goneBadge: 'No longer received',
    loadingList: 'Loading metrics…',
    loadingChart: 'Loading the history…',
    activeAlert: 'Drop under way since {{since}}: {{percent}} below the usual level.',
    range: 'Period',
    ranges: {
      '24h': '24 hours',
      '7d': '7 days',
      '30d': '30 days',
      '90d': '90 days',
      '1y': '1 year',
      custom: 'Custom',
    },
    from: 'From',
    to: 'To',
    interval: 'Group by',
    intervals: {
      hour: 'Hour',
      day: 'Day',
    },
    compare: 'Compare with the previous period',
    dailyNeedsLonger: 'To group by day, choose 7 days or more.',
    hourlyUpToYear: 'Grouping by hour is available for periods of up to one year.',
    hourlyBeyondCache:
      'Hourly counts are fetched for the last {{days}} days only, so earlier hours may be missing here. Daily counts cover the whole period.',
    dateErrors: {
      'invalid-date': 'Enter both dates.',
      'end-before-start': 'The end date is before the start date.',
      'too-long': 'Choose a period of at most five years.',
    },
    chartLabelHour: '{{metric}}: count per hour, with the expected level',
    chartLabelDay: '{{metric}}: count per day, with the expected level',
    legend: {
      count: 'Count',
      expected: 'Expected (the detector’s prediction)',
      band: 'Usual range (expected ±20%)',
      previous: 'Previous period',
      anomaly: 'Drop detected',
      marker: 'Alert fired',
    },
    thinned: 'The chart draws {{shown}} of the {{total}} points, chosen to keep every peak and dip; the table below lists them all.',
    noData: 'Nothing is cached for this period yet. The counts appear here after the next sync.',
    noValue: 'no data',
    tableTitle: 'Data table',
    exportCsv: 'Export CSV',
    columns: {
      bucket: 'Date ({{timezone}})',
      startUtc: 'Start (UTC, ISO 8601)',
      count: 'Count',
      expected: 'Expected',
      previous: 'Previous period',
    },
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
