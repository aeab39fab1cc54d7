/**
 * The data-loss window of a failover to the log-shipping backup store. No RPO is documented
 * (Ambiguities 7 and 13); the window follows from the three SQL Server Agent jobs of LS1 and
 * from what the failover steps can still recover:
 *
 * - Anything committed since the last log backup is lost: up to one backup interval.
 * - FO step 2 copies the backups not yet copied, and FO step 3 restores the ones not yet
 *   applied. So when the log-backup share still answers from the backup store, only the
 *   backup interval is at risk.
 * - When that share is lost, the backups taken since the last copy job are lost too: add one
 *   copy interval.
 * - When the copy folder is lost as well, only what is already restored survives: add one
 *   restore interval and the restore delay.
 *
 * Mirroring is synchronous (PC-036), so a failover to the mirror loses nothing.
 * The times the jobs themselves take are not in the design and are not counted.
 */
import type { DesignIndex } from '../model/design-index.ts';
import type { PersistentChatPool, Share, SqlInstance } from '../model/types.ts';
import type { Text } from '../i18n/text.ts';
import type { Health } from './health.ts';

export type DataLossBasis = 'log-backup-share' | 'copy-folder' | 'restored-only';

export interface DataLossEstimate {
  minutes: number;
  basis: DataLossBasis;
  text: Text;
  ruleIds: readonly string[];
  elementIds: readonly string[];
}

const texts: Record<DataLossBasis, Text> = {
  'log-backup-share': {
    en: 'Up to {minutes} minutes of chat content may be lost: what was written after the last log backup (backup every {backup} min). The log-backup share {logShare} still answers, so FO steps 2 and 3 can copy and restore every backup taken.',
    es: 'Pueden perderse hasta {minutes} minutos de contenido: lo escrito después de la última copia de registro (copia cada {backup} min). El recurso de copias de registro {logShare} sigue respondiendo, así que los pasos 2 y 3 de FO pueden copiar y restaurar todas las copias hechas.',
  },
  'copy-folder': {
    en: 'Up to {minutes} minutes of chat content may be lost: backup every {backup} min plus copy every {copy} min. The log-backup share {logShare} is lost, so backups not yet copied to {copyShare} are lost with it; FO step 3 restores those already copied.',
    es: 'Pueden perderse hasta {minutes} minutos de contenido: copia cada {backup} min más copia a destino cada {copy} min. El recurso de copias de registro {logShare} se ha perdido, y con él las copias aún no llevadas a {copyShare}; el paso 3 de FO restaura las ya copiadas.',
  },
  'restored-only': {
    en: 'Up to {minutes} minutes of chat content may be lost: backup every {backup} min, copy every {copy} min, restore every {restore} min and a restore delay of {delay} min. Neither the log-backup share {logShare} nor the copy folder {copyShare} is reachable, so only what was already restored survives.',
    es: 'Pueden perderse hasta {minutes} minutos de contenido: copia cada {backup} min, copia a destino cada {copy} min, restauración cada {restore} min y un retraso de restauración de {delay} min. No se alcanza ni el recurso de copias de registro {logShare} ni la carpeta de destino {copyShare}, así que solo sobrevive lo ya restaurado.',
  },
};

const minutes = (value: number) => (Number.isFinite(value) && value > 0 ? value : 0);

export function logShippingWindow(
  index: DesignIndex,
  health: Health,
  pool: PersistentChatPool,
  backup: SqlInstance,
): DataLossEstimate {
  const ls = pool.logShipping;
  const share = (id: string | null): Share | undefined => {
    const hit = id ? index.byId.get(id) : undefined;
    return hit?.kind === 'share' ? (hit.element as Share) : undefined;
  };
  const logShare = share(ls.backupShareId);
  const copyShare = share(ls.copyShareId);
  const backupEvery = minutes(ls.backupIntervalMinutes);
  const copyEvery = minutes(ls.copyIntervalMinutes);
  const restoreEvery = minutes(ls.restoreIntervalMinutes);
  const delay = minutes(ls.restoreDelayMinutes);

  let basis: DataLossBasis;
  let total: number;
  if (health.connected(backup, logShare)) {
    basis = 'log-backup-share';
    total = backupEvery;
  } else if (health.connected(backup, copyShare)) {
    basis = 'copy-folder';
    total = backupEvery + copyEvery;
  } else {
    basis = 'restored-only';
    total = backupEvery + copyEvery + restoreEvery + delay;
  }
  return {
    minutes: total,
    basis,
    text: texts[basis],
    ruleIds: basis === 'restored-only' ? ['PC-057', 'PC-058'] : ['PC-058'],
    elementIds: [ls.backupShareId, ls.copyShareId].filter((id): id is string => Boolean(id)),
  };
}

/** Parameters for the texts above, so callers render them in either language. */
export function dataLossParams(index: DesignIndex, pool: PersistentChatPool, estimate: DataLossEstimate) {
  const ls = pool.logShipping;
  return {
    minutes: estimate.minutes,
    backup: minutes(ls.backupIntervalMinutes),
    copy: minutes(ls.copyIntervalMinutes),
    restore: minutes(ls.restoreIntervalMinutes),
    delay: minutes(ls.restoreDelayMinutes),
    logShare: ls.backupShareId ? index.label(ls.backupShareId) : '(none)',
    copyShare: ls.copyShareId ? index.label(ls.copyShareId) : '(none)',
  };
}
