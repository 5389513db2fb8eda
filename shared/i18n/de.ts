import type { Catalogue } from './en';

export const de: Catalogue = {
  app: {
    name: 'Storepulse',
    tagline: 'Plötzliche Einbrüche in den Kennzahlen deines Shops – erkannt und erklärt.',
    loading: 'Wird geladen …',
  },
  nav: {
    label: 'Hauptnavigation',
    home: 'Start',
    metrics: 'Kennzahlen',
    flows: 'Flows',
    wizards: 'Assistenten',
    settings: 'Einstellungen',
  },
  accounts: {
    switcherLabel: 'Konto',
    demo: 'Demo',
    none: 'Noch kein Konto',
    title: 'Konten',
    removeEllipsis: 'Entfernen …',
    remove: 'Mit Cache entfernen',
    keep: 'Behalten',
    confirmRemoval: '{{name}} entfernen? Die zwischengespeicherten Kennzahlen, Flows und Warnungen werden von diesem Computer gelöscht.',
    addDemo: 'Demo-Shop wieder anzeigen',
    addTitle: 'Konto hinzufügen',
    keyLabel: 'Privater API-Schlüssel',
    keyHint: 'Erstell in deinen Kontoeinstellungen einen privaten Nur-Lese-Schlüssel mit den Leserechten für accounts, events, flows, metrics und profiles und füg ihn hier ein.',
    check: 'Schlüssel prüfen',
    checking: 'Wird geprüft …',
    previewLabel: 'Konto gefunden',
    trimmedNotice: 'Wir haben Leerzeichen rund um den eingefügten Schlüssel entfernt.',
    previewText: 'Dieser Schlüssel öffnet „{{name}}“ ({{timezone}}, {{currency}}).',
    confirmAdd: 'Dieses Konto hinzufügen',
  },
  notifications: {
    dropTitle: '{{metric}} ist eingebrochen',
    dropTitleWithIntegration: '{{metric}} ({{integration}}) ist eingebrochen',
    dropBody: '{{account}}: {{percent}} % unter dem üblichen Niveau seit {{since}}. Öffnen Sie Storepulse, um die betroffenen Flows zu sehen.',
  },
  home: {
    title: 'Start',
    emptyTitle: 'Im Moment ist alles ruhig',
    emptyBody:
      'Fällt eine Kennzahl wie Placed Order oder Added to Cart deutlich unter das, was dieses Konto sonst erreicht, erscheint hier eine Warnung – mit den betroffenen Flows und einem Weg zur Ursache.',
  },
  metrics: {
    title: 'Kennzahlen',
    emptyTitle: 'Noch keine Kennzahlen im lokalen Cache',
    emptyBody:
      'Nach der ersten Synchronisierung findest du hier alle Kennzahlen des Kontos mit stündlichem und täglichem Verlauf – auch offline.',
  },
  flows: {
    title: 'Flows',
    emptyTitle: 'Noch keine Flows im lokalen Cache',
    emptyBody:
      'Nach der ersten Synchronisierung findest du hier deine Flows mit Status und Auslöser. Ist die auslösende Kennzahl eingebrochen, trägt der Flow eine Markierung.',
  },
  wizards: {
    title: 'Assistenten',
    emptyTitle: 'Hier entstehen die geführten Prüfungen',
    emptyBody:
      'Schritt-für-Schritt-Hilfe für eine Testbestellung, die Ursachensuche bei einem Einbruch, den Wechsel der Shop-Plattform, den Abgleich einer Synchronisierung und den Antrag auf Transaktionsstatus für eine E-Mail.',
  },
  settings: {
    title: 'Einstellungen',
    appearance: 'Darstellung',
    language: 'Sprache',
    languageSystem: 'Wie im System',
    theme: 'Design',
    themeSystem: 'Wie im System',
    themeLight: 'Hell',
    themeDark: 'Dunkel',
    saved: 'Einstellungen gespeichert.',
    about: 'Über Storepulse',
    version: 'Version {{version}}',
  },
  sync: {
    syncing: 'Synchronisiere … {{percent}} %',
    progressLabel: 'Fortschritt der Synchronisierung',
    upToDate: 'Aktuell, synchronisiert {{when}}',
    neverSynced: 'Noch nicht synchronisiert',
    offline: 'Offline: Cache-Stand {{when}}',
    missingScope: 'Handlungsbedarf: Dem Schlüssel fehlt die Berechtigung „{{scope}}“',
    missingKey: 'Handlungsbedarf: Füg den Schlüssel dieses Kontos erneut hinzu',
    invalidKey: 'Handlungsbedarf: Der Schlüssel wurde abgelehnt',
    errorRetry: 'Synchronisierung fehlgeschlagen; nächster Versuch {{when}}',
    error: 'Synchronisierung fehlgeschlagen',
    never: 'nie',
    now: 'Jetzt synchronisieren',
    cancel: 'Abbrechen',
  },
  languages: {
    en: 'English',
    fr: 'Français',
    de: 'Deutsch',
    pt: 'Português',
  },
  metricsScreen: {
    listTitle: 'Alle Kennzahlen',
    search: 'Suchen',
    searchPlaceholder: 'Kennzahl oder Integration',
    integration: 'Integration',
    allIntegrations: 'Alle Integrationen',
    noIntegration: 'Ohne Integration',
    shownCount_one: '{{count}} Kennzahl',
    shownCount_other: '{{count}} Kennzahlen',
    noMatch: 'Keine Kennzahl passt zu dieser Suche. Leere das Suchfeld oder wähle „Alle Integrationen“.',
    headlineGroup: 'Wichtigste Kennzahlen',
    otherGroup: 'Weitere Kennzahlen',
    alertBadge: 'Einbruch',
    goneBadge: 'Nicht mehr empfangen',
    loadingList: 'Kennzahlen werden geladen …',
    loadingChart: 'Verlauf wird geladen …',
    activeAlert: 'Einbruch seit {{since}}: {{percent}} unter dem üblichen Niveau.',
    range: 'Zeitraum',
    ranges: {
      '24h': '24 Stunden',
      '7d': '7 Tage',
      '30d': '30 Tage',
      '90d': '90 Tage',
      '1y': '1 Jahr',
      custom: 'Benutzerdefiniert',
    },
    from: 'Von',
    to: 'Bis',
    interval: 'Gruppieren nach',
    intervals: {
      hour: 'Stunde',
      day: 'Tag',
    },
    compare: 'Mit dem vorherigen Zeitraum vergleichen',
    dailyNeedsLonger: 'Um nach Tag zu gruppieren, wähle 7 Tage oder mehr.',
    hourlyUpToYear: 'Nach Stunde gruppieren lässt sich für Zeiträume bis zu einem Jahr.',
    hourlyBeyondCache:
      'Stündliche Werte werden nur für die letzten {{days}} Tage abgerufen; frühere Stunden können hier fehlen. Tageswerte decken den ganzen Zeitraum ab.',
    dateErrors: {
      'invalid-date': 'Gib beide Daten ein.',
      'end-before-start': 'Das Enddatum liegt vor dem Startdatum.',
      'too-long': 'Wähle einen Zeitraum von höchstens fünf Jahren.',
    },
    chartLabelHour: '{{metric}}: Anzahl pro Stunde mit dem erwarteten Niveau',
    chartLabelDay: '{{metric}}: Anzahl pro Tag mit dem erwarteten Niveau',
    legend: {
      count: 'Anzahl',
      expected: 'Erwartet (Prognose der Erkennung)',
      band: 'Üblicher Bereich (erwartet ±20 %)',
      previous: 'Vorheriger Zeitraum',
      anomaly: 'Einbruch erkannt',
      marker: 'Alarm ausgelöst',
    },
    thinned: 'Das Diagramm zeigt {{shown}} der {{total}} Punkte, so gewählt, dass jede Spitze und jedes Tal erhalten bleibt; die Tabelle darunter enthält alle.',
    noData: 'Für diesen Zeitraum ist noch nichts im Cache. Die Werte erscheinen hier nach der nächsten Synchronisierung.',
    noValue: 'keine Daten',
    tableTitle: 'Datentabelle',
    exportCsv: 'Als CSV exportieren',
    columns: {
      bucket: 'Datum ({{timezone}})',
      startUtc: 'Beginn (UTC, ISO 8601)',
      count: 'Anzahl',
      expected: 'Erwartet',
      previous: 'Vorheriger Zeitraum',
    },
  },
  errors: {
    title: 'Etwas ist schiefgelaufen',
    retry: 'Erneut versuchen',
    bridgeMissing:
      'Storepulse erreicht seinen Hintergrunddienst nicht. Schließ das Fenster und öffne die App erneut.',
    'unknown-channel': 'Dieses Fenster passt nicht zur App-Version. Starte Storepulse neu.',
    'invalid-input': 'Dieser Wert wurde nicht angenommen. Prüf ihn bitte und versuch es erneut.',
    forbidden: 'Die Anfrage wurde abgelehnt, weil sie nicht aus dem Storepulse-Fenster kam.',
    'not-found': 'Dieses Element gibt es nicht mehr.',
    internal: 'Ein unerwarteter Fehler ist aufgetreten. Es wurde nichts geändert; versuch es gleich noch einmal.',
    'invalid-key':
      'Der Kontoschlüssel wurde abgelehnt. Prüf, ob du den ganzen privaten Schlüssel kopiert hast – ohne Zeichen davor oder danach.',
    'missing-scope':
      'Dem Kontoschlüssel fehlt die Berechtigung „{{scope}}“. Erstell einen privaten Schlüssel mit dieser Berechtigung und füg das Konto erneut hinzu.',
    'bad-request':
      'Die Marketingplattform hat die Anfrage als fehlerhaft abgelehnt. Das liegt an Storepulse – bitte melde es uns.',
    'bad-response':
      'Die Marketingplattform hat eine Antwort geschickt, die Storepulse nicht lesen kann ({{operation}}). Davon wurde nichts gespeichert; die nächste Synchronisierung versucht es erneut.',
    'rate-limited':
      'Die Marketingplattform bittet Storepulse, langsamer zu machen. Die Synchronisierung läuft gleich von selbst weiter.',
    'server-error':
      'Die Marketingplattform hat gerade Probleme. Storepulse versucht es automatisch erneut.',
    'timeout':
      'Die Marketingplattform hat zu lange nicht geantwortet. Storepulse versucht es automatisch erneut.',
    'unreachable':
      'Die Marketingplattform ist nicht erreichbar. Prüf deine Internetverbindung; deine zwischengespeicherten Daten bleiben verfügbar.',
    'cancelled':
      'Die Anfrage wurde abgebrochen.',
    'missing-key':
      'Für dieses Konto ist kein Schlüssel mehr gespeichert. Füg das Konto mit seinem privaten Schlüssel erneut hinzu.',
    'secret-storage-unavailable':
      'Der Schlüsselbund deines Systems ist nicht verfügbar, daher kann der Schlüssel nicht sicher gespeichert werden. Entsperr oder richte den Schlüsselbund ein und versuch es erneut.',
  },
};
