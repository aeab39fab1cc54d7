/**
 * Derived indexes over a design, computed once per design value and shared by every rule
 * and every component (the way tldraw keeps derived state in one place). A design is
 * immutable, so the index is cached by identity and never goes stale.
 */
import { derived } from './derived.ts';
import { storeRoleNames } from './schema.ts';
import type {
  AnyElement,
  DataCenter,
  Design,
  ElementKind,
  ElementKinds,
  FrontEndPool,
  KindedElement,
  PersistentChatPool,
  PersistentChatServer,
  SqlInstance,
  StorePart,
  StoreRole,
} from './types.ts';
import { collectionOf } from './types.ts';
import { fqdnKey, sqlInstanceLabel, uncPath } from './values.ts';
import { pushTo } from './groups.ts';

export type IndexedElement = KindedElement;

/** One part an instance plays: "the mirror of pool X's primary store". */
export interface InstanceRole {
  pool: PersistentChatPool;
  role: StoreRole;
  part: StorePart;
}

export interface DesignIndex {
  readonly design: Design;
  readonly byId: ReadonlyMap<string, IndexedElement>;
  readonly serversByPool: ReadonlyMap<string, readonly PersistentChatServer[]>;
  readonly elementsByDataCenter: ReadonlyMap<string, readonly string[]>;
  readonly rolesByInstance: ReadonlyMap<string, readonly InstanceRole[]>;
  /** SQL instances grouped by the computer they run on (fqdnKey of serverFqdn). */
  readonly instancesByServer: ReadonlyMap<string, readonly SqlInstance[]>;
  /** Front End pools by each of their machines' FQDN, and by the pool FQDN itself. */
  readonly frontEndByMachine: ReadonlyMap<string, FrontEndPool>;
  dataCenter(id: string | null | undefined): DataCenter | undefined;
  sqlInstance(id: string | null | undefined): SqlInstance | undefined;
  pool(id: string | null | undefined): PersistentChatPool | undefined;
  frontEndPool(id: string | null | undefined): FrontEndPool | undefined;
  /** The planner's name for an element: FQDN, server\instance, UNC path or data-center name. */
  label(id: string | null | undefined): string;
}

export const indexDesign: (design: Design) => DesignIndex = derived((design: Design) => buildIndex(design));

function labelOf(kind: ElementKind, el: AnyElement): string {
  switch (kind) {
    case 'dataCenter':
      return (el as DataCenter).name || el.id;
    case 'sqlInstance': {
      const i = el as SqlInstance;
      return sqlInstanceLabel(i.serverFqdn, i.instanceName) || el.id;
    }
    case 'fileStore':
    case 'share': {
      const s = el as { serverFqdn: string; shareName: string };
      return uncPath(s.serverFqdn, s.shareName);
    }
    default:
      return (el as { fqdn: string }).fqdn || el.id;
  }
}

function buildIndex(design: Design): DesignIndex {
  const byId = new Map<string, IndexedElement>();
  for (const [kind, collection] of Object.entries(collectionOf) as [ElementKind, keyof typeof design][]) {
    for (const element of design[collection] as AnyElement[]) {
      // The collection a kind lives in holds elements of that kind (collectionOf), so the pair is a KindedElement.
      if (!byId.has(element.id)) byId.set(element.id, { kind, element } as IndexedElement);
    }
  }

  const serversByPool = new Map<string, PersistentChatServer[]>();
  for (const s of design.servers) if (s.poolId) pushTo(serversByPool, s.poolId, s);

  const elementsByDataCenter = new Map<string, string[]>();
  for (const [kind, collection] of Object.entries(collectionOf) as [ElementKind, keyof typeof design][]) {
    if (kind === 'dataCenter' || kind === 'pool') continue;
    for (const el of design[collection] as { id: string; dataCenterId: string | null }[]) {
      if (el.dataCenterId) pushTo(elementsByDataCenter, el.dataCenterId, el.id);
    }
  }

  const rolesByInstance = new Map<string, InstanceRole[]>();
  for (const pool of design.pools) {
    for (const role of storeRoleNames) {
      const a = pool.stores[role];
      if (a.sqlInstanceId) pushTo(rolesByInstance, a.sqlInstanceId, { pool, role, part: 'instance' });
      if (a.mirrorId) pushTo(rolesByInstance, a.mirrorId, { pool, role, part: 'mirror' });
      if (a.witnessId) pushTo(rolesByInstance, a.witnessId, { pool, role, part: 'witness' });
    }
  }

  const instancesByServer = new Map<string, SqlInstance[]>();
  for (const i of design.sqlInstances) pushTo(instancesByServer, fqdnKey(i.serverFqdn), i);

  const frontEndByMachine = new Map<string, FrontEndPool>();
  for (const fe of design.frontEndPools) {
    frontEndByMachine.set(fqdnKey(fe.fqdn), fe);
    for (const m of fe.machines) frontEndByMachine.set(fqdnKey(m), fe);
  }

  const get =
    <K extends ElementKind>(kind: K) =>
    (id: string | null | undefined): ElementKinds[K] | undefined => {
      if (!id) return undefined;
      const hit = byId.get(id);
      // TypeScript cannot narrow a union by a generic kind; the check above is what makes it so.
      return hit && hit.kind === kind ? (hit.element as ElementKinds[K]) : undefined;
    };

  return {
    design,
    byId,
    serversByPool,
    elementsByDataCenter,
    rolesByInstance,
    instancesByServer,
    frontEndByMachine,
    dataCenter: get('dataCenter'),
    sqlInstance: get('sqlInstance'),
    pool: get('pool'),
    frontEndPool: get('frontEndPool'),
    label(id) {
      if (!id) return '(none)';
      const hit = byId.get(id);
      return hit ? labelOf(hit.kind, hit.element) : id;
    },
  };
}
