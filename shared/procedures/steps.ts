/**
 * The documented failover (FO) and failback (FB) steps, by number, in the planner's words.
 * The simulation lists the ones that apply to a scenario and the runbooks expand every one of
 * them, so both name a step the same way and cite the same source.
 */
import type { Text } from '../i18n/text.ts';

export interface ProcedureStep {
  /** FO-1 … FO-7, FB-1 … FB-7: the step number of the source page. */
  id: string;
  /** The page and step, as pchat-rules.md cites it. */
  source: string;
  ruleIds: readonly string[];
  title: Text;
}

export const failoverSteps = [
  {
    id: 'FO-1',
    source: 'FO step 1',
    ruleIds: ['PC-027'],
    title: {
      en: 'Stop log shipping on the backup store {backup}: sp_delete_log_shipping_secondary_database mgc',
      es: 'Detenga el trasvase de registros en el almacén de copia {backup}: sp_delete_log_shipping_secondary_database mgc',
    },
  },
  {
    id: 'FO-2',
    source: 'FO step 2',
    ruleIds: ['PC-052', 'PC-053'],
    title: {
      en: 'Copy the log backups not yet copied from {logShare} to {copyShare}',
      es: 'Copie las copias de registro aún no copiadas de {logShare} a {copyShare}',
    },
  },
  {
    id: 'FO-3',
    source: 'FO step 3',
    ruleIds: ['PC-057'],
    title: {
      en: 'Restore, in order and WITH NORECOVERY, every log backup not yet applied to mgc on {backup}',
      es: 'Restaure en orden y WITH NORECOVERY cada copia de registro aún no aplicada a mgc en {backup}',
    },
  },
  {
    id: 'FO-4',
    source: 'FO step 4',
    ruleIds: [],
    title: {
      en: 'Bring mgc online on {backup}: end its sessions (sp_who2, kill) and run RESTORE DATABASE mgc WITH RECOVERY',
      es: 'Ponga mgc en línea en {backup}: cierre sus sesiones (sp_who2, kill) y ejecute RESTORE DATABASE mgc WITH RECOVERY',
    },
  },
  {
    id: 'FO-5',
    source: 'FO step 5',
    ruleIds: ['PC-070'],
    title: {
      en: 'Switch pool {pool} to its backup database: Set-CsPersistentChatState -PoolState FailedOver',
      es: 'Cambie el grupo {pool} a su base de datos de copia: Set-CsPersistentChatState -PoolState FailedOver',
    },
  },
  {
    id: 'FO-6',
    source: 'FO step 6',
    ruleIds: ['PC-028'],
    title: {
      en: 'Mirror the new primary {backup} to {backupMirror} with Install-CsMirrorDatabase',
      es: 'Refleje el nuevo principal {backup} en {backupMirror} con Install-CsMirrorDatabase',
    },
  },
  {
    id: 'FO-7',
    source: 'FO step 7',
    ruleIds: ['PC-022', 'PC-001'],
    title: {
      en: 'Make active, with Set-CsPersistentChatActiveServer: {servers}',
      es: 'Active, con Set-CsPersistentChatActiveServer: {servers}',
    },
  },
] as const satisfies readonly ProcedureStep[];

export const failbackSteps = [
  {
    id: 'FB-1',
    source: 'FB step 1',
    ruleIds: ['PC-056'],
    title: {
      en: 'Clear the active servers of pool {pool} (Set-CsPersistentChatActiveServer -ActiveServers $Null) so that no server writes to mgc during failback',
      es: 'Vacíe la lista de servidores activos del grupo {pool} (Set-CsPersistentChatActiveServer -ActiveServers $Null) para que ningún servidor escriba en mgc durante la conmutación por recuperación',
    },
  },
  {
    id: 'FB-2',
    source: 'FB step 2',
    ruleIds: [],
    title: {
      en: 'Remove mirroring from mgc (and mgccomp) on the backup store {backup}',
      es: 'Quite el reflejo de mgc (y de mgccomp) en el almacén de copia {backup}',
    },
  },
  {
    id: 'FB-3',
    source: 'FB step 3',
    ruleIds: ['PC-052'],
    title: {
      en: 'Take a full backup of mgc on {backup} to the log-shipping share {logShare}',
      es: 'Haga una copia completa de mgc en {backup} en el recurso del trasvase de registros {logShare}',
    },
  },
  {
    id: 'FB-4',
    source: 'FB step 4',
    ruleIds: [],
    title: {
      en: 'Restore that backup over mgc on the primary store {primary}, overwriting it and leaving it ready to use',
      es: 'Restaure esa copia sobre mgc en el almacén principal {primary}, sobrescribiéndola y dejándola lista para usar',
    },
  },
  {
    id: 'FB-5',
    source: 'FB step 5',
    ruleIds: ['PC-057', 'PC-058', 'PC-060', 'PC-061'],
    title: {
      en: 'Set up log shipping again from {primary} (and from its mirror {mirror}) to {backup}',
      es: 'Vuelva a configurar el trasvase de registros desde {primary} (y desde su reflejo {mirror}) hacia {backup}',
    },
  },
  {
    id: 'FB-6',
    source: 'FB step 6',
    ruleIds: ['PC-022', 'PC-001'],
    title: {
      en: 'Make active, with Set-CsPersistentChatActiveServer: {servers}',
      es: 'Active, con Set-CsPersistentChatActiveServer: {servers}',
    },
  },
  {
    id: 'FB-7',
    source: 'FB step 7',
    ruleIds: ['PC-070'],
    title: {
      en: 'Return pool {pool} to Normal: Set-CsPersistentChatState -PoolState Normal',
      es: 'Devuelva el grupo {pool} al estado Normal: Set-CsPersistentChatState -PoolState Normal',
    },
  },
] as const satisfies readonly ProcedureStep[];

export type FailoverStepId = (typeof failoverSteps)[number]['id'];
export type FailbackStepId = (typeof failbackSteps)[number]['id'];

export function failoverStep(id: FailoverStepId): ProcedureStep {
  return failoverSteps.find((s) => s.id === id)!;
}

export function failbackStep(id: FailbackStepId): ProcedureStep {
  return failbackSteps.find((s) => s.id === id)!;
}
