/**
 * Every Persistent Chat choice the real documents do not confirm, in one place.
 *
 * No public topology document contains a Persistent Chat pool, a SQL mirror, a witness or log
 * shipping (tbxml-format.md §8 and §11). What follows is inferred from the product's documented
 * role and property names and from the patterns the real documents show for other roles. Each
 * entry says what it rests on and what is in doubt. When a real Topology Builder save with
 * Persistent Chat settles a question, the correction belongs here and nowhere else: export and
 * import both read this module, so they cannot disagree.
 */
import { DEFAULT_POOL_PORT } from '../model/product.ts';
import type { PersistentChatPool, StoreRole } from '../model/types.ts';
import type { Flavour } from './namespaces.ts';
import { NS, SERVICE_TYPE_PREFIX } from './namespaces.ts';
import type { ClusterSpec, MachineSpec } from './topology-doc.ts';
import type { XmlElement } from './tree.ts';
import { element } from './tree.ts';

/**
 * ServiceVersion of services the designer adds to a new document. 6 is inferred for Lync
 * Server 2013 from 7 = SfB 2015 and 8 = SfB 2019 in the samples (tbxml-format.md §5).
 * DOUBT: not seen in any Lync 2013 file. In an imported document the designer uses the
 * version the document's own services have instead.
 */
export const LYNC_2013_SERVICE_VERSION = '6';

/**
 * The Persistent Chat front-end service.
 * - RoleName: PersistentChatService is the documented server role; a deployed pool's contact
 *   GC-1-PersistentChatService-2 shows it used as a topology RoleName (indirect evidence).
 * - RoleVersion 1: DOUBT. Every role seen is 1 except UserServices, Registrar and Edge (2).
 * - Type and the role-specific element: DOUBT. Roles with settings carry
 *   Type="…ServiceRoles.<X>Service" and a same-named child element (RegistrarService,
 *   FileStoreService, WacService); PersistentChatService is that pattern applied, not seen.
 * - DisplayName on the role element: DOUBT. DisplayName is a documented property of the
 *   service (Get-CsService); that Topology Builder stores it as this attribute is a guess.
 */
export const PC_SERVICE = {
  roleName: 'PersistentChatService',
  roleVersion: '1',
  type: `${SERVICE_TYPE_PREFIX}PersistentChatService`,
  roleElementName: 'PersistentChatService',
  displayNameAttribute: 'DisplayName',
} as const;

/**
 * The SIP port, the one port written for the service.
 * - 5041/MTLS is the documented "Persistent Chat port" default (PC-069), and Topology Builder
 *   asks for it on the pool's options page.
 * - DOUBT: the Owner, Usage and GruuType strings follow the pattern of the Web Services'
 *   PersistentChatWebManager port (Usage SipServer, MTLS); the real ones are not known.
 * - DOUBT: WCF 881 and file transfer 443 are documented ports of the server, but whether and
 *   how Topology Builder writes them is not known, so they are left out rather than guessed.
 */
export const PC_SIP_PORT = {
  owner: 'urn:component:PersistentChat',
  usage: 'SipServer',
  protocol: 'Mtls',
  gruuType: 'PersistentChat',
  defaultPort: DEFAULT_POOL_PORT,
} as const;

/**
 * The store roles. PersistentChatStore (mgc) and PersistentChatComplianceStore (mgccomp) are
 * documented role names. Written like UserStore [S pattern]: InstalledOn a SQL instance, no
 * Type, empty Ports, no role element.
 */
export const PC_STORE_ROLE = {
  content: 'PersistentChatStore',
  compliance: 'PersistentChatComplianceStore',
} as const;

/**
 * The witness. DOUBT, the largest one: no witness store link exists in the product's object
 * model, and a "WitnessStore" identity was reported once in cmdlet output and never confirmed.
 * The designer writes a WitnessStore service InstalledOn the witness SQL instance and makes the
 * store service it protects depend on it, so the witness stays tied to the mirroring pair it
 * serves.
 */
export const WITNESS_ROLE = 'WitnessStore';
export const WITNESS_USAGE = 'Witness';

/**
 * How the Persistent Chat service tells its store links apart. The object model has eight:
 * primary, mirror, backup and backup mirror, for content and for compliance. Each is a
 * dependency on a store service; the role name separates content from compliance and Usage
 * separates the four parts.
 * - "Default" for the primary is the only Usage ever seen in a real document.
 * - DOUBT: "Mirror", "Backup" and "BackupMirror" are named after the object model's
 *   properties (MirrorPersistentChatDatabase, BackupPersistentChatDatabase,
 *   BackupMirrorPersistentChatDatabase); the strings Topology Builder really writes are unknown.
 */
export interface StoreSlot {
  role: StoreRole;
  part: 'instance' | 'mirror';
}

const USAGE_OF: Record<StoreRole, Record<StoreSlot['part'], { roleName: string; usage: string }>> = {
  primary: {
    instance: { roleName: PC_STORE_ROLE.content, usage: 'Default' },
    mirror: { roleName: PC_STORE_ROLE.content, usage: 'Mirror' },
  },
  backup: {
    instance: { roleName: PC_STORE_ROLE.content, usage: 'Backup' },
    mirror: { roleName: PC_STORE_ROLE.content, usage: 'BackupMirror' },
  },
  compliance: {
    instance: { roleName: PC_STORE_ROLE.compliance, usage: 'Default' },
    mirror: { roleName: PC_STORE_ROLE.compliance, usage: 'Mirror' },
  },
  complianceBackup: {
    instance: { roleName: PC_STORE_ROLE.compliance, usage: 'Backup' },
    mirror: { roleName: PC_STORE_ROLE.compliance, usage: 'BackupMirror' },
  },
};

export function storeDependency(slot: StoreSlot): { roleName: string; usage: string } {
  return USAGE_OF[slot.role][slot.part];
}

/** The inverse: which store link a dependency is, or undefined when it is not one. */
export function storeSlotOf(roleName: string, usage: string): StoreSlot | undefined {
  for (const role of Object.keys(USAGE_OF) as StoreRole[]) {
    for (const part of ['instance', 'mirror'] as const) {
      const d = USAGE_OF[role][part];
      if (d.roleName === roleName && d.usage.toLowerCase() === usage.toLowerCase()) return { role, part };
    }
  }
  return undefined;
}

/**
 * Reading a store link whose Usage is none of the four above. DOUBT: the four are inferred, so
 * a real Topology Builder document may well write others ("Primary", "MirrorDatabase", …). The
 * role name still says which database it is (content or compliance) and the dependency says
 * which instance holds it, so only the part is in question. It is read from the Usage's own
 * words where they name one part and no other, and the import reports every such reading so
 * that the planner checks it; a Usage that names no part is not read at all, only kept.
 */
export function storeSlotByName(roleName: string, usage: string): StoreSlot | undefined {
  const compliance = roleName === PC_STORE_ROLE.compliance;
  if (!compliance && roleName !== PC_STORE_ROLE.content) return undefined;
  const words = usage.toLowerCase();
  const mirror = words.includes('mirror');
  const backup = words.includes('backup');
  // "Primary" may name the store (as against the backup) or the principal (as against the
  // mirror); both readings put a Usage without "mirror" on the store's own instance.
  const main = /primary|principal|default|main/.test(words);
  const role: StoreRole = backup
    ? compliance
      ? 'complianceBackup'
      : 'backup'
    : compliance
      ? 'compliance'
      : 'primary';
  if (mirror) return { role, part: 'mirror' };
  if (backup || main) return { role, part: 'instance' };
  return undefined;
}

/** Role names of the Persistent Chat parts the designer reads; any other PersistentChat… role is unknown. */
export function isPersistentChatRoleName(roleName: string): boolean {
  return /^persistentchat/i.test(roleName);
}

/**
 * The next hop and the file store. The service depends on the next hop's Registrar and on a
 * FileStore with Usage "Default", as Mediation, Edge and Application Server depend on theirs in
 * every real document [S pattern]. DOUBT: that Persistent Chat's links are written the same way.
 */
export const NEXT_HOP_ROLE = 'Registrar';
export const NEXT_HOP_USAGE = 'Default';
export const FILE_STORE_USAGE = 'Default';

/**
 * The pool's cluster. A stretched pool is one cluster in one site holding the machines of both
 * data centers (tbxml-format.md §8, documented). Machines carry no site or data center [S].
 * - RequiresReplication/RequiresSetup true: DOUBT, copied from the other server-role pools
 *   (Front End, Edge), which are true; SQL and file servers are false.
 * - One Primary NetInterface per machine: DOUBT, the minimum every server-role machine has.
 * - A single-computer pool is written like a Standard Edition server: IsSingleMachineOnly and
 *   a Machine without Fqdn in a .tbxml [S pattern of sample-02]. DOUBT for Persistent Chat.
 */
export function persistentChatCluster(
  pool: PersistentChatPool,
  serverFqdns: readonly string[],
  flavour: Flavour,
): ClusterSpec {
  const single = pool.computers === 'single';
  const machines: MachineSpec[] = single
    ? [{ fqdn: flavour === 'tbxml' ? null : pool.fqdn, interfaces: ['Primary'] }]
    : serverFqdns.map((fqdn) => ({ fqdn, interfaces: ['Primary'] }));
  return {
    fqdn: pool.fqdn,
    singleMachine: single,
    requiresReplication: true,
    requiresSetup: true,
    machines,
    seed: `pool:${pool.id}`,
  };
}

export function persistentChatRoleElement(pool: PersistentChatPool): XmlElement {
  return element(
    PC_SERVICE.roleElementName,
    NS.serviceRoles,
    [[PC_SERVICE.displayNameAttribute, pool.displayName]],
    [],
    true,
  );
}

export function persistentChatPortElement(port: number): XmlElement {
  return element('Port', NS.serviceRoles, [
    ['Owner', PC_SIP_PORT.owner],
    ['Usage', PC_SIP_PORT.usage],
    ['InterfaceSide', 'Primary'],
    ['InterfaceNumber', '1'],
    ['Port', String(port)],
    ['Protocol', PC_SIP_PORT.protocol],
    ['UrlPath', '/'],
    ['AuthorizesRequests', 'true'],
    ['GruuType', PC_SIP_PORT.gruuType],
  ]);
}

/**
 * Not written at all, because no document shows where they would go:
 * - the SQL mirroring endpoint ports (Topology Builder defaults 5022, and 7022 for a witness).
 *   EVIDENCE since: the SQL mirroring deployment pages put the port and "This SQL instance is in
 *   mirroring relation" on the SQL store ("Define New SQL Store"), so they belong on the SQL
 *   instance, not on a dependency; the attribute names are still unknown;
 * - the default-for-site / default-for-all-sites choice. EVIDENCE since: it is a property of
 *   the site (Set-CsSite -DefaultPersistentChatPool), not of the pool's service; where the site
 *   element holds it is unknown;
 * - the intra-pool port TCP 8011 (documented by CT and CAP), the WCF port 881 and the file
 *   transfer port 443: only the SIP port is written (PC_SIP_PORT);
 * - which servers are active (CMS state, not topology: Set-CsPersistentChatActiveServer);
 * - log-shipping shares, schedules and the mirroring backup share (SQL Server configuration).
 * The designer's sidecar comment keeps them, so a re-import restores them (see sidecar.ts).
 * On a foreign import they get these documented defaults (the numbers are the product's).
 */
export { DEFAULT_MIRRORING_PORT, DEFAULT_WITNESS_PORT } from '../model/product.ts';
