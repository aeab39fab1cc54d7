/**
 * I. Log-shipping job settings (PC-057 to PC-062). The design records only the settings that
 * have a documented value or relation; the rest (compression, clean-up and alert thresholds,
 * the initialization choice, the LS2 set-up from the primary's mirror: PC-059 to PC-061) are
 * SSMS steps and go to the deployment checklist.
 */
import { updateElement } from '../../model/edit.ts';
import type { Design, LogShipping } from '../../model/types.ts';
import { defineRule } from '../types.ts';
import type { Rule } from '../types.ts';

function setLogShipping(poolId: string, patch: (ls: LogShipping) => Partial<LogShipping>) {
  return (d: Design): Design => {
    const pool = d.pools.find((p) => p.id === poolId);
    if (!pool) return d;
    return updateElement(d, 'pool', poolId, {
      logShipping: { ...pool.logShipping, ...patch(pool.logShipping) },
    });
  };
}

const pc057 = defineRule({
  id: 'PC-057',
  severity: 'error',
  source: 'LS1 steps 17-19, SFB-CFG',
  fixable: true,
  summary: {
    en: 'The restore job must use "No recovery mode" and a restore delay of 0 minutes.',
    es: 'El trabajo de restauración debe usar «Modo sin recuperación» y un retraso de restauración de 0 minutos.',
  },
  messages: {
    delay: {
      en: 'Pool {pool} delays restoring log backups on the backup store by {minutes} minutes; the documented setting for "Delay restoring backups at least" is 0 minutes, and any delay widens what a failover loses.',
      es: 'El grupo {pool} retrasa {minutes} minutos la restauración de las copias del registro en el almacén de copia de seguridad; el valor documentado de «Retrasar la restauración de copias de seguridad al menos» es 0 minutos, y cualquier retraso amplía lo que se pierde en una conmutación por error.',
    },
    standby: {
      en: 'Pool {pool} restores log backups on the backup store in standby mode; the documented database state is "No recovery mode".',
      es: 'El grupo {pool} restaura las copias del registro en el almacén de copia de seguridad en modo de espera; el estado documentado de la base de datos es «Modo sin recuperación».',
    },
    zeroDelay: {
      en: 'Set the restore delay to 0 minutes',
      es: 'Establecer el retraso de restauración en 0 minutos',
    },
    noRecovery: {
      en: 'Restore in "No recovery mode"',
      es: 'Restaurar en «Modo sin recuperación»',
    },
  },
  check({ design, index, report }) {
    for (const pool of design.pools) {
      if (!pool.disasterRecovery) continue;
      const ls = pool.logShipping;
      if (ls.restoreDelayMinutes !== 0) {
        report({
          message: 'delay',
          params: { pool: index.label(pool.id), minutes: ls.restoreDelayMinutes },
          elements: [pool.id],
          fix: { title: 'zeroDelay', apply: setLogShipping(pool.id, () => ({ restoreDelayMinutes: 0 })) },
        });
      }
      if (ls.restoreMode !== 'no-recovery') {
        report({
          message: 'standby',
          params: { pool: index.label(pool.id) },
          elements: [pool.id],
          fix: {
            title: 'noRecovery',
            apply: setLogShipping(pool.id, () => ({ restoreMode: 'no-recovery' })),
          },
        });
      }
    }
  },
});

const positive = (n: number) => Number.isFinite(n) && n > 0;

const pc058 = defineRule({
  id: 'PC-058',
  severity: 'warning',
  source: 'LS1 steps 9, 16, 20',
  fixable: true,
  summary: {
    en: 'The copy and restore schedules should roughly match the backup schedule.',
    es: 'Las programaciones de copia y de restauración deben coincidir aproximadamente con la de copia de seguridad.',
  },
  messages: {
    schedules: {
      en: 'Pool {pool} backs up the log every {backup} minutes but copies it every {copy} and restores it every {restore} minutes; the docs ask for copy and restore schedules of about the backup schedule (this design allows a factor of {tolerance}).',
      es: 'El grupo {pool} hace la copia del registro cada {backup} minutos pero la copia cada {copy} y la restaura cada {restore} minutos; la documentación pide programaciones de copia y restauración parecidas a la de copia de seguridad (este diseño admite un factor de {tolerance}).',
    },
    match: {
      en: 'Copy and restore every {backup} minutes, like the backup',
      es: 'Copiar y restaurar cada {backup} minutos, como la copia de seguridad',
    },
  },
  check({ design, index, settings, report }) {
    // Below 1 the tolerance would flag equal schedules; the integrity rules report such a setting.
    const tolerance = Number.isFinite(settings.logShippingScheduleTolerance)
      ? Math.max(1, settings.logShippingScheduleTolerance)
      : 1;
    const strays = (interval: number, backup: number) =>
      positive(interval) && Math.max(interval, backup) / Math.min(interval, backup) > tolerance;
    for (const pool of design.pools) {
      if (!pool.disasterRecovery) continue;
      const {
        backupIntervalMinutes: backup,
        copyIntervalMinutes: copy,
        restoreIntervalMinutes: restore,
      } = pool.logShipping;
      if (!positive(backup)) continue; // The integrity rules report an impossible interval.
      if (!strays(copy, backup) && !strays(restore, backup)) continue;
      report({
        message: 'schedules',
        params: { pool: index.label(pool.id), backup, copy, restore, tolerance },
        elements: [pool.id],
        fix: {
          title: 'match',
          apply: setLogShipping(pool.id, (ls) => ({
            copyIntervalMinutes: ls.backupIntervalMinutes,
            restoreIntervalMinutes: ls.backupIntervalMinutes,
          })),
        },
      });
    }
  },
});

const pc062 = defineRule({
  id: 'PC-062',
  severity: 'info',
  source: 'LS1, LS2, FO, TB-GEN',
  summary: {
    en: 'Log shipping is documented only for mgc, not for the compliance database mgccomp.',
    es: 'El trasvase de registros solo está documentado para mgc, no para la base de datos de cumplimiento mgccomp.',
  },
  messages: {
    complianceBackup: {
      en: 'Pool {pool} has compliance and disaster recovery, so Topology Builder takes a backup compliance store ({store}); but the docs give log-shipping steps only for mgc, and mgccomp is not failed over. Plan how mgccomp reaches {store} yourself, and manage the compliance adapter output so no data is lost.',
      es: 'El grupo {pool} tiene cumplimiento y recuperación ante desastres, así que el Generador de topologías admite un almacén de cumplimiento de copia de seguridad ({store}); pero la documentación solo da los pasos del trasvase de registros para mgc, y mgccomp no se conmuta por error. Planee usted cómo llega mgccomp a {store} y gestione la salida del adaptador de cumplimiento para no perder datos.',
    },
    noStoreYet: {
      en: 'Pool {pool} has compliance and disaster recovery, so Topology Builder asks for a backup compliance store; but the docs give log-shipping steps only for mgc, and mgccomp is not failed over. Plan how mgccomp is protected yourself, and manage the compliance adapter output so no data is lost.',
      es: 'El grupo {pool} tiene cumplimiento y recuperación ante desastres, así que el Generador de topologías pide un almacén de cumplimiento de copia de seguridad; pero la documentación solo da los pasos del trasvase de registros para mgc, y mgccomp no se conmuta por error. Planee usted cómo se protege mgccomp y gestione la salida del adaptador de cumplimiento para no perder datos.',
    },
  },
  check({ design, index, report }) {
    for (const pool of design.pools) {
      if (!pool.compliance || !pool.disasterRecovery) continue;
      const storeId = pool.stores.complianceBackup.sqlInstanceId;
      if (storeId) {
        report({
          message: 'complianceBackup',
          params: { pool: index.label(pool.id), store: index.label(storeId) },
          elements: [pool.id, storeId],
        });
      } else {
        report({ message: 'noStoreYet', params: { pool: index.label(pool.id) }, elements: [pool.id] });
      }
    }
  },
});

export const logShippingRules: readonly Rule[] = [pc057, pc058, pc062];
