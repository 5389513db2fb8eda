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
    syncAndDetection: 'Synchronisierung und Erkennung',
    syncInterval: 'Synchronisieren alle',
    minutes: '{{count}} Minuten',
    hours: '{{count}} Stunden',
    sensitivity: 'Empfindlichkeit der Einbruchserkennung',
    sensitivityLow: 'Niedrig: nur tiefe, eindeutige Einbrüche',
    sensitivityNormal: 'Normal (empfohlen)',
    sensitivityHigh: 'Hoch: auch flachere Einbrüche, mit mehr Fehlalarmen',
    sensitivityHelp: 'Die Änderung gilt ab der nächsten Synchronisierung.',
    notifications: 'Benachrichtigungen',
    notificationsEnabled: 'Eine Desktop-Benachrichtigung zeigen, wenn eine Kennzahl einbricht',
    quietHours: 'Ruhezeit: keine Benachrichtigung zwischen',
    quietStart: 'Ruhe ab',
    quietEnd: 'Ruhe bis',
    quietHelp: 'Warnungen aus der Ruhezeit warten trotzdem auf der Startseite und in der Mitteilungszentrale auf Sie.',
    system: 'Auf diesem Computer',
    launchAtLogin: 'Storepulse bei der Anmeldung öffnen',
    keepRunning: 'Im Hintergrund weiter überwachen, wenn das Fenster geschlossen ist',
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
  desktop: {
    summaryTitle: '{{number}} Metriken in {{account}} eingebrochen',
    summaryBody: '{{metrics}}. Öffnen Sie Storepulse, um die betroffenen Flows zu sehen.',
    tray: {
      tooltipNone: 'Storepulse: keine aktive Warnung',
      tooltipOne: 'Storepulse: 1 aktive Warnung',
      tooltipMany: 'Storepulse: {{number}} aktive Warnungen',
      open: 'Storepulse öffnen',
      syncNow: 'Jetzt synchronisieren',
      pause: 'Benachrichtigungen für 1 Stunde pausieren',
      resume: 'Benachrichtigungen fortsetzen (pausiert bis {{time}})',
      quit: 'Storepulse beenden',
    },
    secrets: {
      title: 'Schlüssel speichern',
      message: 'Auf diesem Computer gibt es keinen Schlüsselbund, mit dem Storepulse den Schlüssel schützen kann.',
      detail:
        'Ohne Schlüsselbund (etwa GNOME Keyring oder KWallet) lässt sich der Schlüssel nur schwach geschützt speichern: Wer Ihre Dateien lesen kann, könnte ihn wiederherstellen. Sie können ihn stattdessen nur für diese Sitzung behalten und beim nächsten Mal erneut eingeben.',
      sessionOnly: 'Nur für diese Sitzung behalten',
      weak: 'Schwach geschützt speichern',
      cancel: 'Abbrechen',
    },
    logs: {
      title: 'Protokolle',
      description: 'Storepulse führt auf diesem Computer ein Protokoll über Synchronisierungen und Fehler, ohne Schlüssel. Fügen Sie es auf Nachfrage einem Fehlerbericht bei.',
      open: 'Protokollordner öffnen',
      unavailable: 'Der Protokollordner lässt sich nur in der Desktop-App öffnen.',
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
