import type { Catalogue } from './en';

export const pt: Catalogue = {
  app: {
    name: 'Storepulse',
    tagline: 'Quedas bruscas nas métricas da sua loja, detectadas e explicadas.',
    loading: 'Carregando…',
  },
  nav: {
    label: 'Navegação principal',
    home: 'Início',
    metrics: 'Métricas',
    flows: 'Fluxos',
    wizards: 'Assistentes',
    settings: 'Configurações',
  },
  accounts: {
    switcherLabel: 'Conta',
    demo: 'demo',
    none: 'Nenhuma conta ainda',
    title: 'Contas',
    removeEllipsis: 'Remover…',
    remove: 'Remover com o cache',
    keep: 'Manter',
    confirmRemoval: 'Remover {{name}}? As métricas, fluxos e alertas em cache serão apagados deste computador.',
    addDemo: 'Mostrar de novo a loja de demonstração',
    addTitle: 'Adicionar uma conta',
    keyLabel: 'Chave de API privada',
    keyHint: 'Crie nas configurações da sua conta uma chave privada somente leitura com as permissões de leitura accounts, events, flows, metrics e profiles e cole-a aqui.',
    check: 'Verificar a chave',
    checking: 'Verificando…',
    previewLabel: 'Conta encontrada',
    trimmedNotice: 'Removemos espaços em volta da chave colada.',
    previewText: 'Esta chave abre “{{name}}” ({{timezone}}, {{currency}}).',
    confirmAdd: 'Adicionar esta conta',
  },
  notifications: {
    dropTitle: '{{metric}} caiu',
    dropTitleWithIntegration: '{{metric}} ({{integration}}) caiu',
    dropBody: '{{account}}: {{percent}}% abaixo do nível habitual desde {{since}}. Abra o Storepulse para ver os fluxos afetados.',
  },
  home: {
    title: 'Início',
    emptyTitle: 'Tudo tranquilo por enquanto',
    emptyBody:
      'Quando uma métrica como Placed Order ou Added to Cart cai bem abaixo do que esta conta costuma registrar, um alerta aparece aqui com os fluxos afetados e um caminho para achar a causa.',
  },
  metrics: {
    title: 'Métricas',
    emptyTitle: 'Ainda não há métricas no cache local',
    emptyBody:
      'Depois da primeira sincronização, todas as métricas da conta aparecem aqui com o histórico por hora e por dia, para você consultar até sem internet.',
  },
  flows: {
    title: 'Fluxos',
    emptyTitle: 'Ainda não há fluxos no cache local',
    emptyBody:
      'Depois da primeira sincronização, seus fluxos aparecem aqui com status e gatilho. Um fluxo cuja métrica de gatilho caiu recebe um selo.',
  },
  wizards: {
    title: 'Assistentes',
    emptyTitle: 'As verificações guiadas vão ficar aqui',
    emptyBody:
      'Ajuda passo a passo para fazer um pedido de teste, investigar uma queda, trocar de plataforma de e-commerce, conferir uma sincronização e solicitar o status transacional de um e-mail.',
  },
  settings: {
    title: 'Configurações',
    appearance: 'Aparência',
    language: 'Idioma',
    languageSystem: 'Igual ao do sistema',
    theme: 'Tema',
    themeSystem: 'Igual ao do sistema',
    themeLight: 'Claro',
    themeDark: 'Escuro',
    saved: 'Configurações salvas.',
    about: 'Sobre',
    version: 'Versão {{version}}',
  },
  sync: {
    syncing: 'Sincronizando… {{percent}}%',
    progressLabel: 'Progresso da sincronização',
    upToDate: 'Atualizado, sincronizado {{when}}',
    neverSynced: 'Ainda não sincronizado',
    offline: 'Sem conexão: mostrando o cache de {{when}}',
    missingScope: 'Requer atenção: a chave não tem a permissão “{{scope}}”',
    missingKey: 'Requer atenção: adicione de novo a chave desta conta',
    invalidKey: 'Requer atenção: a chave foi recusada',
    errorRetry: 'A sincronização falhou; nova tentativa {{when}}',
    error: 'A sincronização falhou',
    never: 'nunca',
    now: 'Sincronizar agora',
    cancel: 'Cancelar',
  },
  languages: {
    en: 'English',
    fr: 'Français',
    de: 'Deutsch',
    pt: 'Português',
  },
  homeScreen: {
    loading: 'Carregando o panorama da conta…',
    context: '{{account}} · horários no fuso da conta ({{timezone}})',
    noAccountTitle: 'Nenhuma conta para acompanhar ainda',
    noAccountBody:
      'Adicione uma conta com a chave de API privada em Configurações ou traga de volta a loja de demonstração. Os alertas, as métricas principais e as causas prováveis dela aparecem aqui.',
    openSettings: 'Abrir Configurações',
    metricWithIntegration: '{{metric}} ({{integration}})',
    alertsHeading: 'Precisa da sua atenção',
    bannerDrop: '{{metric}} está {{percent}} abaixo do esperado desde {{since}}',
    bannerStopped: '{{metric}} parou: nada registrado desde {{since}}',
    flowsAffected: 'Fluxos acionados por esta métrica: {{flows}}.',
    noFlowsAffected: 'Nenhum fluxo é acionado por esta métrica.',
    viewFlows: 'Ver fluxos afetados',
    troubleshoot: 'Investigar a causa',
    dismiss: 'Dispensar',
    snooze: 'Silenciar',
    snoozeFor: 'Silenciar por',
    dismissed: '{{metric}}: alerta dispensado. Ele volta se a métrica cair de novo.',
    snoozed: '{{metric}}: silenciado até {{date}}. Se a queda continuar nessa data, os alertas voltam.',
    sync: {
      heading: 'Dados',
      syncing: 'Sincronizando: {{percent}} concluído.',
      progressLabel: 'Progresso da sincronização',
      fetching: 'Buscando {{metric}}…',
      upToDate: 'Atualizado: última sincronização em {{when}}.',
      neverSynced: 'Ainda não sincronizado: a primeira sincronização começa em instantes.',
      offline: 'Sem conexão: mostrando o cache de {{when}} ({{age}}).',
      offlineEmpty: 'Sem conexão, e ainda não há nada em cache para esta conta.',
      failed: 'A última sincronização falhou. {{reason}}',
      nextTry: 'Próxima tentativa: {{when}}.',
      fixInSettings: 'Corrigir em Configurações',
    },
    firstSyncTitle: 'Primeira sincronização em andamento',
    firstSyncBody:
      'O Storepulse está copiando as métricas, os fluxos e o histórico desta conta para este computador. Leva um ou dois minutos, e esta página se preenche assim que terminar.',
    noDataTitle: 'Ainda não há dados desta conta',
    noDataBody:
      'A última sincronização não encontrou métricas. Assim que a loja enviar eventos como Placed Order, eles aparecem aqui depois da próxima sincronização.',
    headlinesHeading: 'Últimas 24 horas',
    headlinesWindow: 'Horas completas até {{time}}, comparadas com o que o detector esperava para cada uma.',
    headlinesLoading: 'Carregando as últimas 24 horas…',
    headlinesEmpty:
      'Esta conta ainda não tem nenhuma das principais métricas de e-commerce (Placed Order, Started Checkout, Added to Cart, Viewed Product).',
    expectedCount: 'esperado: {{value}}',
    change: '{{change}} em relação ao esperado',
    noExpectation: 'Ainda sem valor esperado: o detector precisa de mais histórico.',
    diagnosesHeading: 'Causas prováveis',
    flowStatus: {
      live: 'ativo',
      manual: 'manual',
      draft: 'rascunho',
    },
    diagnosis: {
      metrics: 'Métricas',
      since: 'Desde',
      depth: 'Atividade em falta',
      depthValue: '{{percent}} abaixo do esperado',
      flows: 'Fluxos envolvidos',
      onsiteTitle: 'O rastreamento no site parece quebrado',
      onsiteEvidence:
        'Queda em {{metrics}}, enquanto os pedidos continuam chegando: faltam justamente os eventos registrados no próprio site.',
      onsiteTheme:
        'Na {{platform}}, esses eventos vêm de trechos de código no tema da loja. Um tema novo ou alterado precisa que esses trechos sejam instalados de novo.',
      onsiteScript: 'Confira se o código de rastreamento continua instalado em todas as páginas da loja.',
      switchTitle: 'Há fluxos ainda esperando a {{legacy}} depois da mudança para a {{next}}',
      switchEvidence: 'Os pedidos agora chegam pela {{next}}, e a {{legacy}} parou de enviar dados.',
      switchReplacement: '{{metric}} da {{legacy}} foi substituída por {{metric}} da {{next}}.',
      switchFlows:
        'Estes fluxos ainda são acionados por métricas da {{legacy}}, então nenhum contato novo entra neles. O gatilho não pode ser alterado: clone cada fluxo e escolha a métrica da {{next}} como gatilho.',
      switchNoFlows: 'Nenhum fluxo depende mais das métricas da {{legacy}}.',
      outageTitle: '{{integration}} parou de enviar dados',
      outageEvidence: 'Todas as métricas de {{integration}} caíram ao mesmo tempo.',
      outageChecks:
        'Confira se a integração continua ativada, se a URL da loja e as chaves estão corretas e se a plataforma informa alguma instabilidade.',
      outageCustom:
        '{{integration}} é uma integração personalizada, criada e mantida fora da plataforma: quem a desenvolveu precisa dar uma olhada.',
      statusPage: 'Página de status de {{integration}}',
      orderTitle: 'Os pedidos feitos em {{integration}} não estão chegando',
      orderEvidence: 'Placed Order de {{integration}} caiu, enquanto o resto da atividade da loja continua.',
      orderIgnored: '{{platform}} não conta como feitos os pedidos nestes status: {{statuses}}.',
      orderRequired: '{{platform}} só conta um pedido como feito neste status: {{statuses}}.',
      orderPlugin:
        'Started Checkout também parou: o plugin ou a extensão de {{integration}} é a causa provável. Atualize para a versão mais recente.',
      noOrdersTitle: 'Nenhum pedido recebido recentemente',
      noOrdersSince: 'O último evento Placed Order chegou em {{date}} (total recebido: {{total}}).',
      noOrdersEver: 'Nenhum evento Placed Order foi recebido até hoje.',
      noOrdersTestOrder:
        'Uma loja nova pode simplesmente ainda não ter recebido pedidos. Um pedido de teste, reembolsado logo em seguida, mostra se o rastreamento funciona.',
    },
  },
  notificationCentre: {
    bell: 'Notificações',
    bellUnread: 'Notificações, não lidas: {{unread}}',
    title: 'Notificações',
    close: 'Fechar',
    systemHeading: 'Sincronização e chaves',
    alertsHeading: 'Alertas',
    empty:
      'Nenhum alerta até agora. Quando uma métrica cai de forma brusca, o episódio aparece aqui, com o momento em que foi dispensado, silenciado ou resolvido.',
    new: 'Novo',
    depth: '{{percent}} abaixo do esperado',
    stopped: 'Parou: nada registrado',
    openSettings: 'Abrir Configurações',
    state: {
      active: 'Ativo',
      dismissed: 'Dispensado',
      snoozed: 'Silenciado',
      snoozedUntil: 'Silenciado até {{date}}',
      resolved: 'Resolvido',
    },
    reason: {
      fired: 'Queda detectada',
      'fired-while-snoozed': 'Queda detectada durante o silenciamento (sem notificação)',
      dismissed: 'Dispensado',
      snoozed: 'Silenciado',
      'snooze-expired': 'Fim do silenciamento, a queda continua',
      recovered: 'De volta ao normal',
      superseded: 'Substituído por uma queda mais recente',
    },
    keyRefused: '{{account}}: a chave foi recusada. Adicione a conta de novo com uma chave privada válida.',
    keyMissingScope:
      '{{account}}: a chave não tem a permissão “{{scope}}”. Crie uma chave que a inclua e adicione a conta de novo.',
    keyMissing: '{{account}}: a chave não está mais salva. Adicione a conta de novo com a chave privada dela.',
    syncFailed: '{{account}}: a última sincronização falhou. {{reason}}',
    syncFailedRetry: '{{account}}: a última sincronização falhou. {{reason}} Próxima tentativa {{when}}.',
  },
  errors: {
    title: 'Algo deu errado',
    retry: 'Tentar de novo',
    bridgeMissing:
      'O Storepulse não consegue falar com o serviço em segundo plano. Feche a janela e abra o aplicativo de novo.',
    'unknown-channel': 'Esta janela não corresponde à versão do aplicativo. Reinicie o Storepulse.',
    'invalid-input': 'Esse valor não foi aceito. Confira e tente de novo.',
    forbidden: 'A solicitação foi recusada porque não veio da janela do Storepulse.',
    'not-found': 'Este item não existe mais.',
    internal: 'Ocorreu um erro inesperado. Nada foi alterado; tente de novo daqui a pouco.',
    'invalid-key':
      'A chave da conta foi recusada. Confira se você copiou a chave privada inteira, sem nada antes ou depois.',
    'missing-scope':
      'A chave da conta não tem a permissão “{{scope}}”. Crie uma chave privada que a inclua e adicione a conta de novo.',
    'bad-request':
      'A plataforma de marketing recusou a solicitação por estar malformada. O problema é do Storepulse; por favor, informe-nos.',
    'bad-response':
      'A plataforma de marketing enviou uma resposta que o Storepulse não conseguiu ler ({{operation}}). Nada dela foi salvo; a próxima sincronização tentará de novo.',
    'rate-limited':
      'A plataforma de marketing pediu ao Storepulse que diminuísse o ritmo. A sincronização continua sozinha em instantes.',
    'server-error':
      'A plataforma de marketing está com problemas no momento. O Storepulse tentará de novo automaticamente.',
    'timeout':
      'A plataforma de marketing demorou demais para responder. O Storepulse tentará de novo automaticamente.',
    'unreachable':
      'Não foi possível acessar a plataforma de marketing. Verifique sua conexão; os dados em cache continuam disponíveis.',
    'cancelled':
      'A solicitação foi cancelada.',
    'missing-key':
      'Esta conta não tem mais uma chave salva. Adicione a conta de novo com a chave privada.',
    'secret-storage-unavailable':
      'O chaveiro do seu sistema não está disponível, então a chave não pode ser guardada com segurança. Desbloqueie ou configure o chaveiro e tente de novo.',
  },
};
