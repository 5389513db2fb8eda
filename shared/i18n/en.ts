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
    syncAndDetection: 'Sync and detection',
    syncInterval: 'Sync every',
    minutes: '{{count}} minutes',
    hours: '{{count}} hours',
    sensitivity: 'Drop detection sensitivity',
    sensitivityLow: 'Low: only deep, clear drops',
    sensitivityNormal: 'Normal (recommended)',
    sensitivityHigh: 'High: shallower drops too, with more false alarms',
    sensitivityHelp: 'Changes apply from the next sync.',
    notifications: 'Notifications',
    notificationsEnabled: 'Show a desktop notification when a metric drops',
    quietHours: 'Quiet hours: no notification between',
    quietStart: 'Quiet from',
    quietEnd: 'Quiet until',
    quietHelp: 'Alerts that fire during quiet hours still wait for you on Home and in the notification centre.',
    system: 'On this computer',
    launchAtLogin: 'Open Storepulse when I log in',
    keepRunning: 'Keep watching in the background when the window is closed',
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
  desktop: {
    summaryTitle: '{{number}} metrics dropped in {{account}}',
    summaryBody: '{{metrics}}. Open Storepulse to see the affected flows.',
    tray: {
      tooltipNone: 'Storepulse: no active alert',
      tooltipOne: 'Storepulse: 1 active alert',
      tooltipMany: 'Storepulse: {{number}} active alerts',
      open: 'Open Storepulse',
      syncNow: 'Sync now',
      pause: 'Pause notifications for 1 hour',
      resume: 'Resume notifications (paused until {{time}})',
      quit: 'Quit Storepulse',
    },
    secrets: {
      title: 'Storing the key',
      message: 'This computer has no keychain that Storepulse can use to protect the key.',
      detail:
        'Without a keychain (such as GNOME Keyring or KWallet), the key can only be stored with weak protection: anyone who can read your files could recover it. You can instead keep it for this session only and enter it again next time.',
      sessionOnly: 'Keep for this session only',
      weak: 'Store with weak protection',
      cancel: 'Cancel',
    },
    logs: {
      title: 'Logs',
      description: 'Storepulse keeps a log of syncs and errors on this computer, with keys removed. Attach it to a bug report if asked.',
      open: 'Open logs folder',
      unavailable: 'The logs folder can only be opened from the desktop app.',
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
