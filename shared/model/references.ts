/**
 * References between elements, as first-class records (the way tldraw treats bindings). Every
 * field of the design that holds another element's id is described once, in `slotsOf`: who
 * owns it, what it is called, what kind it must point at, how to read it and how to clear it.
 * Deletion, the integrity rules (DSN-001, DSN-002) and the canvas's lines all walk this one
 * table, so a new reference field is a change in one place and can never be missed by one of
 * them (a test checks every id-holding field of the schema is listed here).
 */
import type { Text } from '../i18n/text.ts';
import { derived } from './derived.ts';
import { groupBy } from './groups.ts';
import { storePartNames, storeRoleNames } from './schema.ts';
import type { Design, ElementKind, ElementKinds, StoreAssignment, StorePart, StoreRole } from './types.ts';
import { collectionOf } from './types.ts';

/** The name of each reference field, as the integrity messages and the fix titles key them. */
export type ReferenceField =
  | 'dataCenter'
  | 'nextHop'
  | 'fileStore'
  | 'mirroringShare'
  | 'logBackupShare'
  | 'logCopyShare'
  | 'pool'
  | 'backEndPool'
  | `${StoreRole}.${StorePart}`;

/** Which store and which part of it a store field is. */
export interface StoreSlot {
  readonly role: StoreRole;
  readonly part: StorePart;
}

/** One reference the design holds: `owner`'s `field` points at `target`. Plain data. */
export interface Reference {
  readonly ownerKind: ElementKind;
  readonly owner: string;
  readonly field: ReferenceField;
  readonly target: string;
  /** The kind of element the field must point at (DSN-002). */
  readonly expects: ElementKind;
  /** Set for the store fields of a pool; null otherwise. */
  readonly store: StoreSlot | null;
}

interface Slot<K extends ElementKind> {
  readonly field: ReferenceField;
  readonly expects: ElementKind;
  /** What the planner calls the field, for messages. */
  readonly name: Text;
  readonly store: StoreSlot | null;
  /** The ids the field holds, in order; a list field holds several. */
  read(element: ElementKinds[K]): readonly string[];
  /** The element without `target` in this field; the same object when the field does not hold it. */
  clear(element: ElementKinds[K], target: string): ElementKinds[K];
}

type SlotTable = { readonly [K in ElementKind]: readonly Slot<K>[] };

const one = (value: string | null): readonly string[] => (value ? [value] : []);

/** A field holding at most one id, cleared to null. */
function single<K extends ElementKind, F extends keyof ElementKinds[K] & string>(
  field: ReferenceField,
  key: F,
  expects: ElementKind,
  name: Text,
): Slot<K> {
  return {
    field,
    expects,
    name,
    store: null,
    read: (el) => one(el[key] as string | null),
    clear: (el, target) => (el[key] === target ? { ...el, [key]: null } : el),
  };
}

const dataCenterSlot = <K extends 'frontEndPool' | 'server' | 'sqlInstance' | 'fileStore' | 'share'>() =>
  single<K, 'dataCenterId'>('dataCenter', 'dataCenterId', 'dataCenter', {
    en: 'data center',
    es: 'centro de datos',
  });

/** A share field of the pool's log-shipping settings. */
function logShare(field: ReferenceField, key: 'backupShareId' | 'copyShareId', name: Text): Slot<'pool'> {
  return {
    field,
    expects: 'share',
    name,
    store: null,
    read: (pool) => one(pool.logShipping[key]),
    clear: (pool, target) =>
      pool.logShipping[key] === target
        ? { ...pool, logShipping: { ...pool.logShipping, [key]: null } }
        : pool,
  };
}

const storeKey: Record<StorePart, keyof StoreAssignment> = {
  instance: 'sqlInstanceId',
  mirror: 'mirrorId',
  witness: 'witnessId',
};

const roleNames: Record<StoreRole, Text> = {
  primary: { en: 'primary store', es: 'almacén principal' },
  backup: { en: 'backup store', es: 'almacén de copia de seguridad' },
  compliance: { en: 'compliance store', es: 'almacén de cumplimiento' },
  complianceBackup: { en: 'backup compliance store', es: 'almacén de cumplimiento de copia de seguridad' },
};

const partNames: Record<StorePart, (role: Text) => Text> = {
  instance: (r) => r,
  mirror: (r) => ({ en: `mirror of the ${r.en}`, es: `reflejo del ${r.es}` }),
  witness: (r) => ({ en: `witness of the ${r.en}`, es: `testigo del ${r.es}` }),
};

function storeSlot(role: StoreRole, part: StorePart): Slot<'pool'> {
  const key = storeKey[part];
  return {
    field: `${role}.${part}`,
    expects: 'sqlInstance',
    name: partNames[part](roleNames[role]),
    store: { role, part },
    read: (pool) => one(pool.stores[role][key]),
    clear: (pool, target) =>
      pool.stores[role][key] === target
        ? { ...pool, stores: { ...pool.stores, [role]: { ...pool.stores[role], [key]: null } } }
        : pool,
  };
}

/** Every reference field of every kind of element, in the order findings list them. */
export const slotsOf: SlotTable = {
  dataCenter: [],
  frontEndPool: [dataCenterSlot<'frontEndPool'>()],
  pool: [
    single('nextHop', 'nextHopId', 'frontEndPool', { en: 'next hop', es: 'próximo salto' }),
    single('fileStore', 'fileStoreId', 'fileStore', { en: 'file store', es: 'almacén de archivos' }),
    single('mirroringShare', 'mirroringShareId', 'share', {
      en: 'mirroring share',
      es: 'recurso de creación de reflejo',
    }),
    logShare('logBackupShare', 'backupShareId', {
      en: 'log-backup share',
      es: 'recurso de copias del registro',
    }),
    logShare('logCopyShare', 'copyShareId', {
      en: 'copy-destination share',
      es: 'recurso de destino de copia',
    }),
    ...storeRoleNames.flatMap((role) => storePartNames.map((part) => storeSlot(role, part))),
  ],
  server: [single('pool', 'poolId', 'pool', { en: 'pool', es: 'grupo' }), dataCenterSlot<'server'>()],
  sqlInstance: [
    {
      field: 'backEndPool',
      expects: 'frontEndPool',
      name: { en: 'Back End pool', es: 'grupo de servidores back-end' },
      store: null,
      read: (i) => i.backEndPoolIds,
      clear: (i, target) =>
        i.backEndPoolIds.includes(target)
          ? { ...i, backEndPoolIds: i.backEndPoolIds.filter((b) => b !== target) }
          : i,
    },
    dataCenterSlot<'sqlInstance'>(),
  ],
  fileStore: [dataCenterSlot<'fileStore'>()],
  share: [dataCenterSlot<'share'>()],
};

/** The kinds that own references, in the order their references are listed. */
const ownerOrder = [
  'frontEndPool',
  'pool',
  'server',
  'sqlInstance',
  'fileStore',
  'share',
] as const satisfies readonly ElementKind[];

/** What each field is called and what it must point at, by field name. */
export const referenceFields: Readonly<Record<ReferenceField, { name: Text; expects: ElementKind }>> =
  Object.fromEntries(
    ownerOrder.flatMap((kind) =>
      (slotsOf[kind] as readonly Slot<ElementKind>[]).map((s) => [
        s.field,
        { name: s.name, expects: s.expects },
      ]),
    ),
  ) as Record<ReferenceField, { name: Text; expects: ElementKind }>;

function elementsOf<K extends ElementKind>(design: Design, kind: K): readonly ElementKinds[K][] {
  return design[collectionOf[kind]] as ElementKinds[K][];
}

/**
 * Every reference the design holds, element by element in document order. References to ids
 * that do not exist, or to the wrong kind, are listed too: judging them is the rules' work.
 */
export const referencesOf: (design: Design) => readonly Reference[] = derived((design: Design) => {
  const out: Reference[] = [];
  for (const kind of ownerOrder) {
    const slots = slotsOf[kind] as readonly Slot<ElementKind>[];
    for (const element of elementsOf(design, kind)) {
      for (const slot of slots) {
        for (const target of slot.read(element)) {
          out.push({
            ownerKind: kind,
            owner: element.id,
            field: slot.field,
            target,
            expects: slot.expects,
            store: slot.store,
          });
        }
      }
    }
  }
  return out;
});

/** The references that point at each id: what a deletion of that element would clear. */
export const referencesByTarget: (design: Design) => ReadonlyMap<string, readonly Reference[]> = derived(
  (design: Design) => groupBy(referencesOf(design), (ref) => ref.target),
);

const slotByField = new Map<ReferenceField, Slot<ElementKind>>(
  ownerOrder.flatMap((kind) =>
    (slotsOf[kind] as readonly Slot<ElementKind>[]).map((s) => [s.field, s] as const),
  ),
);

/** The design with this one reference cleared; the elements themselves stay. */
export function clearReference(design: Design, ref: Reference): Design {
  const slot = slotByField.get(ref.field);
  if (!slot) return design;
  const collection = collectionOf[ref.ownerKind];
  const list = design[collection] as ElementKinds[ElementKind][];
  let changed = false;
  const next = list.map((el) => {
    if (el.id !== ref.owner) return el;
    const cleared = slot.clear(el, ref.target);
    if (cleared !== el) changed = true;
    return cleared;
  });
  return changed ? { ...design, [collection]: next } : design;
}

/**
 * The design without the elements `ids` and without any reference to them, in one pass over
 * the design whatever the number of ids. Collections nothing changed in keep their identity.
 */
export function removeElements(design: Design, ids: ReadonlySet<string>): Design {
  if (ids.size === 0) return design;
  let next: Design = design;
  for (const kind of Object.keys(collectionOf) as ElementKind[]) {
    const collection = collectionOf[kind];
    const slots = slotsOf[kind] as readonly Slot<ElementKind>[];
    const list = design[collection] as ElementKinds[ElementKind][];
    let changed = false;
    const kept: ElementKinds[ElementKind][] = [];
    for (const element of list) {
      if (ids.has(element.id)) {
        changed = true;
        continue;
      }
      let el = element;
      for (const slot of slots) {
        for (const target of slot.read(el)) if (ids.has(target)) el = slot.clear(el, target);
      }
      if (el !== element) changed = true;
      kept.push(el);
    }
    if (changed) next = { ...next, [collection]: kept };
  }
  return next;
}
