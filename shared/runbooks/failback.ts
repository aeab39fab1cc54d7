/**
 * The failback runbook (FB steps 1 to 7): the primary data center is rebuilt and mgc moves
 * back from the backup store. The servers made active at the end are the design's own
 * active servers, which is the Normal state the design describes.
 */
import type { Text } from '../i18n/text.ts';
import type { Design, PersistentChatPool } from '../model/types.ts';
import { clearActiveServers, installMirror, setActiveServers, setPoolState } from '../simulation/commands.ts';
import type { RunbookDocument, RunbookStep } from './document.ts';
import { baseParams, noProcedure, scriptHelp, valueRows } from './failover.ts';
import { poolNames } from './names.ts';
import type { SqlName } from './names.ts';
import { failbackStep } from './procedure.ts';
import type { FailbackStepId } from './procedure.ts';
import { endSessions, failbackBackupPath, fullBackup, removeMirroring, restoreOver } from './tsql-steps.ts';

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
    en: 'On {primary}, restore {backupFile} over mgc: "Overwrite the existing database", recovery state "Leave the database ready to use" (WITH REPLACE, RECOVERY). If mgc on {primary} is mirrored, remove mirroring there first.',
    es: 'En {primary}, restaure {backupFile} sobre mgc: «Sobrescribir la base de datos existente», estado de recuperación «Dejar la base de datos lista para usar» (WITH REPLACE, RECOVERY). Si mgc está reflejada en {primary}, quite antes el reflejo.',
  },
  fb5: {
    en: 'In SSMS, set up log shipping from {primary} to {backup} as in LS1: backup folder {logShare}, copy folder {copyShare}, backup, copy and restore every {backupEvery}, {copyEvery} and {restoreEvery} minutes, restore delay 0, "No recovery mode" (PC-057, PC-058, PC-060). Then from the mirror {mirror} as in LS2 (PC-061).',
    es: 'En SSMS, configure el trasvase de registros de {primary} a {backup} como en LS1: carpeta de copias {logShare}, carpeta de destino {copyShare}, copia, copia a destino y restauración cada {backupEvery}, {copyEvery} y {restoreEvery} minutos, retraso de restauración 0, «Modo sin recuperación» (PC-057, PC-058, PC-060). Después desde el reflejo {mirror} como en LS2 (PC-061).',
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
    en: 'FB gives no step to mirror the rebuilt primary {primary} to {mirror} again (Ambiguity 9); the topology expects it. Skip this if Topology Builder already did it when mgc was reinstalled.',
    es: 'FB no da ningún paso para volver a reflejar el principal reconstruido {primary} en {mirror} (ambigüedad 9); la topología lo espera. Omítalo si el Generador de topologías ya lo hizo al reinstalar mgc.',
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
    code: removeMirroring(database),
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
          ? { instance: backup, code: `${removeMirroring('mgc')}\n${removeMirroring('mgccomp')}` }
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
      sql: { instance: primary, code: `${endSessions('mgc')}\n${restoreOver(backupFile)}` },
    }),
    step('FB-5', { details: [text.fb5], manual: true }),
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
  if (names.mirror) {
    steps.push({
      id: 'FB-8',
      source: 'SQLM (Ambiguity 9)',
      ruleIds: ['PC-064'],
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
