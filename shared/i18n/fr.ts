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
    syncAndDetection: 'Synchronisation et détection',
    syncInterval: 'Synchroniser toutes les',
    minutes: '{{count}} minutes',
    hours: '{{count}} heures',
    sensitivity: 'Sensibilité de la détection des chutes',
    sensitivityLow: 'Faible : seulement les chutes nettes et profondes',
    sensitivityNormal: 'Normale (recommandée)',
    sensitivityHigh: 'Élevée : aussi les chutes modérées, avec davantage de fausses alertes',
    sensitivityHelp: 'Le changement s’applique dès la prochaine synchronisation.',
    notifications: 'Notifications',
    notificationsEnabled: 'Afficher une notification sur le bureau quand un indicateur chute',
    quietHours: 'Heures calmes : aucune notification entre',
    quietStart: 'Calme à partir de',
    quietEnd: 'Calme jusqu’à',
    quietHelp: 'Les alertes déclenchées pendant les heures calmes vous attendent quand même sur l’accueil et dans le centre de notifications.',
    system: 'Sur cet ordinateur',
    launchAtLogin: 'Ouvrir Storepulse à l’ouverture de session',
    keepRunning: 'Continuer la surveillance en arrière-plan quand la fenêtre est fermée',
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
  desktop: {
    summaryTitle: '{{number}} métriques en chute dans {{account}}',
    summaryBody: '{{metrics}}. Ouvrez Storepulse pour voir les flux concernés.',
    tray: {
      tooltipNone: 'Storepulse : aucune alerte en cours',
      tooltipOne: 'Storepulse : 1 alerte en cours',
      tooltipMany: 'Storepulse : {{number}} alertes en cours',
      open: 'Ouvrir Storepulse',
      syncNow: 'Synchroniser maintenant',
      pause: 'Suspendre les notifications pendant 1 heure',
      resume: 'Reprendre les notifications (suspendues jusqu’à {{time}})',
      quit: 'Quitter Storepulse',
    },
    secrets: {
      title: 'Enregistrement de la clé',
      message: 'Cet ordinateur n’offre aucun trousseau que Storepulse puisse utiliser pour protéger la clé.',
      detail:
        'Sans trousseau (comme GNOME Keyring ou KWallet), la clé ne peut être enregistrée qu’avec une protection faible : toute personne pouvant lire vos fichiers pourrait la retrouver. Vous pouvez aussi la garder pour cette session seulement et la saisir à nouveau la prochaine fois.',
      sessionOnly: 'Garder pour cette session seulement',
      weak: 'Enregistrer avec une protection faible',
      cancel: 'Annuler',
    },
    logs: {
      title: 'Journaux',
      description: 'Storepulse tient sur cet ordinateur un journal des synchronisations et des erreurs, sans les clés. Joignez-le à un signalement de bug si on vous le demande.',
      open: 'Ouvrir le dossier des journaux',
      unavailable: 'Le dossier des journaux ne peut être ouvert que depuis l’application de bureau.',
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
