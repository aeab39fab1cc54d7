/**
 * Catalogue entries that are not findings: procedures and facts that a design cannot show.
 * Checklist items feed the deployment runbook; the rest are recorded here so that
 * docs/rules.md accounts for every id of pchat-rules.md, and a test keeps it that way.
 */
import type { Text } from '../i18n/text.ts';

export type CatalogueStatus = 'checklist' | 'not-decidable';

export interface CatalogueEntry {
  id: string;
  status: CatalogueStatus;
  /** What the planner must do or know, in their words. */
  summary: Text;
  /** Why the designer cannot decide it from a design. */
  why: string;
  source: string;
}

export const FIRST_CATALOGUE_ID = 1;
export const LAST_CATALOGUE_ID = 70;

export const catalogueEntries: readonly CatalogueEntry[] = [
  {
    id: 'PC-015',
    status: 'not-decidable',
    summary: {
      en: 'Persistent Chat Web Services (file upload/download, chat room management) run on the Front End servers.',
      es: 'Los servicios web de Chat persistente (carga y descarga de archivos, administración de salones) se ejecutan en los servidores front-end.',
    },
    why: 'A fact about where a service runs; no choice in the design can contradict it.',
    source: 'CT, HOW',
  },
  {
    id: 'PC-048',
    status: 'checklist',
    summary: {
      en: 'Create the file share before publishing, and give the publishing account full control on it; the account must be in Domain Admins and RTCUniversalServerAdmins.',
      es: 'Cree el recurso compartido de archivos antes de publicar y conceda control total a la cuenta que publica; la cuenta debe pertenecer a Domain Admins y RTCUniversalServerAdmins.',
    },
    why: 'Whether a share exists and who may write to it is a fact of the live network.',
    source: 'ADD, PUB, CHK, TB-FS',
  },
  {
    id: 'PC-056',
    status: 'checklist',
    summary: {
      en: "SQL Server Agent must run on the primary, the log-shipping secondary and the primary's mirror; for failback, the secondary's Agent account needs read on the backup share and write on the local copy folder.",
      es: 'El Agente SQL Server debe ejecutarse en el principal, en el secundario del trasvase de registros y en el reflejo del principal; para la conmutación por recuperación, la cuenta del Agente del secundario necesita lectura en el recurso de copias y escritura en la carpeta local de copia.',
    },
    why: 'Service state and account rights on the SQL servers are not part of a topology.',
    source: 'LS1, LS2, FB',
  },
  {
    id: 'PC-059',
    status: 'checklist',
    summary: {
      en: 'Log-shipping backup: compression "Use the default server setting"; set "Delete files older than" and "Alert if no backup occurs within".',
      es: 'Copia del trasvase de registros: compresión «Usar la configuración predeterminada del servidor»; establezca «Eliminar archivos anteriores a» y «Alertar si no se realiza ninguna copia en».',
    },
    why: 'SSMS job settings with no documented values to check against.',
    source: 'LS1, LS2',
  },
  {
    id: 'PC-060',
    status: 'checklist',
    summary: {
      en: 'On the primary, initialize the secondary with "Yes, generate a full backup of the primary database and restore it into the secondary database"; the secondary database is mgc.',
      es: 'En el principal, inicialice el secundario con «Sí, generar una copia de seguridad completa de la base de datos principal y restaurarla en la base de datos secundaria»; la base de datos secundaria es mgc.',
    },
    why: 'A choice made once in the SSMS wizard, not stored in the topology.',
    source: 'LS1',
  },
  {
    id: 'PC-061',
    status: 'checklist',
    summary: {
      en: 'Configure log shipping from the primary\'s mirror too (LS2): same backup settings, "No, the secondary database is initialized", and run only the primary half of the generated script.',
      es: 'Configure también el trasvase de registros desde el reflejo del principal (LS2): la misma configuración de copia, «No, la base de datos secundaria está inicializada», y ejecute solo la mitad del script generado que corresponde al principal.',
    },
    why: 'Done in SSMS on the mirror after failing over to it; the topology holds no trace of it.',
    source: 'LS2, SFB-CFG',
  },
  {
    id: 'PC-063',
    status: 'checklist',
    summary: {
      en: "Order in Topology Builder: add the SQL stores for the mirrors and the log-shipping secondary; in the pool's properties enable mirroring, add the mirror store, enable log shipping, add the secondary store and its mirror; then publish.",
      es: 'Orden en el Generador de topologías: agregue los almacenes SQL de los reflejos y del secundario; en las propiedades del grupo habilite el reflejo, agregue el almacén reflejo, habilite el trasvase de registros, agregue el almacén secundario y su reflejo; después publique.',
    },
    why: 'An order of steps in Topology Builder.',
    source: 'TBHA, SFB-CFG',
  },
  {
    id: 'PC-064',
    status: 'checklist',
    summary: {
      en: 'Install the Persistent Chat databases (Action > Install Database) before publishing; mirroring and the witness are created at publish time, when the mirroring file share is asked for.',
      es: 'Instale las bases de datos de Chat persistente (Acción > Instalar base de datos) antes de publicar; el reflejo y el testigo se crean al publicar, cuando se pide el recurso compartido para el reflejo.',
    },
    why: 'An order of steps at deployment time.',
    source: 'PUB, SQLM',
  },
  {
    id: 'PC-065',
    status: 'checklist',
    summary: {
      en: 'To move a mirror: remove mirroring from the old mirror, add it on the new one, then publish. Restarting the Persistent Chat servers afterwards is not documented either way.',
      es: 'Para mover un reflejo: quite el reflejo del antiguo, agréguelo en el nuevo y publique. No se documenta si hay que reiniciar después los servidores de Chat persistente.',
    },
    why: 'A change procedure between two versions of a design.',
    source: 'SQLM',
  },
  {
    id: 'PC-066',
    status: 'checklist',
    summary: {
      en: 'To remove mirroring: run Uninstall-CsMirrorDatabase (DatabaseType PersistentChat or PersistentChatCompliance) first, then clear "Enable SQL Server store mirroring" in Topology Builder and publish.',
      es: 'Para quitar el reflejo: ejecute primero Uninstall-CsMirrorDatabase (DatabaseType PersistentChat o PersistentChatCompliance), después desmarque «Habilitar el reflejo del almacén de SQL Server» en el Generador de topologías y publique.',
    },
    why: 'A change procedure between two versions of a design.',
    source: 'SQLM',
  },
  {
    id: 'PC-070',
    status: 'not-decidable',
    summary: {
      en: 'A pool is either Normal (primary databases) or FailedOver (backup databases); Set-CsPersistentChatState changes every server of the pool at once.',
      es: 'Un grupo está en estado Normal (bases de datos principales) o FailedOver (bases de datos de copia); Set-CsPersistentChatState cambia a la vez todos los servidores del grupo.',
    },
    why: 'Pool state lives in the Central Management Store, not in the topology; the what-if simulation uses it.',
    source: 'PS-STATE',
  },
];
