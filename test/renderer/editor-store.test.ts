/** The editor store: the planner's commands, undo and redo, and what the rules see. */
import { describe, expect, test } from 'vitest';
import type { NodeChange } from '@xyflow/react';
import { templateDocument } from '../../renderer/model/templates.ts';
import { dataCenterRect } from '../../renderer/model/layout.ts';
import type { CanvasNode } from '../../renderer/canvas/derive.ts';
import { createEditorStore } from '../../renderer/state/editor-store.ts';
import type { EditorStore } from '../../renderer/state/editor-store.ts';
import { findingsFor, validationRuns } from '../../renderer/state/findings.ts';
import { HISTORY_LIMIT } from '../../renderer/state/history.ts';

const reference = () => createEditorStore(templateDocument('high-bandwidth'));
const empty = () => createEditorStore(templateDocument('empty'));

function element(store: EditorStore, id: string) {
  const d = store.getState().doc.design;
  return [...d.servers, ...d.sqlInstances, ...d.pools, ...d.frontEndPools, ...d.fileStores, ...d.shares].find(
    (e) => e.id === id,
  ) as Record<string, unknown> | undefined;
}

/** What React Flow reports when a drag of `id` ends at `position` (in its parent's coordinates). */
function dragEnd(store: EditorStore, id: string, position: { x: number; y: number }) {
  store.getState().onNodesChange([
    { id, type: 'position', position, dragging: true },
    { id, type: 'position', position, dragging: false },
  ] as NodeChange<CanvasNode>[]);
}

describe('placing elements', () => {
  test('an element dropped inside a data center is in it, and drawn inside it', () => {
    const store = empty();
    const dc2 = dataCenterRect(store.getState().doc, 'dc2');
    const id = store.getState().placeElement('sqlInstance', { x: dc2.x + 200, y: dc2.y + 200 });
    expect(element(store, id)?.dataCenterId).toBe('dc2');
    const node = store.getState().nodes.find((n) => n.id === id)!;
    expect(node.parentId).toBe('dc2');
    expect(node.position).toEqual({ x: 200 - 80, y: 200 - 32 });
    expect(store.getState().selection).toEqual([id]);
  });

  test('an element dropped outside both data centers has none; a pool never has one', () => {
    const store = empty();
    const loose = store.getState().placeElement('server', { x: -500, y: -500 });
    expect(element(store, loose)?.dataCenterId).toBeNull();
    const pool = store.getState().placeElement('pool', { x: 100, y: 100 });
    expect(store.getState().nodes.find((n) => n.id === pool)?.parentId).toBeUndefined();
  });

  test('a new server joins the only pool; with two pools it waits to be connected', () => {
    const store = empty();
    const pool = store.getState().placeElement('pool', { x: 0, y: -100 });
    const first = store.getState().placeElement('server', null);
    expect(element(store, first)?.poolId).toBe(pool);
    store.getState().placeElement('pool', { x: 300, y: -100 });
    const second = store.getState().placeElement('server', null);
    expect(element(store, second)?.poolId).toBeNull();
  });

  test('new computers get FQDNs nobody in the design uses, in its domain', () => {
    const store = reference();
    const a = store.getState().placeElement('server', null);
    const b = store.getState().placeElement('server', null);
    expect(element(store, a)?.fqdn).toBe('pchat1.contoso.com'.replace('pchat1', 'pchat9'));
    expect(element(store, b)?.fqdn).toBe('pchat10.contoso.com');
  });

  test('without a drop point, an element goes to a free spot of the selected data center', () => {
    const store = reference();
    store.getState().select(['fe2']);
    const id = store.getState().placeElement('fileStore', null);
    expect(element(store, id)?.dataCenterId).toBe('dc2');
    const taken = Object.entries(store.getState().doc.layout.nodes).filter(
      ([other]) => other !== id && element(store, other)?.dataCenterId === 'dc2',
    );
    const mine = store.getState().doc.layout.nodes[id]!;
    expect(taken.some(([, l]) => Math.abs(l.x - mine.x) < 160 && Math.abs(l.y - mine.y) < 64)).toBe(false);
  });

  test('a share dropped onto a SQL Server instance is put on that instance’s computer', () => {
    const store = reference();
    const id = store.getState().placeElement('share', { x: 0, y: 0 }, { onto: 'sql-mgc-backup' });
    expect(element(store, id)).toMatchObject({ serverFqdn: 'sqlpc2.contoso.com', dataCenterId: 'dc2' });
  });
});

describe('moving boxes', () => {
  test('moving a box inside its data center changes only the layout, and does not run the rules', () => {
    const store = reference();
    const design = store.getState().doc.design;
    const findings = findingsFor(design, 'en');
    const runs = validationRuns();
    const before = store.getState().doc.layout.nodes.pc1;
    dragEnd(store, 'pc1', { x: 40, y: 160 });
    const s = store.getState();
    expect(s.doc.design).toBe(design);
    expect(s.doc.layout.nodes.pc1).toMatchObject({ x: 40, y: 160 });
    expect(findingsFor(s.doc.design, 'en')).toBe(findings);
    expect(validationRuns()).toBe(runs);
    // It is still one undo step.
    s.undo();
    expect(store.getState().doc.layout.nodes.pc1).toEqual(before);
  });

  test('frames of a drag touch only the view: no undo step, no layout change', () => {
    const store = reference();
    const before = store.getState();
    const nodesBefore = before.nodes;
    store
      .getState()
      .onNodesChange([
        { id: 'pc1', type: 'position', position: { x: 41, y: 141 }, dragging: true },
      ] as NodeChange<CanvasNode>[]);
    const s = store.getState();
    expect(s.doc).toBe(before.doc);
    expect(s.history.past).toHaveLength(0);
    // Only the dragged box is a new object; the other boxes are the same objects as before.
    const changed = s.nodes.filter((n, i) => n !== nodesBefore[i]).map((n) => n.id);
    expect(changed).toEqual(['pc1']);
  });

  test('a server dragged into the other data center moves there, and the rules run again', () => {
    const store = reference();
    const dc1 = dataCenterRect(store.getState().doc, 'dc1');
    const dc2 = dataCenterRect(store.getState().doc, 'dc2');
    const runs = validationRuns();
    // Relative to its old data center (dc1), a point well inside dc2.
    dragEnd(store, 'pc3', { x: dc2.x - dc1.x + 300, y: 500 });
    const s = store.getState();
    expect(element(store, 'pc3')?.dataCenterId).toBe('dc2');
    expect(s.doc.layout.nodes.pc3).toEqual({ x: 300, y: 500 });
    expect(s.nodes.find((n) => n.id === 'pc3')?.parentId).toBe('dc2');
    expect(validationRuns()).toBe(runs + 1);
    s.undo();
    expect(element(store, 'pc3')?.dataCenterId).toBe('dc1');
  });

  test('moveToDataCenter moves several elements, each to a free spot', () => {
    const store = reference();
    store.getState().moveToDataCenter(['pc1', 'pc2'], 'dc2');
    const s = store.getState();
    expect(element(store, 'pc1')?.dataCenterId).toBe('dc2');
    expect(element(store, 'pc2')?.dataCenterId).toBe('dc2');
    expect(s.doc.layout.nodes.pc1).not.toEqual(s.doc.layout.nodes.pc2);
    expect(s.history.past).toHaveLength(1);
  });

  test('resizing a data center is an undoable layout change', () => {
    const store = reference();
    const before = store.getState().doc.layout.nodes.dc1;
    // Larger than its contents on both sides, so nothing clamps it.
    const bigger = { x: before!.x, y: before!.y, width: before!.width! + 100, height: before!.height! + 100 };
    store.getState().resizeDataCenter('dc1', bigger);
    expect(store.getState().doc.layout.nodes.dc1).toEqual(bigger);
    store.getState().undo();
    expect(store.getState().doc.layout.nodes.dc1).toEqual(before);
  });

  test('resizing from the top-left corner leaves the boxes inside where they were', () => {
    const store = reference();
    const before = store.getState().doc.layout.nodes.pc1!;
    store.getState().resizeDataCenter('dc1', { x: -40, y: -30, width: 800, height: 650 });
    expect(store.getState().doc.layout.nodes.pc1).toEqual({ x: before.x + 40, y: before.y + 30 });
    expect(store.getState().history.past).toHaveLength(1);
  });
});

describe('connections', () => {
  test('a mirror drawn from a store sets the mirror of that store', () => {
    const store = reference();
    store.getState().disconnect(['mirror:pool1:sql-mgc:sql-mgc-mirror']);
    expect(store.getState().doc.design.pools[0]!.stores.primary.mirrorId).toBeNull();
    // The witness goes with its mirror (PC-042).
    expect(store.getState().doc.design.pools[0]!.stores.primary.witnessId).toBeNull();
    expect(store.getState().connectMirror('sql-mgc', 'sql-mgc-mirror')).toBeNull();
    expect(store.getState().doc.design.pools[0]!.stores.primary.mirrorId).toBe('sql-mgc-mirror');
  });

  test('a refused connection changes nothing and says why', () => {
    const store = reference();
    const doc = store.getState().doc;
    expect(store.getState().connectMirror('sql-witness1', 'sql-mgc-mirror')).toEqual({
      reason: 'notAStore',
      params: { from: 'sqlwit1.contoso.com\\WITNESS', to: 'sqlpc1m.contoso.com\\PCHAT' },
    });
    expect(store.getState().doc).toBe(doc);
    expect(store.getState().history.past).toHaveLength(0);
  });

  test('deleting a selected line clears exactly the reference it stands for', () => {
    const store = reference();
    store.getState().select(['nextHop:pool1']);
    store.getState().deleteSelection();
    const d = store.getState().doc.design;
    expect(d.pools[0]!.nextHopId).toBeNull();
    expect(d.frontEndPools).toHaveLength(2);
  });
});

describe('undo and redo', () => {
  test('every kind of model change is one step, undone and redone in order', () => {
    const store = reference();
    const s = () => store.getState();
    const start = s().doc;
    s().updateElement('pc1', { fqdn: 'pchat99.contoso.com' });
    s().renameDataCenter('dc2', 'Austin');
    s().assignStoreInstance('pool1', 'primary', 'witness', null);
    s().updateDesign({ name: 'Renamed' });
    const id = s().placeElement('server', null);
    s().select([id]);
    s().deleteSelection();
    expect(s().history.past).toHaveLength(6);
    const end = s().doc;
    for (let i = 0; i < 6; i++) s().undo();
    expect(s().doc).toBe(start);
    for (let i = 0; i < 6; i++) s().redo();
    expect(s().doc).toBe(end);
  });

  test('a new change after undo forgets what was undone', () => {
    const store = reference();
    store.getState().renameDataCenter('dc1', 'A');
    store.getState().undo();
    store.getState().renameDataCenter('dc1', 'B');
    expect(store.getState().history.future).toHaveLength(0);
    store.getState().redo();
    expect(store.getState().doc.design.dataCenters[0]!.name).toBe('B');
  });

  test('a quick fix is one undoable step', () => {
    const store = reference();
    store.getState().updateElement('pc3', { state: 'active' });
    store.getState().updateElement('pc4', { state: 'active' });
    const finding = findingsFor(store.getState().doc.design, 'en').findings.find(
      (f) => f.ruleId === 'PC-001',
    )!;
    expect(finding.fix).not.toBeNull();
    store.getState().applyQuickFix(finding);
    expect(findingsFor(store.getState().doc.design, 'en').summary.errors).toBe(0);
    store.getState().undo();
    expect(findingsFor(store.getState().doc.design, 'en').findings.map((f) => f.ruleId)).toContain('PC-001');
  });

  test('history keeps the last steps only', () => {
    const store = reference();
    for (let i = 0; i <= HISTORY_LIMIT + 5; i++) store.getState().renameDataCenter('dc1', `Name ${i}`);
    expect(store.getState().history.past).toHaveLength(HISTORY_LIMIT);
  });

  test('selection is not a model change', () => {
    const store = reference();
    store.getState().select(['pc1', 'pc2']);
    store.getState().selectAll();
    store.getState().clearSelection();
    expect(store.getState().history.past).toHaveLength(0);
  });
});

describe('clipboard and selection', () => {
  test('pasted servers get new ids and new FQDNs, in the same pool and data center', () => {
    const store = reference();
    store.getState().select(['pc1', 'pc5']);
    store.getState().copySelection();
    store.getState().paste();
    const s = store.getState();
    expect(s.selection).toHaveLength(2);
    const copies = s.selection.map((id) => element(store, id)!);
    expect(copies.map((c) => c.fqdn)).toEqual(['pchat9.contoso.com', 'pchat10.contoso.com']);
    expect(copies.map((c) => c.poolId)).toEqual(['pool1', 'pool1']);
    expect(copies.map((c) => c.dataCenterId)).toEqual(['dc1', 'dc2']);
    // Pasting again pastes new copies again, with newer names still.
    store.getState().paste();
    expect(store.getState().selection.map((id) => element(store, id)!.fqdn)).toEqual([
      'pchat11.contoso.com',
      'pchat12.contoso.com',
    ]);
  });

  test('a duplicated pool with its servers gets its own servers; references to others stay', () => {
    const store = reference();
    store.getState().select(['pool1', 'pc1']);
    store.getState().duplicateSelection();
    const [poolCopy, serverCopy] = store.getState().selection;
    const pool = element(store, poolCopy!)!;
    expect(pool.fqdn).toBe('pchatpool1.contoso.com');
    expect(pool.nextHopId).toBe('fe1');
    expect(element(store, serverCopy!)!.poolId).toBe(poolCopy);
  });

  test('a duplicated Front End pool renames its machines too', () => {
    const store = reference();
    store.getState().select(['fe1']);
    store.getState().duplicateSelection();
    const copy = element(store, store.getState().selection[0]!)!;
    expect(copy.fqdn).toBe('fepool3.contoso.com');
    expect(copy.machines).toEqual(['fe1-04.contoso.com', 'fe1-05.contoso.com', 'fe1-06.contoso.com']);
  });

  test('select all takes every element and line but not the data centers; delete leaves the data centers', () => {
    const store = reference();
    store.getState().selectAll();
    const s = store.getState();
    expect(s.selection).not.toContain('dc1');
    expect(s.selection).toContain('nextHop:pool1');
    s.deleteSelection();
    const d = store.getState().doc.design;
    expect(d.dataCenters).toHaveLength(2);
    expect(d.servers).toHaveLength(0);
    expect(Object.keys(store.getState().doc.layout.nodes).sort()).toEqual(['dc1', 'dc2']);
  });

  test('deleting an element clears every reference to it', () => {
    const store = reference();
    store.getState().select(['sql-witness1']);
    store.getState().deleteSelection();
    const stores = store.getState().doc.design.pools[0]!.stores;
    expect(stores.primary.witnessId).toBeNull();
    expect(stores.compliance.witnessId).toBeNull();
  });
});

describe('documents', () => {
  test('a new design replaces an unmodified one at once, with a fresh history', () => {
    const store = reference();
    store.getState().newDesign('empty');
    const s = store.getState();
    expect(s.doc.design.servers).toHaveLength(0);
    expect(s.pending).toBeNull();
    expect(s.history.past).toHaveLength(0);
  });

  test('over unsaved changes it waits for the planner: cancel keeps the design, confirm replaces it', () => {
    const store = reference();
    store.getState().renameDataCenter('dc1', 'Changed');
    store.getState().newDesign('low-bandwidth');
    expect(store.getState().pending).not.toBeNull();
    store.getState().cancelPending();
    expect(store.getState().doc.design.dataCenters[0]!.name).toBe('Changed');
    store.getState().newDesign('low-bandwidth');
    store.getState().confirmPending();
    expect(store.getState().doc.design.dataCenters[1]!.name).toBe('Atlanta');
  });

  test('saving marks the document unmodified; undoing back to the saved state is unmodified too', () => {
    const store = reference();
    store.getState().renameDataCenter('dc1', 'Changed');
    const saved = store.getState().doc;
    store.getState().markSaved(saved, { name: 'x.pctopo', fileId: null });
    expect(store.getState().doc).toBe(store.getState().savedDoc);
    store.getState().renameDataCenter('dc1', 'Again');
    expect(store.getState().doc).not.toBe(store.getState().savedDoc);
    store.getState().undo();
    expect(store.getState().doc).toBe(store.getState().savedDoc);
  });

  test('findings follow the language, with the same badges', () => {
    const store = reference();
    store.getState().updateElement('pc3', { state: 'active' });
    store.getState().updateElement('pc4', { state: 'active' });
    const en = findingsFor(store.getState().doc.design, 'en').findings.find((f) => f.ruleId === 'PC-001')!;
    store.getState().setLocale('es');
    const es = findingsFor(store.getState().doc.design, 'es').findings.find((f) => f.ruleId === 'PC-001')!;
    expect(en.message).toMatch(/^Pool /);
    expect(es.message).toMatch(/^El grupo /);
    const badge = store.getState().nodes.find((n) => n.id === 'pc3')!.data.badge;
    expect(badge).toMatchObject({ severity: 'error' });
  });
});

describe('a quick fix that moves a box to another data center', () => {
  test('puts it on a free spot there, not on top of another box', () => {
    // The primary store's mirror saved in the wrong data center, in the cell the primary store has
    // in Dallas (positions are relative to a data center): PC-025 offers to move it to Dallas.
    const saved = templateDocument('high-bandwidth');
    const store = createEditorStore({
      ...saved,
      design: {
        ...saved.design,
        sqlInstances: saved.design.sqlInstances.map((i) =>
          i.id === 'sql-mgc-mirror' ? { ...i, dataCenterId: 'dc2' } : i,
        ),
      },
      layout: {
        ...saved.layout,
        nodes: { ...saved.layout.nodes, 'sql-mgc-mirror': { ...saved.layout.nodes['sql-mgc']! } },
      },
    });
    const finding = findingsFor(store.getState().doc.design, 'en').findings.find(
      (f) => f.ruleId === 'PC-025',
    );
    expect(finding?.fix?.title).toBe('Move sqlpc1m.contoso.com\\PCHAT to Dallas');
    store.getState().applyQuickFix(finding!);
    const { doc } = store.getState();
    expect(doc.design.sqlInstances.find((i) => i.id === 'sql-mgc-mirror')?.dataCenterId).toBe('dc1');
    const moved = doc.layout.nodes['sql-mgc-mirror']!;
    const inDallas = Object.values(doc.design)
      .filter(Array.isArray)
      .flat()
      .filter(
        (e: { id: string; dataCenterId?: string | null }) =>
          e.dataCenterId === 'dc1' && e.id !== 'sql-mgc-mirror',
      );
    expect(inDallas.length).toBeGreaterThan(5);
    for (const other of inDallas) {
      const l = doc.layout.nodes[(other as { id: string }).id]!;
      expect({ x: l.x, y: l.y }, `on top of ${(other as { id: string }).id}`).not.toEqual({
        x: moved.x,
        y: moved.y,
      });
    }
  });
});
