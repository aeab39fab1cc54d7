/** Data centers the planner makes, splits, merges and deletes, boxes that grow with their contents, and bulk edit. */
import { describe, expect, test } from 'vitest';
import type { NodeChange } from '@xyflow/react';
import type { CanvasNode } from '../../renderer/canvas/derive.ts';
import { templateDocument } from '../../renderer/model/templates.ts';
import { dataCenterRect } from '../../renderer/model/layout.ts';
import { createEditorStore } from '../../renderer/state/editor-store.ts';
import type { EditorStore } from '../../renderer/state/editor-store.ts';
import { createI18n } from '../../renderer/i18n/index.ts';
import { contentsText } from '../../renderer/i18n/data-center-contents.ts';
import { contentCounts } from '../../shared/model/data-centers.ts';
import { bulkValues } from '../../shared/model/bulk-edit.ts';
import { CONTENT_MARGIN, fitDataCentersToContents } from '../../shared/model/data-center-bounds.ts';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/model/layout.ts';
import { exportOrThrow } from '../../shared/xml/export.ts';
import type { DesignDocument } from '../../shared/model/types.ts';

const reference = () => createEditorStore(templateDocument('high-bandwidth'));
const empty = () => createEditorStore(templateDocument('empty'));

function dataCenterOf(store: EditorStore, id: string): string | null | undefined {
  const d = store.getState().doc.design;
  const el = [...d.servers, ...d.sqlInstances, ...d.frontEndPools, ...d.fileStores, ...d.shares].find(
    (e) => e.id === id,
  );
  return el?.dataCenterId;
}

/** Every element of data center `dc` lies inside its box, with the margin. */
function contentsInside(doc: DesignDocument, dc: string): boolean {
  const r = dataCenterRect(doc, dc);
  const all = [
    ...doc.design.servers,
    ...doc.design.sqlInstances,
    ...doc.design.frontEndPools,
    ...doc.design.fileStores,
    ...doc.design.shares,
  ].filter((e) => e.dataCenterId === dc);
  return all.every((e) => {
    const l = doc.layout.nodes[e.id]!;
    return l.x >= CONTENT_MARGIN && l.y >= 0 && l.x + NODE_WIDTH <= r.width && l.y + NODE_HEIGHT <= r.height;
  });
}

/** The names of the central sites the exported topology holds, and its clusters named `fqdn`. */
function exported(doc: DesignDocument, fqdn: string): { sites: string[]; clusters: number } {
  // The designer's own comment repeats the design; only the topology counts here.
  const xml = exportOrThrow(doc).text.replace(/<!--[\s\S]*?-->/g, '');
  const sites = [...xml.matchAll(/<CentralSite\b[^>]*>\s*<Name\b[^>]*>([^<]*)<\/Name>/g)].map((m) => m[1]!);
  const clusters = [...xml.matchAll(/<Cluster\b[^>]*\bFqdn="([^"]*)"/g)].filter((m) => m[1] === fqdn).length;
  return { sites, clusters };
}

describe('adding a data center', () => {
  test('gets a unique name, the Lync site and time zone of the others, and a spot to their right', () => {
    const store = reference();
    const before = store.getState().doc;
    const id = store.getState().addDataCenter();
    const dc = store.getState().doc.design.dataCenters.find((d) => d.id === id)!;
    expect(dc).toMatchObject({ id: 'dc3', name: 'Data center 3', lyncSite: 'Contoso-Central' });
    expect(dc.timeZone).toBe('Central Standard Time');
    const houston = dataCenterRect(before, 'dc2');
    expect(dataCenterRect(store.getState().doc, id).x).toBeGreaterThan(houston.x + houston.width);
    expect(store.getState().selection).toEqual([id]);
    // A second one is numbered on, and the whole addition is one undo step.
    expect(store.getState().addDataCenter()).toBe('dc4');
    expect(store.getState().doc.design.dataCenters.at(-1)!.name).toBe('Data center 4');
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().doc).toBe(before);
  });

  test('is named in the planner language', () => {
    const store = createEditorStore(templateDocument('empty'), { locale: 'es' });
    const id = store.getState().addDataCenter();
    expect(store.getState().doc.design.dataCenters.find((d) => d.id === id)!.name).toBe('Centro de datos 3');
  });
});

describe('deleting a data center', () => {
  test('the Delete key on a selected data center asks first and deletes nothing', () => {
    const store = reference();
    const before = store.getState().doc;
    store.getState().select(['dc1']);
    store.getState().deleteSelection();
    expect(store.getState().prompt).toEqual({ kind: 'deleteDataCenter', id: 'dc1' });
    expect(store.getState().doc).toBe(before);
    expect(store.getState().history.past).toHaveLength(0);
  });

  test('the Delete key on the last data center neither asks nor deletes', () => {
    const store = reference();
    store.getState().deleteDataCenter('dc2', 'dc1');
    const before = store.getState().doc;
    store.getState().select(['dc1']);
    store.getState().deleteSelection();
    expect(store.getState().prompt).toBeNull();
    expect(store.getState().doc).toBe(before);
  });

  test('the question counts its contents by kind, with plurals, in both languages', () => {
    const design = reference().getState().doc.design;
    const counts = contentCounts(design, 'dc1');
    expect(contentsText(counts, createI18n('en').t, 'en')).toBe(
      '4 servers, 4 SQL Server instances, 1 file store, 2 shares, and 1 Front End pool',
    );
    expect(contentsText(counts, createI18n('es').t, 'es')).toBe(
      '4 servidores, 4 instancias de SQL Server, 1 almacén de archivos, 2 recursos compartidos y 1 grupo de servidores front-end',
    );
  });

  test('with its contents: they go, references to them are cleared, and one undo restores all', () => {
    const store = reference();
    const before = store.getState().doc;
    store.getState().deleteDataCenter('dc1', null);
    const after = store.getState().doc;
    expect(after.design.dataCenters.map((d) => d.id)).toEqual(['dc2']);
    expect(after.design.servers.map((s) => s.id)).toEqual(['pc5', 'pc6', 'pc7', 'pc8']);
    expect(after.design.sqlInstances.some((i) => i.id === 'sql-mgc')).toBe(false);
    // The pool's primary store was on sql-mgc in Dallas: the reference to it is cleared.
    expect(after.design.pools[0]!.stores.primary.sqlInstanceId).toBeNull();
    expect(after.layout.nodes.dc1).toBeUndefined();
    expect(after.layout.nodes.pc1).toBeUndefined();
    store.getState().undo();
    expect(store.getState().doc).toBe(before);
  });

  test('moving its contents: they land in the chosen data center, not on top of its boxes', () => {
    const store = reference();
    const before = store.getState().doc;
    store.getState().deleteDataCenter('dc1', 'dc2');
    const after = store.getState().doc;
    expect(after.design.dataCenters.map((d) => d.id)).toEqual(['dc2']);
    expect(after.design.servers).toHaveLength(8);
    expect(after.design.servers.every((s) => s.dataCenterId === 'dc2')).toBe(true);
    expect(after.design.pools[0]!.stores.primary.sqlInstanceId).toBe('sql-mgc');
    // Dallas's boxes keep their arrangement as a block under Houston's.
    const houstonBottom = Math.max(
      ...before.design.servers
        .filter((s) => s.dataCenterId === 'dc2')
        .map((s) => before.layout.nodes[s.id]!.y),
    );
    expect(after.layout.nodes.pc1!.y).toBeGreaterThan(houstonBottom);
    expect(after.layout.nodes.pc2!.x - after.layout.nodes.pc1!.x).toBe(
      before.layout.nodes.pc2!.x - before.layout.nodes.pc1!.x,
    );
    expect(after.layout.nodes.pc2!.y - after.layout.nodes.pc1!.y).toBe(
      before.layout.nodes.pc2!.y - before.layout.nodes.pc1!.y,
    );
    expect(contentsInside(after, 'dc2')).toBe(true);
    store.getState().undo();
    expect(store.getState().doc).toBe(before);
  });

  test('the last data center stays', () => {
    const store = reference();
    store.getState().deleteDataCenter('dc1', null);
    const one = store.getState().doc;
    store.getState().deleteDataCenter('dc2', null);
    expect(store.getState().doc).toBe(one);
  });
});

describe('splitting a data center', () => {
  test('moves the selection into a new data center of the same Lync site, in one undo step', () => {
    const store = reference();
    const before = store.getState().doc;
    const id = store.getState().splitToNewDataCenter(['pc3', 'pc4', 'sql-witness1'])!;
    const after = store.getState().doc;
    const made = after.design.dataCenters.find((d) => d.id === id)!;
    expect(made.lyncSite).toBe('Contoso-Central');
    expect(made.timeZone).toBe('Central Standard Time');
    expect(['pc3', 'pc4', 'sql-witness1'].map((e) => dataCenterOf(store, e))).toEqual([id, id, id]);
    expect(dataCenterOf(store, 'pc1')).toBe('dc1');
    // The moved boxes stand to each other as they did.
    const dx = (doc: DesignDocument) => doc.layout.nodes.pc4!.x - doc.layout.nodes.pc3!.x;
    const dy = (doc: DesignDocument) => doc.layout.nodes['sql-witness1']!.y - doc.layout.nodes.pc3!.y;
    expect(dx(after)).toBe(dx(before));
    expect(dy(after)).toBe(dy(before));
    expect(contentsInside(after, id)).toBe(true);
    store.getState().undo();
    expect(store.getState().doc).toBe(before);
  });

  test('the export still writes one site, with the pool as one cluster in it', () => {
    const store = reference();
    store.getState().splitToNewDataCenter(['pc3', 'pc4']);
    expect(store.getState().doc.design.dataCenters).toHaveLength(3);
    expect(exported(store.getState().doc, 'pchatpool.contoso.com')).toEqual({
      sites: ['Contoso-Central'],
      clusters: 1,
    });
  });

  test('a selection of nothing that lives in a data center changes nothing', () => {
    const store = reference();
    const before = store.getState().doc;
    expect(store.getState().splitToNewDataCenter(['pool1'])).toBeNull();
    expect(store.getState().doc).toBe(before);
  });
});

describe('merging data centers', () => {
  test('moves everything into the other and removes it, in one undo step', () => {
    const store = reference();
    const id = store.getState().splitToNewDataCenter(['pc3', 'pc4'])!;
    const split = store.getState().doc;
    store.getState().mergeDataCenter(id, 'dc1');
    const merged = store.getState().doc;
    expect(merged.design.dataCenters.map((d) => d.id)).toEqual(['dc1', 'dc2']);
    expect(dataCenterOf(store, 'pc3')).toBe('dc1');
    expect(contentsInside(merged, 'dc1')).toBe(true);
    // No merged box sits on one that was there.
    const boxes = merged.design.servers
      .filter((s) => s.dataCenterId === 'dc1')
      .map((s) => merged.layout.nodes[s.id]!);
    for (const a of boxes)
      for (const b of boxes)
        if (a !== b)
          expect(Math.abs(a.x - b.x) < NODE_WIDTH && Math.abs(a.y - b.y) < NODE_HEIGHT).toBe(false);
    store.getState().undo();
    expect(store.getState().doc).toBe(split);
  });
});

describe('a data center grows with its contents', () => {
  test('a box dropped at the edge is inside the data center after the drop', () => {
    const store = empty();
    const dc1 = dataCenterRect(store.getState().doc, 'dc1');
    const id = store
      .getState()
      .placeElement('server', { x: dc1.x + dc1.width - 5, y: dc1.y + dc1.height - 5 });
    expect(dataCenterOf(store, id)).toBe('dc1');
    const grown = dataCenterRect(store.getState().doc, 'dc1');
    expect(grown.width).toBeGreaterThan(dc1.width);
    expect(grown.height).toBeGreaterThan(dc1.height);
    expect(contentsInside(store.getState().doc, 'dc1')).toBe(true);
  });

  test('a data center that grows towards its neighbour pushes it along, keeping the gap', () => {
    const store = empty();
    const before = store.getState().doc;
    const dc1 = dataCenterRect(before, 'dc1');
    const dc2 = dataCenterRect(before, 'dc2');
    const gap = dc2.x - (dc1.x + dc1.width);
    store.getState().placeElement('server', { x: dc1.x + dc1.width - 5, y: dc1.y + 200 });
    const grown = dataCenterRect(store.getState().doc, 'dc1');
    const pushed = dataCenterRect(store.getState().doc, 'dc2');
    expect(grown.width).toBeGreaterThan(dc1.width);
    expect(pushed.x - (grown.x + grown.width)).toBe(gap);
    expect(pushed.width).toBe(dc2.width);
    store.getState().undo();
    expect(store.getState().doc).toBe(before);
  });

  test('a data center that grows away from its neighbour leaves it where it is', () => {
    const store = empty();
    const dc2 = dataCenterRect(store.getState().doc, 'dc2');
    const dc1 = dataCenterRect(store.getState().doc, 'dc1');
    store.getState().placeElement('server', { x: dc1.x + 100, y: dc1.y + dc1.height - 5 });
    expect(dataCenterRect(store.getState().doc, 'dc1').height).toBeGreaterThan(dc1.height);
    expect(dataCenterRect(store.getState().doc, 'dc2')).toEqual(dc2);
  });

  test('a box dragged past the left and top edges moves the corner, and stays where it was dropped', () => {
    const store = empty();
    const id = store.getState().placeElement('server', null, { dataCenter: 'dc1' });
    const dc1 = dataCenterRect(store.getState().doc, 'dc1');
    // React Flow reports a drop in the parent's coordinates; this one is just past the corner.
    store.getState().onNodesChange([
      { id, type: 'position', position: { x: 10, y: 5 }, dragging: true },
      { id, type: 'position', position: { x: 10, y: 5 }, dragging: false },
    ] as NodeChange<CanvasNode>[]);
    const doc = store.getState().doc;
    const moved = dataCenterRect(doc, 'dc1');
    expect(moved.x).toBeLessThan(dc1.x);
    expect(moved.y).toBeLessThan(dc1.y);
    expect(doc.layout.nodes[id]!.x + moved.x).toBe(dc1.x + 10);
    expect(doc.layout.nodes[id]!.y + moved.y).toBe(dc1.y + 5);
    expect(contentsInside(doc, 'dc1')).toBe(true);
  });

  test('a resize by hand never leaves the data center smaller than its contents', () => {
    const store = reference();
    const dc1 = dataCenterRect(store.getState().doc, 'dc1');
    store.getState().resizeDataCenter('dc1', { x: dc1.x, y: dc1.y, width: 200, height: 150 });
    expect(contentsInside(store.getState().doc, 'dc1')).toBe(true);
    expect(dataCenterRect(store.getState().doc, 'dc1').width).toBeGreaterThan(200);
  });

  test('a document whose boxes all fit comes back unchanged', () => {
    const doc = templateDocument('high-bandwidth');
    const fitted = fitDataCentersToContents(doc);
    expect(fitDataCentersToContents(fitted)).toBe(fitted);
  });
});

describe('bulk edit', () => {
  test('one change to a mixed selection sets each field on the kinds that have it, in one undo step', () => {
    const store = reference();
    const before = store.getState().doc;
    const ids = ['pc1', 'pc3', 'sql-mgc', 'sql-witness1', 'fe1', 'pool1'];
    expect(bulkValues(before.design, ids).state).toEqual({ kind: 'mixed' });
    store.getState().updateElements(ids, { state: 'idle' });
    const after = store.getState().doc.design;
    expect(after.servers.filter((s) => s.id === 'pc1' || s.id === 'pc3').map((s) => s.state)).toEqual([
      'idle',
      'idle',
    ]);
    expect(bulkValues(after, ids).state).toEqual({ kind: 'same', value: 'idle' });
    store.getState().undo();
    expect(store.getState().doc).toBe(before);

    store.getState().updateElements(ids, { version: '2012', edition: 'standard' });
    const sql = store.getState().doc.design.sqlInstances.filter((i) => ids.includes(i.id));
    expect(sql.map((i) => [i.version, i.edition])).toEqual([
      ['2012', 'standard'],
      ['2012', 'standard'],
    ]);
    // A Front End pool's edition is not a SQL Server edition.
    expect(store.getState().doc.design.frontEndPools[0]!.edition).toBe(
      before.design.frontEndPools[0]!.edition,
    );
    expect(store.getState().history.past).toHaveLength(1);
  });

  test('a new data center for the selection moves what lives in one, not the pool', () => {
    const store = reference();
    const ids = ['pc1', 'sql-mgc-backup', 'pool1'];
    expect(bulkValues(store.getState().doc.design, ids).dataCenterId).toEqual({ kind: 'mixed' });
    store.getState().updateElements(ids, { dataCenterId: 'dc2' });
    expect(dataCenterOf(store, 'pc1')).toBe('dc2');
    expect(dataCenterOf(store, 'sql-mgc-backup')).toBe('dc2');
    expect(contentsInside(store.getState().doc, 'dc2')).toBe(true);
    expect(bulkValues(store.getState().doc.design, ids).version).toEqual({ kind: 'same', value: '2012' });
  });

  test('a field no selected kind has is absent from the form', () => {
    const design = reference().getState().doc.design;
    expect(bulkValues(design, ['pc1', 'pc2']).version).toEqual({ kind: 'absent' });
    expect(bulkValues(design, ['sql-mgc', 'sql-witness1']).state).toEqual({ kind: 'absent' });
  });
});
