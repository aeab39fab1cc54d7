/**
 * The words of the picture, in English and Spanish. They repeat the canvas's catalogue
 * (renderer/i18n: relations, roles, slots, legend, whatif.marks) because shared/ cannot read
 * the renderer's; a picture must say what the canvas says.
 */
import type { Text } from '../i18n/text.ts';
import type { RelationKind, ShareSlot } from '../model/relations.ts';
import type { ElementKind, Severity, StoreRole } from '../model/types.ts';

export const relationWords: Record<RelationKind, Text> = {
  nextHop: { en: 'Next hop', es: 'Siguiente salto' },
  member: { en: 'Pool member', es: 'Miembro del grupo' },
  store: { en: 'Store', es: 'Almacén' },
  mirror: { en: 'Mirroring', es: 'Creación de reflejo' },
  witness: { en: 'Witness', es: 'Testigo' },
  logShipping: { en: 'Log shipping', es: 'Trasvase de registros' },
  fileStore: { en: 'File store', es: 'Almacén de archivos' },
  share: { en: 'Share', es: 'Recurso compartido' },
};

export const legendWords: Record<RelationKind, Text> = {
  nextHop: {
    en: 'the Front End pool that routes to the pool',
    es: 'el grupo front-end que enruta hacia el grupo',
  },
  member: { en: 'a server of the pool', es: 'un servidor del grupo' },
  store: { en: 'a SQL Server store of the pool', es: 'un almacén SQL Server del grupo' },
  mirror: { en: 'a store to its SQL mirror', es: 'un almacén hacia su reflejo SQL' },
  witness: { en: 'a store to its mirroring witness', es: 'un almacén hacia su testigo de reflejo' },
  logShipping: {
    en: 'a store to its backup store in the other data center',
    es: 'un almacén hacia su copia de seguridad en el otro centro de datos',
  },
  fileStore: { en: 'the pool’s file store', es: 'el almacén de archivos del grupo' },
  share: {
    en: 'a log-shipping or mirroring share',
    es: 'un recurso compartido de trasvase de registros o de reflejo',
  },
};

export const roleWords: Record<StoreRole, Text> = {
  primary: { en: 'primary', es: 'principal' },
  backup: { en: 'backup', es: 'copia de seguridad' },
  compliance: { en: 'compliance', es: 'cumplimiento' },
  complianceBackup: { en: 'compliance backup', es: 'copia de cumplimiento' },
};

export const slotWords: Record<ShareSlot, Text> = {
  'log-backup': { en: 'Log backup share', es: 'Recurso de copias de registros' },
  'log-copy': { en: 'Log copy share', es: 'Recurso de registros copiados' },
  mirroring: { en: 'Mirroring share', es: 'Recurso de creación de reflejo' },
};

export const kindWords: Record<ElementKind | 'dataCenter', Text> = {
  pool: { en: 'Persistent Chat pool', es: 'Grupo de Chat persistente' },
  server: { en: 'Persistent Chat server', es: 'Servidor de Chat persistente' },
  frontEndPool: { en: 'Front End pool', es: 'Grupo de servidores front-end' },
  sqlInstance: { en: 'SQL Server instance', es: 'Instancia de SQL Server' },
  fileStore: { en: 'File store', es: 'Almacén de archivos' },
  share: { en: 'Log-shipping share', es: 'Recurso compartido de trasvase de registros' },
  dataCenter: { en: 'Data center', es: 'Centro de datos' },
};

export const severityWords: Record<Severity, Text> = {
  error: { en: 'error', es: 'error' },
  warning: { en: 'warning', es: 'advertencia' },
  info: { en: 'note', es: 'nota' },
};

export const diagramWords = {
  legend: { en: 'Legend', es: 'Leyenda' },
  findings: { en: 'Findings (worst severity, count):', es: 'Hallazgos (peor gravedad, número):' },
  lyncSite: { en: 'Lync site: {site}', es: 'Sitio de Lync: {site}' },
  failed: { en: 'failed', es: 'caído' },
  principal: { en: 'new principal', es: 'nueva principal' },
  activated: { en: 'idle → active', es: 'inactivo → activo' },
  whatIf: { en: 'What-if', es: 'Hipótesis' },
  linkDown: { en: 'Link between data centers: down', es: 'Vínculo entre centros de datos: caído' },
  title: { en: 'Design {name}', es: 'Diseño {name}' },
} satisfies Record<string, Text>;
