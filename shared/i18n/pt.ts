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
    syncAndDetection: 'Sincronização e detecção',
    syncInterval: 'Sincronizar a cada',
    minutes: '{{count}} minutos',
    hours: '{{count}} horas',
    sensitivity: 'Sensibilidade da detecção de quedas',
    sensitivityLow: 'Baixa: só quedas fortes e claras',
    sensitivityNormal: 'Normal (recomendada)',
    sensitivityHigh: 'Alta: também quedas menores, com mais alarmes falsos',
    sensitivityHelp: 'A mudança vale a partir da próxima sincronização.',
    notifications: 'Notificações',
    notificationsEnabled: 'Mostrar uma notificação na área de trabalho quando uma métrica cair',
    quietHours: 'Horário de silêncio: nenhuma notificação entre',
    quietStart: 'Silêncio a partir de',
    quietEnd: 'Silêncio até',
    quietHelp: 'Os alertas disparados no horário de silêncio continuam à sua espera no Início e na central de notificações.',
    system: 'Neste computador',
    launchAtLogin: 'Abrir o Storepulse ao iniciar a sessão',
    keepRunning: 'Continuar vigiando em segundo plano quando a janela estiver fechada',
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
  desktop: {
    summaryTitle: '{{number}} métricas caíram em {{account}}',
    summaryBody: '{{metrics}}. Abra o Storepulse para ver os fluxos afetados.',
    tray: {
      tooltipNone: 'Storepulse: nenhum alerta ativo',
      tooltipOne: 'Storepulse: 1 alerta ativo',
      tooltipMany: 'Storepulse: {{number}} alertas ativos',
      open: 'Abrir o Storepulse',
      syncNow: 'Sincronizar agora',
      pause: 'Pausar notificações por 1 hora',
      resume: 'Retomar notificações (pausadas até {{time}})',
      quit: 'Sair do Storepulse',
    },
    secrets: {
      title: 'Guardar a chave',
      message: 'Este computador não tem um chaveiro que o Storepulse possa usar para proteger a chave.',
      detail:
        'Sem chaveiro (como o GNOME Keyring ou o KWallet), a chave só pode ser guardada com proteção fraca: quem conseguir ler os seus arquivos poderia recuperá-la. Em vez disso, você pode mantê-la apenas nesta sessão e digitá-la de novo na próxima vez.',
      sessionOnly: 'Manter só nesta sessão',
      weak: 'Guardar com proteção fraca',
      cancel: 'Cancelar',
    },
    logs: {
      title: 'Registros',
      description: 'O Storepulse mantém neste computador um registro das sincronizações e dos erros, sem as chaves. Anexe-o a um relatório de erro se for pedido.',
      open: 'Abrir a pasta de registros',
      unavailable: 'A pasta de registros só pode ser aberta no aplicativo para desktop.',
    },
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
