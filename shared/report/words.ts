/** Every word of the design report, in English and Spanish. */
import type { Text } from '../i18n/text.ts';

export const words = {
  documentTitle: { en: 'Design report: {name}', es: 'Informe del diseño: {name}' },
  kicker: {
    en: 'Persistent Chat design report (Lync Server 2013)',
    es: 'Informe de diseño de Chat persistente (Lync Server 2013)',
  },
  sections: {
    cover: { en: 'Cover', es: 'Portada' },
    diagram: { en: 'Diagram', es: 'Diagrama' },
    inventory: { en: 'Inventory', es: 'Inventario' },
    findings: { en: 'Findings', es: 'Hallazgos' },
    failures: { en: 'Failure table', es: 'Tabla de fallos' },
    runbooks: { en: 'Runbook summary', es: 'Resumen de los procedimientos' },
    appendix: { en: 'Appendix: rule sources', es: 'Apéndice: fuentes de las reglas' },
  },
  contents: { en: 'Contents', es: 'Contenido' },
  date: { en: 'Date', es: 'Fecha' },
  noDescription: { en: 'The design has no description.', es: 'El diseño no tiene descripción.' },
  findingCounts: { en: 'Findings of the rule engine', es: 'Hallazgos del motor de reglas' },
  errors: { en: 'Errors', es: 'Errores' },
  warnings: { en: 'Warnings', es: 'Advertencias' },
  info: { en: 'Information', es: 'Información' },
  pools: { en: 'Persistent Chat pools', es: 'Grupos de Chat persistente' },
  dataCenters: { en: 'Data centers', es: 'Centros de datos' },
  noDiagram: {
    en: 'The picture of the design is not included in this report.',
    es: 'La imagen del diseño no se incluye en este informe.',
  },
  noPool: {
    en: 'This design has no Persistent Chat pool, so there is nothing to show here.',
    es: 'Este diseño no tiene ningún grupo de Chat persistente, así que aquí no hay nada que mostrar.',
  },
  none: { en: 'None.', es: 'Ninguno.' },
  dash: { en: '–', es: '–' },
  pool: { en: 'Pool {pool}', es: 'Grupo {pool}' },

  servers: { en: 'Persistent Chat servers', es: 'Servidores de Chat persistente' },
  fqdn: { en: 'FQDN', es: 'FQDN' },
  dataCenter: { en: 'Data center', es: 'Centro de datos' },
  poolCol: { en: 'Pool', es: 'Grupo' },
  state: { en: 'State', es: 'Estado' },
  adDomain: { en: 'AD domain', es: 'Dominio de AD' },
  active: { en: 'active', es: 'activo' },
  idle: { en: 'idle', es: 'inactivo' },
  noServers: {
    en: 'The design has no Persistent Chat server.',
    es: 'El diseño no tiene ningún servidor de Chat persistente.',
  },

  sql: { en: 'SQL Server instances', es: 'Instancias de SQL Server' },
  instance: { en: 'Server\\instance', es: 'Servidor\\instancia' },
  version: { en: 'Version', es: 'Versión' },
  edition: { en: 'Edition', es: 'Edición' },
  roles: { en: 'Role', es: 'Función' },
  mirroringPort: { en: 'Mirroring port', es: 'Puerto de reflejo' },
  unused: { en: 'no store of a pool', es: 'ningún almacén de un grupo' },
  noSql: {
    en: 'The design has no SQL Server instance.',
    es: 'El diseño no tiene ninguna instancia de SQL Server.',
  },
  part: {
    instance: { en: '{role} of {pool}', es: '{role} de {pool}' },
    mirror: { en: 'mirror of the {role} of {pool}', es: 'reflejo del {role} de {pool}' },
    witness: { en: 'witness of the {role} of {pool}', es: 'testigo del {role} de {pool}' },
  },
  editions: {
    express: { en: 'Express', es: 'Express' },
    web: { en: 'Web', es: 'Web' },
    workgroup: { en: 'Workgroup', es: 'Workgroup' },
    standard: { en: 'Standard', es: 'Standard' },
    enterprise: { en: 'Enterprise', es: 'Enterprise' },
  },

  shares: { en: 'Shares and file stores', es: 'Recursos compartidos y almacenes de archivos' },
  unc: { en: 'UNC path', es: 'Ruta UNC' },
  purpose: { en: 'Purpose', es: 'Uso' },
  permissions: { en: 'Who needs what', es: 'Quién necesita qué' },
  rules: { en: 'Rules', es: 'Reglas' },
  purposes: {
    'file-store': { en: 'Persistent Chat file store', es: 'Almacén de archivos de Chat persistente' },
    'log-backup': { en: 'Log-shipping backups', es: 'Copias del trasvase de registros' },
    'log-copy': { en: 'Copy destination of log shipping', es: 'Destino de las copias del trasvase' },
    mirroring: { en: 'Mirroring setup', es: 'Configuración del reflejo' },
  },
  noPoolUses: { en: 'No pool uses it.', es: 'Ningún grupo lo usa.' },
  noShares: {
    en: 'The design has no share and no file store.',
    es: 'El diseño no tiene recursos compartidos ni almacenes de archivos.',
  },

  ports: { en: 'Ports to open', es: 'Puertos que abrir' },
  computer: { en: 'Computer', es: 'Equipo' },
  tcpPort: { en: 'TCP port', es: 'Puerto TCP' },
  forWhat: { en: 'For', es: 'Para' },

  logShipping: { en: 'Log-shipping schedule', es: 'Programación del trasvase de registros' },
  setting: { en: 'Setting', es: 'Parámetro' },
  value: { en: 'Value', es: 'Valor' },
  backupEvery: { en: 'Back up the log every', es: 'Copia del registro cada' },
  copyEvery: { en: 'Copy to the secondary every', es: 'Copia al secundario cada' },
  restoreEvery: { en: 'Restore on the secondary every', es: 'Restauración en el secundario cada' },
  restoreDelay: {
    en: 'Delay restoring backups at least',
    es: 'Retrasar la restauración de las copias al menos',
  },
  restoreMode: { en: 'Restore mode', es: 'Modo de restauración' },
  noRecovery: { en: 'No recovery mode', es: 'Modo sin recuperación' },
  standby: { en: 'Standby mode', es: 'Modo en espera' },
  logBackupShare: { en: 'Log-backup share', es: 'Recurso de copias de registro' },
  logCopyShare: { en: 'Copy destination', es: 'Destino de las copias' },
  minutes: { en: '{n} min', es: '{n} min' },
  notInDesign: { en: '(not in the design)', es: '(no está en el diseño)' },
  noLogShipping: {
    en: 'Disaster recovery is off for this pool: it has no backup store and no log shipping.',
    es: 'La recuperación ante desastres está desactivada en este grupo: no tiene almacén de copia ni trasvase de registros.',
  },

  capacity: { en: 'Capacity against the limits', es: 'Capacidad frente a los límites' },
  figure: { en: 'Figure', es: 'Cifra' },
  designed: { en: 'Design', es: 'Diseño' },
  limit: { en: 'Limit', es: 'Límite' },
  verdict: { en: 'Verdict', es: 'Resultado' },
  within: { en: 'within the limit', es: 'dentro del límite' },
  over: { en: 'over the limit', es: 'por encima del límite' },
  notEstimated: { en: 'not estimated', es: 'sin estimar' },
  activeServers: { en: 'Active servers', es: 'Servidores activos' },
  poolServers: {
    en: 'Servers in the pool (active and idle)',
    es: 'Servidores del grupo (activos e inactivos)',
  },
  carried: {
    en: 'Concurrent users the active servers carry ({per} per active server)',
    es: 'Usuarios simultáneos que soportan los servidores activos ({per} por servidor activo)',
  },
  expected: {
    en: 'Expected concurrent users, against what the active servers carry',
    es: 'Usuarios simultáneos previstos, frente a lo que soportan los servidores activos',
  },
  aces: { en: 'Chat-room access control entries', es: 'Entradas de control de acceso de los salones' },
  deployment: { en: 'The whole deployment (every pool)', es: 'Toda la implementación (todos los grupos)' },
  totalConcurrent: { en: 'Expected concurrent users', es: 'Usuarios simultáneos previstos' },
  totalProvisioned: { en: 'Provisioned users', es: 'Usuarios aprovisionados' },

  severity: { en: 'Severity', es: 'Gravedad' },
  count: { en: 'Findings', es: 'Hallazgos' },
  rule: { en: 'Rule', es: 'Regla' },
  message: { en: 'Message', es: 'Mensaje' },
  elements: { en: 'Elements', es: 'Elementos' },
  documentation: { en: 'Documentation', es: 'Documentación' },
  also: { en: 'also {ids}', es: 'también {ids}' },
  noFindings: { en: 'No finding of this severity.', es: 'Ningún hallazgo de esta gravedad.' },
  findingsIntro: {
    en: 'What the rule engine (pchat-topology validate) reports for this design, in the order it reports it.',
    es: 'Lo que el motor de reglas (pchat-topology validate) indica para este diseño, en el orden en que lo indica.',
  },

  failuresIntro: {
    en: 'Each failure was simulated on its own, and so were the combinations the documentation walks through (pchat-topology failures).',
    es: 'Cada fallo se simuló por separado, igual que las combinaciones que describe la documentación (pchat-topology failures).',
  },
  failuresUnavailable: {
    en: 'The failure table of pool {pool} could not be worked out: {reason}',
    es: 'No se pudo calcular la tabla de fallos del grupo {pool}: {reason}',
  },

  failover: { en: 'Failover', es: 'Conmutación por error' },
  failback: { en: 'Failback', es: 'Conmutación por recuperación' },
  deploy: { en: 'Deployment checklist', es: 'Lista de comprobación de la implantación' },
  step: { en: 'Step', es: 'Paso' },
  title: { en: 'What to do', es: 'Qué hacer' },
  optional: { en: '(optional)', es: '(opcional)' },
  noProcedure: {
    en: 'Not available for this design: {reason}',
    es: 'No disponible para este diseño: {reason}',
  },
  runbooksIntro: {
    en: 'The steps only; pchat-topology runbook writes each procedure in full, with its PowerShell and T-SQL.',
    es: 'Solo los pasos; pchat-topology runbook escribe cada procedimiento completo, con su PowerShell y su T-SQL.',
  },

  abbreviation: { en: 'Abbreviation', es: 'Abreviatura' },
  file: { en: 'Document', es: 'Documento' },
  topicDate: { en: 'Topic date', es: 'Fecha del tema' },
  appendixIntro: {
    en: 'The documents this report cites, as the rule catalogue lists them. Unless a document names its repository, it is in {repo}.',
    es: 'Los documentos que cita este informe, tal como los enumera el catálogo de reglas. Salvo que un documento indique su repositorio, está en {repo}.',
  },
  noSources: { en: 'This report cites no source.', es: 'Este informe no cita ninguna fuente.' },
} as const;

/** The type check that every entry, however deep, is a Text. */
type Texts = { readonly [key: string]: Text | Texts };
export const _everyWordIsAText: Texts = words;
