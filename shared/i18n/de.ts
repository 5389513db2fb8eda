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
  homeScreen: {
    loading: 'Übersicht des Kontos wird geladen …',
    context: '{{account}} · Zeiten in der Zeitzone des Kontos ({{timezone}})',
    noAccountTitle: 'Noch kein Konto zu überwachen',
    noAccountBody:
      'Füg in den Einstellungen ein Konto mit seinem privaten API-Schlüssel hinzu oder hol den Demo-Shop zurück. Seine Warnungen, wichtigsten Kennzahlen und wahrscheinlichen Ursachen erscheinen dann hier.',
    openSettings: 'Einstellungen öffnen',
    metricWithIntegration: '{{metric}} ({{integration}})',
    alertsHeading: 'Braucht deine Aufmerksamkeit',
    bannerDrop: '{{metric}} liegt {{percent}} unter dem erwarteten Wert, seit {{since}}',
    bannerStopped: '{{metric}} ist verstummt: seit {{since}} nichts mehr erfasst',
    flowsAffected: 'Von dieser Kennzahl ausgelöste Flows: {{flows}}.',
    noFlowsAffected: 'Kein Flow wird von dieser Kennzahl ausgelöst.',
    viewFlows: 'Betroffene Flows ansehen',
    troubleshoot: 'Ursache suchen',
    dismiss: 'Ausblenden',
    snooze: 'Stummschalten',
    snoozeFor: 'Stummschalten für',
    dismissed: '{{metric}}: Warnung ausgeblendet. Sie kommt wieder, wenn die Kennzahl erneut einbricht.',
    snoozed: '{{metric}}: stummgeschaltet bis {{date}}. Hält der Einbruch dann noch an, kommen wieder Warnungen.',
    sync: {
      heading: 'Daten',
      syncing: 'Synchronisierung: {{percent}} erledigt.',
      progressLabel: 'Fortschritt der Synchronisierung',
      fetching: '{{metric}} wird abgerufen …',
      upToDate: 'Aktuell: zuletzt synchronisiert am {{when}}.',
      neverSynced: 'Noch nicht synchronisiert: Die erste Synchronisierung beginnt gleich.',
      offline: 'Offline: Cache-Stand vom {{when}} ({{age}}).',
      offlineEmpty: 'Offline, und für dieses Konto liegt noch nichts im Cache.',
      failed: 'Die letzte Synchronisierung ist fehlgeschlagen. {{reason}}',
      nextTry: 'Nächster Versuch: {{when}}.',
      fixInSettings: 'In den Einstellungen beheben',
    },
    firstSyncTitle: 'Erste Synchronisierung läuft',
    firstSyncBody:
      'Storepulse kopiert die Kennzahlen, Flows und den Verlauf dieses Kontos auf diesen Computer. Das dauert ein, zwei Minuten; danach füllt sich diese Seite von selbst.',
    noDataTitle: 'Noch keine Daten für dieses Konto',
    noDataBody:
      'Die letzte Synchronisierung hat keine Kennzahlen gefunden. Sobald der Shop Ereignisse wie Placed Order sendet, erscheinen sie nach der nächsten Synchronisierung hier.',
    headlinesHeading: 'Letzte 24 Stunden',
    headlinesWindow: 'Volle Stunden bis {{time}}, verglichen mit dem, was der Detektor für jede von ihnen erwartet hat.',
    headlinesLoading: 'Die letzten 24 Stunden werden geladen …',
    headlinesEmpty:
      'Dieses Konto hat noch keine der wichtigsten E-Commerce-Kennzahlen (Placed Order, Started Checkout, Added to Cart, Viewed Product).',
    expectedCount: 'erwartet: {{value}}',
    change: '{{change}} gegenüber dem erwarteten Wert',
    noExpectation: 'Noch kein erwarteter Wert: Der Detektor braucht mehr Verlauf.',
    diagnosesHeading: 'Wahrscheinliche Ursachen',
    flowStatus: {
      live: 'live',
      manual: 'manuell',
      draft: 'Entwurf',
    },
    diagnosis: {
      metrics: 'Kennzahlen',
      since: 'Seit',
      depth: 'Fehlende Aktivität',
      depthValue: '{{percent}} unter dem erwarteten Wert',
      flows: 'Betroffene Flows',
      onsiteTitle: 'Das Onsite-Tracking scheint defekt',
      onsiteEvidence:
        'Einbruch bei {{metrics}}, während weiter Bestellungen eingehen: Es fehlen genau die Ereignisse, die auf der Website selbst erfasst werden.',
      onsiteTheme:
        'Bei {{platform}} stammen diese Ereignisse aus Code-Snippets im Theme des Shops. Nach einem neuen oder geänderten Theme müssen die Snippets erneut eingebaut werden.',
      onsiteScript: 'Prüf, ob der Tracking-Code noch auf allen Seiten des Shops eingebunden ist.',
      switchTitle: 'Flows warten nach dem Wechsel zu {{next}} noch auf {{legacy}}',
      switchEvidence: 'Bestellungen kommen jetzt über {{next}}, während von {{legacy}} nichts mehr kommt.',
      switchReplacement: '{{metric}} von {{legacy}} wird durch {{metric}} von {{next}} ersetzt.',
      switchFlows:
        'Diese Flows werden noch von Kennzahlen aus {{legacy}} ausgelöst, daher kommt kein neuer Kontakt mehr hinein. Ein Auslöser lässt sich nicht ändern: Klone jeden Flow und wähle die Kennzahl aus {{next}} als Auslöser.',
      switchNoFlows: 'Kein Flow hängt mehr an den Kennzahlen aus {{legacy}}.',
      outageTitle: '{{integration}} sendet keine Daten mehr',
      outageEvidence: 'Alle Kennzahlen aus {{integration}} sind gleichzeitig eingebrochen.',
      outageChecks:
        'Prüf, ob die Integration noch aktiviert ist, ob Shop-URL und Schlüssel stimmen und ob die Plattform eine Störung meldet.',
      outageCustom:
        '{{integration}} ist eine individuelle Integration, gebaut und betrieben außerhalb der Plattform: Das Team, das sie entwickelt hat, muss sie sich ansehen.',
      statusPage: 'Statusseite von {{integration}}',
      orderTitle: 'Bestellungen aus {{integration}} kommen nicht an',
      orderEvidence: 'Placed Order aus {{integration}} ist eingebrochen, während die übrige Aktivität des Shops weiterläuft.',
      orderIgnored: '{{platform}} zählt Bestellungen in diesen Status nicht als aufgegeben: {{statuses}}.',
      orderRequired: '{{platform}} zählt eine Bestellung nur in diesem Status als aufgegeben: {{statuses}}.',
      orderPlugin:
        'Auch Started Checkout ist verstummt: Wahrscheinlich liegt es am Plugin bzw. an der Erweiterung für {{integration}}. Aktualisiere sie auf die neueste Version.',
      noOrdersTitle: 'In letzter Zeit keine Bestellungen eingegangen',
      noOrdersSince: 'Das letzte Placed-Order-Ereignis kam am {{date}} (insgesamt erhalten: {{total}}).',
      noOrdersEver: 'Es ist noch nie ein Placed-Order-Ereignis eingegangen.',
      noOrdersTestOrder:
        'Ein neuer Shop hatte vielleicht einfach noch keine Bestellung. Eine Testbestellung, die du sofort erstattest, zeigt, ob das Tracking funktioniert.',
    },
  },
  notificationCentre: {
    bell: 'Benachrichtigungen',
    bellUnread: 'Benachrichtigungen, {{unread}} ungelesen',
    title: 'Benachrichtigungen',
    close: 'Schließen',
    systemHeading: 'Synchronisierung und Schlüssel',
    alertsHeading: 'Warnungen',
    empty:
      'Bisher keine Warnung. Bricht eine Kennzahl deutlich ein, erscheint die Episode hier – mit dem Zeitpunkt, zu dem sie ausgeblendet, stummgeschaltet oder behoben wurde.',
    new: 'Neu',
    depth: '{{percent}} unter dem erwarteten Wert',
    stopped: 'Verstummt: nichts mehr erfasst',
    openSettings: 'Einstellungen öffnen',
    state: {
      active: 'Aktiv',
      dismissed: 'Ausgeblendet',
      snoozed: 'Stummgeschaltet',
      snoozedUntil: 'Stummgeschaltet bis {{date}}',
      resolved: 'Behoben',
    },
    reason: {
      fired: 'Einbruch erkannt',
      'fired-while-snoozed': 'Einbruch während der Stummschaltung erkannt (ohne Benachrichtigung)',
      dismissed: 'Ausgeblendet',
      snoozed: 'Stummgeschaltet',
      'snooze-expired': 'Stummschaltung abgelaufen, Einbruch hält an',
      recovered: 'Wieder normal',
      superseded: 'Durch einen neueren Einbruch ersetzt',
    },
    keyRefused: '{{account}}: Der Schlüssel wurde abgelehnt. Füg das Konto mit einem gültigen privaten Schlüssel erneut hinzu.',
    keyMissingScope:
      '{{account}}: Dem Schlüssel fehlt die Berechtigung „{{scope}}“. Erstell einen Schlüssel mit dieser Berechtigung und füg das Konto erneut hinzu.',
    keyMissing: '{{account}}: Der Schlüssel ist nicht mehr gespeichert. Füg das Konto mit seinem privaten Schlüssel erneut hinzu.',
    syncFailed: '{{account}}: Die letzte Synchronisierung ist fehlgeschlagen. {{reason}}',
    syncFailedRetry: '{{account}}: Die letzte Synchronisierung ist fehlgeschlagen. {{reason}} Nächster Versuch {{when}}.',
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
