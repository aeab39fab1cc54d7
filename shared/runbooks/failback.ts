/**
 * The failback runbook (FB steps 1 to 7): the primary data center is rebuilt and mgc moves
 * back from the backup store. The servers made active at the end are the design's own
 * active servers, which is the Normal state the design describes.
 */
import type { Text } from '../i18n/text.ts';
import type { Design, PersistentChatPool } from '../model/types.ts';
import {
  clearActiveServers,
  databaseFailover,
  installMirror,
  removePartner,
  setActiveServers,
  setPoolState,
} from '../procedures/commands.ts';
import type { RunbookDocument, RunbookStep } from './document.ts';
import { baseParams, noProcedure, scriptHelp, valueRows } from './failover.ts';
import { poolNames } from './names.ts';
import type { SqlName } from './names.ts';
import { failbackStep } from '../procedures/steps.ts';
import type { FailbackStepId } from '../procedures/steps.ts';
import {
  endSessions,
  failbackBackupPath,
  fullBackup,
  restoreOver,
  unmirrorIfMirrored,
} from '../procedures/tsql-steps.ts';

const text = {
  title: {
    en: 'Failback of Persistent Chat pool {pool} to its primary store',
    es: 'Conmutación por recuperación del grupo de Chat persistente {pool} a su almacén principal',
  },
  intro: {
    en: 'The documented failback (FB steps 1 to 7), filled in for design {design}. It moves mgc from the backup store {backup} back to the primary store {primary} in {primaryDc}. The .ps1 runs the cmdlets (a dry run unless started with -Execute, and it asks before each step that changes something); the .sql holds the T-SQL of steps 2, 3 and 4.',
    es: 'La conmutación por recuperación documentada (pasos 1 a 7 de FB), rellenada para el diseño {design}. Lleva mgc del almacén de copia {backup} de vuelta al almacén principal {primary} en {primaryDc}. El .ps1 ejecuta los cmdlets (es una simulación salvo que se inicie con -Execute, y pregunta antes de cada paso que cambia algo); el .sql contiene el T-SQL de los pasos 2, 3 y 4.',
  },
  rebuilt: {
    en: '{primaryDc} has been rebuilt, and mgc and mgccomp were reinstalled on {primary} with Topology Builder.',
    es: '{primaryDc} se ha reconstruido, y mgc y mgccomp se reinstalaron en {primary} con el Generador de topologías.',
  },
  nothingAdded: {
    en: 'No mirror or backup server was added during the failover: only {backup} and its mirror {backupMirror} run.',
    es: 'No se agregó ningún servidor de reflejo ni de copia durante la conmutación: solo funcionan {backup} y su reflejo {backupMirror}.',
  },
  fb1: {
    en: 'No server may use mgc or mgccomp during failback. The SQL Server Agent of {backup} must run under an account that can read {logShare} and write {copyShare} (PC-056).',
    es: 'Ningún servidor puede usar mgc ni mgccomp durante la recuperación. El Agente SQL Server de {backup} debe ejecutarse con una cuenta que pueda leer {logShare} y escribir en {copyShare} (PC-056).',
  },
  fb2: {
    en: 'In SSMS on {backup}: mgc > Tasks > Mirror > Remove Mirroring > OK. Section FB-2 of the .sql does the same (ALTER DATABASE … SET PARTNER OFF).',
    es: 'En SSMS en {backup}: mgc > Tareas > Reflejo > Quitar reflejo > Aceptar. La sección FB-2 del .sql hace lo mismo (ALTER DATABASE … SET PARTNER OFF).',
  },
  fb2Compliance: {
    en: 'Repeat for mgccomp on {complianceBackup}.',
    es: 'Repita para mgccomp en {complianceBackup}.',
  },
  fb3: {
    en: 'A full backup of mgc on {backup}, written to {backupFile} on the log-shipping share, which both {backup} and {primary} can reach.',
    es: 'Una copia completa de mgc en {backup}, escrita en {backupFile} en el recurso del trasvase de registros, que alcanzan tanto {backup} como {primary}.',
  },
  fb4: {
    en: 'On {primary}, restore {backupFile} over mgc: "Overwrite the existing database", recovery state "Leave the database ready to use" (WITH REPLACE, RECOVERY). A mirrored database cannot be restored over, so section FB-4 first removes mirroring from mgc there if Topology Builder set it up again.',
    es: 'En {primary}, restaure {backupFile} sobre mgc: «Sobrescribir la base de datos existente», estado de recuperación «Dejar la base de datos lista para usar» (WITH REPLACE, RECOVERY). No se puede restaurar sobre una base de datos reflejada, así que la sección FB-4 quita antes el reflejo de mgc allí si el Generador de topologías lo volvió a configurar.',
  },
  fb5: {
    en: 'In SSMS, set up log shipping from {primary} to {backup} as in LS1: backup folder {logShare}, copy folder {copyShare}, backup, copy and restore every {backupEvery}, {copyEvery} and {restoreEvery} minutes, restore delay 0, "No recovery mode" (PC-057, PC-058, PC-060).',
    es: 'En SSMS, configure el trasvase de registros de {primary} a {backup} como en LS1: carpeta de copias {logShare}, carpeta de destino {copyShare}, copia, copia a destino y restauración cada {backupEvery}, {copyEvery} y {restoreEvery} minutos, retraso de restauración 0, «Modo sin recuperación» (PC-057, PC-058, PC-060).',
  },
  ls2ToMirror: {
    en: 'LS2 step 1: fail mgc over to the mirror {mirror}',
    es: 'Paso 1 de LS2: conmute mgc al reflejo {mirror}',
  },
  ls2ToMirrorDetail: {
    en: 'FB step 5 asks for log shipping from the mirror too (LS2, PC-061). SSMS can set it up only on the principal, so mgc moves to {mirror} for a moment (PC-067).',
    es: 'El paso 5 de FB pide también el trasvase desde el reflejo (LS2, PC-061). SSMS solo puede configurarlo en el principal, así que mgc pasa un momento a {mirror} (PC-067).',
  },
  ls2Setup: {
    en: 'LS2 steps 2 to 5: set up log shipping on {mirror}',
    es: 'Pasos 2 a 5 de LS2: configure el trasvase de registros en {mirror}',
  },
  ls2SetupDetail: {
    en: 'In SSMS on {mirror} (SQL Server Agent running): mgc > Properties > Transaction Log Shipping, same backup folder {logShare} and settings as on {primary}, secondary {backup} with "No, the secondary database is initialized"; Script Configuration to a new query window, click OK, and run only the part up to "End: Script to be run at Primary"; then Cancel.',
    es: 'En SSMS en {mirror} (con el Agente SQL Server en marcha): mgc > Propiedades > Trasvase de registros de transacciones, la misma carpeta de copias {logShare} y configuración que en {primary}, secundario {backup} con «No, la base de datos secundaria está inicializada»; Script de configuración a una nueva ventana de consulta, Aceptar, y ejecute solo la parte hasta «End: Script to be run at Primary»; después Cancelar.',
  },
  ls2ToPrimaryDetail: {
    en: 'mgc returns to {primary}; from now on log shipping runs from whichever partner is the principal (PC-061).',
    es: 'mgc vuelve a {primary}; a partir de ahora el trasvase funciona desde el asociado que sea el principal (PC-061).',
  },
  ls2ToPrimary: {
    en: 'LS2 step 6: fail mgc back to the primary {primary}',
    es: 'Paso 6 de LS2: devuelva mgc al principal {primary}',
  },
  fb6: {
    en: "Make active the design's active servers, beside the primary (PC-022), at most 4 (PC-001): {servers}.",
    es: 'Active los servidores activos del diseño, junto al principal (PC-022), como máximo 4 (PC-001): {servers}.',
  },
  fb7: {
    en: 'Return the pool to Normal: it uses the primary databases again (PC-070).',
    es: 'Devuelva el grupo al estado Normal: vuelve a usar las bases de datos principales (PC-070).',
  },
  remirror: {
    en: 'Mirror the rebuilt primary again (not in FB)',
    es: 'Vuelva a reflejar el principal reconstruido (no está en FB)',
  },
  remirrorDetail: {
    en: 'FB gives no step to mirror the restored primary {primary} to {mirror} again (Ambiguity 9), but the topology expects it, and LS2 below needs it.',
    es: 'FB no da ningún paso para volver a reflejar el principal restaurado {primary} en {mirror} (ambigüedad 9), pero la topología lo espera y el LS2 de abajo lo necesita.',
  },
  restart: {
    en: 'Nothing documents whether the Persistent Chat servers need a restart after a mirroring change (PC-065).',
    es: 'No se documenta si los servidores de Chat persistente necesitan reiniciarse tras un cambio de reflejo (PC-065).',
  },
  noFailback: {
    en: 'Pool {pool} has no failback to write: {reason}',
    es: 'El grupo {pool} no tiene conmutación por recuperación que escribir: {reasonEs}',
  },
} satisfies Record<string, Text>;

const primaryServerHelp: Text = {
  en: 'SQL Server of the primary store',
  es: 'SQL Server del almacén principal',
};

const none = '(none)';

export function failbackRunbook(design: Design, pool: PersistentChatPool): RunbookDocument {
  const names = poolNames(design, pool);
  const { primary, backup } = names;
  if (!backup || !primary) {
    throw noProcedure(text.noFailback, names, {
      en: 'it needs both a primary and a backup SQL Server store (PC-027).',
      es: 'necesita un almacén principal y un almacén de copia de SQL Server (PC-027).',
    });
  }
  const logShare = names.logBackupShare?.unc ?? '';
  const backupFile = failbackBackupPath(logShare);
  const ls = pool.logShipping;
  const params = {
    ...baseParams(design, names, primary, backup),
    complianceBackup: names.complianceBackup?.label ?? none,
    backupFile,
    backupEvery: ls.backupIntervalMinutes,
    copyEvery: ls.copyIntervalMinutes,
    restoreEvery: ls.restoreIntervalMinutes,
    servers: names.designedActive.length > 0 ? names.designedActive.join(', ') : none,
  };
  const step = (
    id: FailbackStepId,
    rest: Omit<RunbookStep, 'id' | 'source' | 'ruleIds' | 'title'>,
  ): RunbookStep => {
    const d = failbackStep(id);
    return { id, source: d.source, ruleIds: d.ruleIds, title: d.title, ...rest };
  };
  const unmirror = (instance: SqlName, database: 'mgc' | 'mgccomp') => ({
    instance,
    code: removePartner(database),
  });
  const complianceBackup = names.complianceBackup;

  const steps: RunbookStep[] = [
    step('FB-1', {
      details: [text.fb1],
      powershell: {
        target: pool.fqdn,
        command: clearActiveServers(pool.fqdn),
        script: 'Set-CsPersistentChatActiveServer -Identity $Identity -ActiveServers $Null',
      },
    }),
    step('FB-2', {
      details: complianceBackup ? [text.fb2, text.fb2Compliance] : [text.fb2],
      manual: true,
      sql:
        complianceBackup && complianceBackup.id === backup.id
          ? { instance: backup, code: `${removePartner('mgc')}\n${removePartner('mgccomp')}` }
          : unmirror(backup, 'mgc'),
    }),
  ];
  if (complianceBackup && complianceBackup.id !== backup.id) {
    // mgccomp lives on its own instance: a step of its own, so the .sql guards it separately.
    steps.push({ ...steps[1]!, details: [text.fb2Compliance], sql: unmirror(complianceBackup, 'mgccomp') });
  }
  steps.push(
    step('FB-3', {
      details: [text.fb3],
      manual: true,
      sql: { instance: backup, code: fullBackup(backupFile) },
    }),
    step('FB-4', {
      details: [text.fb4],
      manual: true,
      sql: {
        instance: primary,
        code: [unmirrorIfMirrored('mgc'), endSessions('mgc'), restoreOver(backupFile)].join('\n'),
      },
    }),
  );
  const mirror = names.mirror;
  if (mirror) {
    steps.push({
      id: 'FB-4+',
      source: 'SQLM (Ambiguity 9)',
      ruleIds: ['PC-064', 'PC-055'],
      title: text.remirror,
      details: [text.remirrorDetail],
      optional: true,
      powershell: {
        target: primary.label,
        command: installMirror(primary.element, names.mirroringShare?.unc ?? '', 'mgc'),
        script: [
          "$mirror = @{ ConfiguredDatabases = $true; FileShare = $MirrorFileShare; SqlServerFqdn = $PrimarySqlServer; DatabaseType = 'PersistentChat'; Verbose = $true }",
          "if ($PrimarySqlInstance -ne '') { $mirror.SqlInstanceName = $PrimarySqlInstance }",
          'Install-CsMirrorDatabase @mirror',
        ].join('\n'),
      },
    });
  }
  steps.push(step('FB-5', { details: [text.fb5], manual: true }));
  if (mirror) {
    const ls2 = { source: 'FB step 5, LS2', ruleIds: ['PC-061', 'PC-067'] };
    steps.push(
      {
        id: 'FB-5',
        ...ls2,
        title: text.ls2ToMirror,
        details: [text.ls2ToMirrorDetail],
        powershell: {
          target: mirror.label,
          command: databaseFailover(pool.fqdn, 'mgc', 'Mirror', false),
          script:
            'Invoke-CsDatabaseFailover -PoolFqdn $PoolFqdn -DatabaseType PersistentChat -NewPrincipal Mirror',
        },
      },
      { id: 'FB-5', ...ls2, title: text.ls2Setup, details: [text.ls2SetupDetail], manual: true },
      {
        id: 'FB-5',
        ...ls2,
        title: text.ls2ToPrimary,
        details: [text.ls2ToPrimaryDetail],
        powershell: {
          target: primary.label,
          command: databaseFailover(pool.fqdn, 'mgc', 'Primary', false),
          script:
            'Invoke-CsDatabaseFailover -PoolFqdn $PoolFqdn -DatabaseType PersistentChat -NewPrincipal Primary',
        },
      },
    );
  }
  steps.push(
    step('FB-6', {
      details: [text.fb6],
      powershell: {
        target: pool.fqdn,
        command: setActiveServers(pool.fqdn, names.designedActive, []),
        script:
          'Set-CsPersistentChatActiveServer -Identity $Identity -ActiveServers @{ Add = $ActiveServers }',
      },
    }),
    step('FB-7', {
      details: [text.fb7],
      powershell: {
        target: pool.fqdn,
        command: setPoolState(pool.fqdn, 'Normal'),
        script: "Set-CsPersistentChatState -Identity ('service:' + $PoolFqdn) -PoolState Normal",
      },
    }),
  );

  return {
    kind: 'failback',
    title: text.title,
    params,
    intro: [text.intro],
    preconditions: [text.rebuilt, text.nothingAdded],
    values: valueRows({
      pool: pool.fqdn,
      primary: primary.label,
      mirror: params.mirror,
      backup: backup.label,
      logShare: params.logShare,
      copyShare: params.copyShare,
      servers: params.servers,
    }),
    scriptParameters: [
      { name: 'PoolFqdn', value: pool.fqdn, help: scriptHelp.pool },
      { name: 'PrimarySqlServer', value: primary.fqdn, help: primaryServerHelp },
      { name: 'PrimarySqlInstance', value: primary.instance, help: scriptHelp.sqlInstance },
      { name: 'MirrorFileShare', value: names.mirroringShare?.unc ?? '', help: scriptHelp.mirrorShare },
      { name: 'ActiveServers', value: names.designedActive, help: scriptHelp.servers },
    ],
    steps,
    notes: [text.restart],
  };
}
