import type { Catalogue } from './en';

export const fr: Catalogue = {
  app: {
    name: 'Storepulse',
    tagline: 'Les chutes brutales des indicateurs de votre boutique, repérées et expliquées.',
    loading: 'Chargement…',
  },
  nav: {
    label: 'Navigation principale',
    home: 'Accueil',
    metrics: 'Indicateurs',
    flows: 'Flux',
    wizards: 'Assistants',
    settings: 'Réglages',
  },
  accounts: {
    switcherLabel: 'Compte',
    demo: 'démo',
    none: 'Aucun compte pour l’instant',
    title: 'Comptes',
    removeEllipsis: 'Supprimer…',
    remove: 'Le supprimer avec son cache',
    keep: 'Conserver',
    confirmRemoval: 'Supprimer {{name}} ? Ses indicateurs, flux et alertes en cache seront effacés de cet ordinateur.',
    addDemo: 'Réafficher la boutique de démonstration',
    addTitle: 'Ajouter un compte',
    keyLabel: 'Clé API privée',
    keyHint: 'Créez dans les paramètres de votre compte une clé privée en lecture seule avec les autorisations de lecture accounts, events, flows, metrics et profiles, puis collez-la ici.',
    check: 'Vérifier la clé',
    checking: 'Vérification…',
    previewLabel: 'Compte trouvé',
    trimmedNotice: 'Nous avons retiré les espaces autour de la clé collée.',
    previewText: 'Cette clé ouvre « {{name}} » ({{timezone}}, {{currency}}).',
    confirmAdd: 'Ajouter ce compte',
  },
  notifications: {
    dropTitle: '{{metric}} est en chute',
    dropTitleWithIntegration: '{{metric}} ({{integration}}) est en chute',
    dropBody: '{{account}} : {{percent}} % sous son niveau habituel depuis {{since}}. Ouvrez Storepulse pour voir les flux concernés.',
  },
  home: {
    title: 'Accueil',
    emptyTitle: 'Rien à signaler pour le moment',
    emptyBody:
      'Quand un indicateur comme Placed Order ou Added to Cart tombe nettement sous son niveau habituel pour ce compte, une alerte s’affiche ici avec les flux concernés et de quoi trouver la cause.',
  },
  metrics: {
    title: 'Indicateurs',
    emptyTitle: 'Aucun indicateur dans le cache local',
    emptyBody:
      'Après la première synchronisation, tous les indicateurs du compte apparaissent ici avec leur historique horaire et journalier, consultable même hors connexion.',
  },
  flows: {
    title: 'Flux',
    emptyTitle: 'Aucun flux dans le cache local',
    emptyBody:
      'Après la première synchronisation, vos flux apparaissent ici avec leur statut et leur déclencheur. Un flux dont l’indicateur déclencheur a chuté porte un badge.',
  },
  wizards: {
    title: 'Assistants',
    emptyTitle: 'Les vérifications guidées arriveront ici',
    emptyBody:
      'Une aide pas à pas pour passer une commande test, comprendre une chute, changer de plateforme e-commerce, rapprocher une synchronisation et demander le statut transactionnel d’un e-mail.',
  },
  settings: {
    title: 'Réglages',
    appearance: 'Apparence',
    language: 'Langue',
    languageSystem: 'Celle du système',
    theme: 'Thème',
    themeSystem: 'Celui du système',
    themeLight: 'Clair',
    themeDark: 'Sombre',
    saved: 'Réglages enregistrés.',
    about: 'À propos',
    version: 'Version {{version}}',
  },
  sync: {
    syncing: 'Synchronisation… {{percent}} %',
    progressLabel: 'Progression de la synchronisation',
    upToDate: 'À jour, synchronisé {{when}}',
    neverSynced: 'Pas encore synchronisé',
    offline: 'Hors ligne : cache du {{when}} affiché',
    missingScope: 'Action requise : la clé n’a pas l’autorisation « {{scope}} »',
    missingKey: 'Action requise : ajoutez à nouveau la clé de ce compte',
    invalidKey: 'Action requise : la clé a été refusée',
    errorRetry: 'Échec de la synchronisation ; nouvel essai {{when}}',
    error: 'Échec de la synchronisation',
    never: 'jamais',
    now: 'Synchroniser',
    cancel: 'Annuler',
  },
  languages: {
    en: 'English',
    fr: 'Français',
    de: 'Deutsch',
    pt: 'Português',
  },
  metricsScreen: {
    listTitle: 'Tous les indicateurs',
    search: 'Rechercher',
    searchPlaceholder: 'Indicateur ou intégration',
    integration: 'Intégration',
    allIntegrations: 'Toutes les intégrations',
    noIntegration: 'Sans intégration',
    shownCount_one: '{{count}} indicateur',
    shownCount_other: '{{count}} indicateurs',
    noMatch: 'Aucun indicateur ne correspond à cette recherche. Videz le champ de recherche ou choisissez « Toutes les intégrations ».',
    headlineGroup: 'Indicateurs clés',
    otherGroup: 'Autres indicateurs',
    alertBadge: 'En baisse',
    goneBadge: 'Plus reçu',
    loadingList: 'Chargement des indicateurs…',
    loadingChart: 'Chargement de l’historique…',
    activeAlert: 'Baisse en cours depuis le {{since}} : {{percent}} sous le niveau habituel.',
    range: 'Période',
    ranges: {
      '24h': '24 heures',
      '7d': '7 jours',
      '30d': '30 jours',
      '90d': '90 jours',
      '1y': '1 an',
      custom: 'Personnalisée',
    },
    from: 'Du',
    to: 'Au',
    interval: 'Regrouper par',
    intervals: {
      hour: 'Heure',
      day: 'Jour',
    },
    compare: 'Comparer avec la période précédente',
    dailyNeedsLonger: 'Pour regrouper par jour, choisissez 7 jours ou plus.',
    hourlyUpToYear: 'Le regroupement par heure est possible pour des périodes d’un an au plus.',
    hourlyBeyondCache:
      'Les chiffres horaires ne sont récupérés que pour les {{days}} derniers jours : des heures plus anciennes peuvent manquer ici. Les chiffres journaliers couvrent toute la période.',
    dateErrors: {
      'invalid-date': 'Indiquez les deux dates.',
      'end-before-start': 'La date de fin précède la date de début.',
      'too-long': 'Choisissez une période de cinq ans au plus.',
    },
    chartLabelHour: '{{metric}} : nombre par heure, avec le niveau attendu',
    chartLabelDay: '{{metric}} : nombre par jour, avec le niveau attendu',
    legend: {
      count: 'Nombre',
      expected: 'Attendu (prévision du détecteur)',
      band: 'Plage habituelle (attendu ±20 %)',
      previous: 'Période précédente',
      anomaly: 'Baisse détectée',
      marker: 'Alerte déclenchée',
    },
    thinned: 'Le graphique trace {{shown}} des {{total}} points, choisis pour garder chaque pic et chaque creux ; le tableau ci-dessous les liste tous.',
    noData: 'Rien n’est encore en cache pour cette période. Les chiffres apparaîtront ici après la prochaine synchronisation.',
    noValue: 'pas de donnée',
    tableTitle: 'Tableau des données',
    exportCsv: 'Exporter en CSV',
    columns: {
      bucket: 'Date ({{timezone}})',
      startUtc: 'Début (UTC, ISO 8601)',
      count: 'Nombre',
      expected: 'Attendu',
      previous: 'Période précédente',
    },
  },
  errors: {
    title: 'Un problème est survenu',
    retry: 'Réessayer',
    bridgeMissing:
      'Storepulse ne parvient pas à joindre son service d’arrière-plan. Fermez la fenêtre puis rouvrez l’application.',
    'unknown-channel': 'Cette fenêtre ne correspond pas à la version de l’application. Redémarrez Storepulse.',
    'invalid-input': 'Cette valeur n’a pas été acceptée. Vérifiez-la puis réessayez.',
    forbidden: 'Requête refusée : elle ne provenait pas de la fenêtre Storepulse.',
    'not-found': 'Cet élément n’existe plus.',
    internal: 'Une erreur inattendue s’est produite. Rien n’a été modifié ; réessayez dans un instant.',
    'invalid-key':
      'La clé du compte a été refusée. Vérifiez que vous avez copié toute la clé privée, sans rien avant ni après.',
    'missing-scope':
      'La clé du compte n’a pas l’autorisation « {{scope}} ». Créez une clé privée qui l’inclut, puis ajoutez à nouveau le compte.',
    'bad-request':
      'La plateforme marketing a rejeté la requête comme mal formée. Le problème vient de Storepulse : merci de le signaler.',
    'bad-response':
      'La plateforme marketing a envoyé une réponse illisible pour Storepulse ({{operation}}). Rien n’en a été enregistré ; la prochaine synchronisation réessaiera.',
    'rate-limited':
      'La plateforme marketing demande à Storepulse de ralentir. La synchronisation reprendra d’elle-même dans un instant.',
    'server-error':
      'La plateforme marketing rencontre des difficultés. Storepulse réessaiera automatiquement.',
    'timeout':
      'La plateforme marketing a mis trop de temps à répondre. Storepulse réessaiera automatiquement.',
    'unreachable':
      'Impossible de joindre la plateforme marketing. Vérifiez votre connexion ; vos données en cache restent consultables.',
    'cancelled':
      'La requête a été annulée.',
    'missing-key':
      'Ce compte n’a plus de clé enregistrée. Ajoutez-le à nouveau avec sa clé privée.',
    'secret-storage-unavailable':
      'Le trousseau de votre système n’est pas disponible : la clé ne peut pas être stockée en sécurité. Déverrouillez ou configurez le trousseau, puis réessayez.',
  },
};
