/**
 * Copy, paste and duplicate. A pasted element is on a new computer: it gets a new id and a new
 * FQDN in the same series (elements copied from one computer share the new one), and references between the copied elements follow the copies (a
 * copied pool with its servers gives a new pool with new servers), while references to elements
 * that were not copied keep pointing at the originals.
 */
import { indexDesign } from '../../shared/model/design-index.ts';
import { addKindedElement } from '../../shared/model/edit.ts';
import type {
  DesignDocument,
  FileStore,
  NodeLayout,
  PersistentChatPool,
  Share,
  StoreAssignment,
} from '../../shared/model/types.ts';
import { idPrefix } from './factories.ts';
import type { NewElement } from './factories.ts';

import { computerRenamer, designDomain, nextFreeId, takenNames } from './naming.ts';

export interface Clip {
  items: NewElement[];
  layout: Record<string, NodeLayout>;
}

/** The copyable elements among `ids` (data centers are the fixed containers and are not copied). */
export function copyElements(doc: DesignDocument, ids: readonly string[]): Clip | null {
  const index = indexDesign(doc.design);
  const items: NewElement[] = [];
  const layout: Record<string, NodeLayout> = {};
  for (const id of ids) {
    const hit = index.byId.get(id);
    // Every kind but the data center is placeable, so the narrowed pair is a NewElement as it is.
    if (!hit || hit.kind === 'dataCenter') continue;
    items.push(hit);
    const l = doc.layout.nodes[id];
    if (l) layout[id] = l;
  }
  return items.length > 0 ? { items, layout } : null;
}

function remapStores(pool: PersistentChatPool, map: (id: string | null) => string | null) {
  const store = (a: StoreAssignment): StoreAssignment => ({
    sqlInstanceId: map(a.sqlInstanceId),
    mirrorId: map(a.mirrorId),
    witnessId: map(a.witnessId),
  });
  return {
    primary: store(pool.stores.primary),
    backup: store(pool.stores.backup),
    compliance: store(pool.stores.compliance),
    complianceBackup: store(pool.stores.complianceBackup),
  };
}

/** Adds copies of the clip's elements, `offset` away from the originals; returns their ids. */
export function pasteClip(
  doc: DesignDocument,
  clip: Clip,
  offset: { x: number; y: number },
): { doc: DesignDocument; ids: string[] } {
  const index = indexDesign(doc.design);
  const used = new Set(index.byId.keys());
  const taken = takenNames(doc.design);
  const domain = designDomain(doc.design);
  const newIds = new Map<string, string>();
  const idSeries = new Map<string, number>();
  for (const item of clip.items) {
    const id = nextFreeId(idPrefix[item.kind], used, idSeries);
    used.add(id);
    newIds.set(item.element.id, id);
  }
  const map = (ref: string | null) => (ref && newIds.get(ref)) || ref;
  const rename = computerRenamer(taken, domain);
  const knownDataCenter = (dc: string | null) => (dc && index.dataCenter(dc) ? dc : null);
  const rehosted = <E extends FileStore | Share>(el: E, id: string): E => ({
    ...el,
    id,
    serverFqdn: rename(el.serverFqdn),
    dataCenterId: knownDataCenter(el.dataCenterId),
  });

  let design = doc.design;
  const nodes: Record<string, NodeLayout> = { ...doc.layout.nodes };
  for (const item of clip.items) {
    const id = newIds.get(item.element.id)!;
    let copy: NewElement;
    switch (item.kind) {
      case 'pool': {
        const p = item.element;
        copy = {
          kind: item.kind,
          element: {
            ...p,
            id,
            fqdn: rename(p.fqdn),
            nextHopId: map(p.nextHopId),
            fileStoreId: map(p.fileStoreId),
            mirroringShareId: map(p.mirroringShareId),
            logShipping: {
              ...p.logShipping,
              backupShareId: map(p.logShipping.backupShareId),
              copyShareId: map(p.logShipping.copyShareId),
            },
            stores: remapStores(p, map),
          },
        };
        break;
      }
      case 'server':
        copy = {
          kind: item.kind,
          element: {
            ...item.element,
            id,
            fqdn: rename(item.element.fqdn),
            poolId: map(item.element.poolId),
            dataCenterId: knownDataCenter(item.element.dataCenterId),
          },
        };
        break;
      case 'frontEndPool':
        copy = {
          kind: item.kind,
          element: {
            ...item.element,
            id,
            fqdn: rename(item.element.fqdn),
            machines: item.element.machines.map(rename),
            dataCenterId: knownDataCenter(item.element.dataCenterId),
          },
        };
        break;
      case 'sqlInstance':
        copy = {
          kind: item.kind,
          element: {
            ...item.element,
            id,
            serverFqdn: rename(item.element.serverFqdn),
            dataCenterId: knownDataCenter(item.element.dataCenterId),
            backEndPoolIds: item.element.backEndPoolIds.map((b) => map(b) ?? b),
          },
        };
        break;
      case 'fileStore':
        copy = { kind: item.kind, element: rehosted(item.element, id) };
        break;
      case 'share':
        copy = { kind: item.kind, element: rehosted(item.element, id) };
        break;
    }
    design = addKindedElement(design, copy);
    const l = clip.layout[item.element.id] ?? { x: 0, y: 0 };
    nodes[id] = { x: l.x + offset.x, y: l.y + offset.y };
  }
  return { doc: { ...doc, design, layout: { ...doc.layout, nodes } }, ids: [...newIds.values()] };
}
