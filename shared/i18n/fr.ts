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
  homeScreen: {
    loading: 'Chargement de la vue d’ensemble du compte…',
    context: '{{account}} · heures dans le fuseau du compte ({{timezone}})',
    noAccountTitle: 'Aucun compte à surveiller pour l’instant',
    noAccountBody:
      'Ajoutez un compte avec sa clé API privée dans les Réglages, ou réaffichez la boutique de démonstration. Ses alertes, ses indicateurs clés et les causes probables s’afficheront ici.',
    openSettings: 'Ouvrir les Réglages',
    metricWithIntegration: '{{metric}} ({{integration}})',
    alertsHeading: 'À traiter',
    bannerDrop: '{{metric}} est inférieur de {{percent}} au niveau attendu depuis {{since}}',
    bannerStopped: '{{metric}} s’est arrêté : plus rien d’enregistré depuis {{since}}',
    flowsAffected: 'Flux déclenchés par cet indicateur : {{flows}}.',
    noFlowsAffected: 'Aucun flux n’est déclenché par cet indicateur.',
    viewFlows: 'Voir les flux concernés',
    troubleshoot: 'Trouver la cause',
    dismiss: 'Ignorer',
    snooze: 'Mettre en veille',
    snoozeFor: 'Mettre en veille pendant',
    dismissed: '{{metric}} : alerte ignorée. Elle reviendra si l’indicateur chute à nouveau.',
    snoozed: '{{metric}} : en veille jusqu’au {{date}}. Si la chute dure encore à cette date, les alertes reprendront.',
    sync: {
      heading: 'Données',
      syncing: 'Synchronisation : {{percent}} effectués.',
      progressLabel: 'Progression de la synchronisation',
      fetching: 'Récupération de {{metric}}…',
      upToDate: 'À jour : dernière synchronisation le {{when}}.',
      neverSynced: 'Pas encore synchronisé : la première synchronisation va démarrer.',
      offline: 'Hors ligne : affichage du cache du {{when}} ({{age}}).',
      offlineEmpty: 'Hors ligne, et rien n’est encore en cache pour ce compte.',
      failed: 'La dernière synchronisation a échoué. {{reason}}',
      nextTry: 'Prochain essai : {{when}}.',
      fixInSettings: 'Corriger dans les Réglages',
    },
    firstSyncTitle: 'Première synchronisation en cours',
    firstSyncBody:
      'Storepulse copie sur cet ordinateur les indicateurs, les flux et l’historique du compte. Comptez une minute ou deux : cette page se remplit dès que c’est terminé.',
    noDataTitle: 'Pas encore de données pour ce compte',
    noDataBody:
      'La dernière synchronisation n’a trouvé aucun indicateur. Dès que la boutique enverra des événements comme Placed Order, ils apparaîtront ici après la synchronisation suivante.',
    headlinesHeading: 'Dernières 24 heures',
    headlinesWindow: 'Heures complètes jusqu’à {{time}}, comparées à ce que le détecteur attendait pour chacune.',
    headlinesLoading: 'Chargement des dernières 24 heures…',
    headlinesEmpty:
      'Ce compte n’a encore aucun des indicateurs e-commerce clés (Placed Order, Started Checkout, Added to Cart, Viewed Product).',
    expectedCount: 'attendu : {{value}}',
    change: '{{change}} par rapport à l’attendu',
    noExpectation: 'Pas encore de valeur attendue : le détecteur a besoin de plus d’historique.',
    diagnosesHeading: 'Causes probables',
    flowStatus: {
      live: 'actif',
      manual: 'manuel',
      draft: 'brouillon',
    },
    diagnosis: {
      metrics: 'Indicateurs',
      since: 'Depuis',
      depth: 'Activité manquante',
      depthValue: '{{percent}} sous le niveau attendu',
      flows: 'Flux concernés',
      onsiteTitle: 'Le suivi sur le site semble cassé',
      onsiteEvidence:
        'Baisse de {{metrics}}, alors que les commandes continuent d’arriver : ce sont les événements enregistrés sur le site lui-même qui manquent.',
      onsiteTheme:
        'Sur {{platform}}, ces événements proviennent d’extraits de code placés dans le thème de la boutique. Après un changement de thème, il faut réinstaller ces extraits.',
      onsiteScript: 'Vérifiez que le code de suivi est toujours installé sur toutes les pages de la boutique.',
      switchTitle: 'Des flux attendent encore {{legacy}} depuis le passage à {{next}}',
      switchEvidence: 'Les commandes arrivent désormais de {{next}}, et {{legacy}} ne transmet plus rien.',
      switchReplacement: '{{metric}} de {{legacy}} est remplacé par {{metric}} de {{next}}.',
      switchFlows:
        'Ces flux sont encore déclenchés par des indicateurs de {{legacy}} : plus aucun nouveau contact n’y entre. Un déclencheur ne se modifie pas ; dupliquez chaque flux en choisissant l’indicateur de {{next}} comme déclencheur.',
      switchNoFlows: 'Plus aucun flux ne dépend des indicateurs de {{legacy}}.',
      outageTitle: '{{integration}} n’envoie plus de données',
      outageEvidence: 'Tous les indicateurs de {{integration}} ont chuté en même temps.',
      outageChecks:
        'Vérifiez que l’intégration est toujours activée, que l’URL de la boutique et les clés sont correctes, et si la plateforme signale une panne.',
      outageCustom:
        '{{integration}} est une intégration sur mesure, développée et exploitée en dehors de la plateforme : c’est à l’équipe qui l’a construite de l’examiner.',
      statusPage: 'Page d’état de {{integration}}',
      orderTitle: 'Les commandes passées sur {{integration}} n’arrivent plus',
      orderEvidence: 'Placed Order de {{integration}} a chuté, alors que le reste de l’activité de la boutique continue.',
      orderIgnored: '{{platform}} ne compte pas comme passées les commandes dans ces statuts : {{statuses}}.',
      orderRequired: '{{platform}} ne compte une commande comme passée que dans ce statut : {{statuses}}.',
      orderPlugin:
        'Started Checkout s’est arrêté aussi : le module ou l’extension {{integration}} est la cause probable. Mettez-le à jour vers la dernière version.',
      noOrdersTitle: 'Aucune commande reçue récemment',
      noOrdersSince: 'Le dernier événement Placed Order est arrivé le {{date}} (total reçu : {{total}}).',
      noOrdersEver: 'Aucun événement Placed Order n’a jamais été reçu.',
      noOrdersTestOrder:
        'Une nouvelle boutique n’a peut-être simplement pas encore eu de commande. Une commande test, remboursée aussitôt, montre si le suivi fonctionne.',
    },
  },
  notificationCentre: {
    bell: 'Notifications',
    bellUnread: 'Notifications, non lues : {{unread}}',
    title: 'Notifications',
    close: 'Fermer',
    systemHeading: 'Synchronisation et clés',
    alertsHeading: 'Alertes',
    empty:
      'Aucune alerte pour l’instant. Quand un indicateur chute brutalement, l’épisode s’affiche ici, avec le moment où il a été ignoré, mis en veille ou résolu.',
    new: 'Nouveau',
    depth: '{{percent}} sous le niveau attendu',
    stopped: 'Arrêt complet : plus rien d’enregistré',
    openSettings: 'Ouvrir les Réglages',
    state: {
      active: 'Active',
      dismissed: 'Ignorée',
      snoozed: 'En veille',
      snoozedUntil: 'En veille jusqu’au {{date}}',
      resolved: 'Résolue',
    },
    reason: {
      fired: 'Chute détectée',
      'fired-while-snoozed': 'Chute détectée pendant une mise en veille (sans notification)',
      dismissed: 'Ignorée',
      snoozed: 'Mise en veille',
      'snooze-expired': 'Fin de la mise en veille, la chute continue',
      recovered: 'Retour à la normale',
      superseded: 'Remplacée par une chute plus récente',
    },
    keyRefused: '{{account}} : la clé a été refusée. Ajoutez à nouveau le compte avec une clé privée valide.',
    keyMissingScope:
      '{{account}} : la clé n’a pas l’autorisation « {{scope}} ». Créez une clé qui l’inclut et ajoutez à nouveau le compte.',
    keyMissing: '{{account}} : la clé n’est plus enregistrée. Ajoutez à nouveau le compte avec sa clé privée.',
    syncFailed: '{{account}} : la dernière synchronisation a échoué. {{reason}}',
    syncFailedRetry: '{{account}} : la dernière synchronisation a échoué. {{reason}} Prochain essai {{when}}.',
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
