/** Positions for elements that have none (an XML import), and the canvas derived from a design. */
import { describe, expect, test } from 'vitest';
import { completeLayout, freeSpot, dataCenterAt } from '../../renderer/model/layout.ts';
import { templateDocument } from '../../renderer/model/templates.ts';
import { deriveCanvas } from '../../renderer/canvas/derive.ts';
import { findingsFor } from '../../renderer/state/findings.ts';
import { updateElement } from '../../shared/model/edit.ts';

describe('layout', () => {
  test('a design without a layout gets one, each element inside its own data center, none in another', () => {
    const ref = templateDocument('high-bandwidth');
    const bare = completeLayout({ ...ref, layout: { nodes: {} } });
    const nodes = bare.layout.nodes;
    expect(Object.keys(nodes)).toHaveLength(Object.keys(ref.layout.nodes).length);
    const seen = new Set<string>();
    for (const s of bare.design.servers) {
      const l = nodes[s.id]!;
      const key = `${s.dataCenterId}/${l.x}/${l.y}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
      const box = nodes[s.dataCenterId!]!;
      expect(dataCenterAt(bare, { x: box.x + l.x + 10, y: box.y + l.y + 10 })).toBe(s.dataCenterId);
    }
  });

  test('positions already there are kept', () => {
    const ref = templateDocument('high-bandwidth');
    expect(completeLayout(ref)).toBe(ref);
    const { pc1: _gone, ...rest } = ref.layout.nodes;
    const partial = completeLayout({ ...ref, layout: { nodes: rest } });
    expect(partial.layout.nodes.pc2).toBe(ref.layout.nodes.pc2);
    expect(partial.layout.nodes.pc1).toBeDefined();
  });

  test('a free spot covers no box already in the data center', () => {
    const ref = templateDocument('high-bandwidth');
    const spot = freeSpot(ref, 'dc1');
    for (const s of ref.design.servers.filter((x) => x.dataCenterId === 'dc1')) {
      const l = ref.layout.nodes[s.id]!;
      expect(Math.abs(l.x - spot.x) >= 160 || Math.abs(l.y - spot.y) >= 64).toBe(true);
    }
  });
});

describe('deriving the canvas', () => {
  test('an edit re-creates only the boxes and lines it touches', () => {
    const doc = templateDocument('high-bandwidth');
    const first = deriveCanvas(doc, findingsFor(doc.design, 'en'), new Set(), { nodes: [], edges: [] });
    const edited = { ...doc, design: updateElement(doc.design, 'fileStore', 'fs2', { shareName: 'files2' }) };
    const second = deriveCanvas(edited, findingsFor(edited.design, 'en'), new Set(), first);
    const changedNodes = second.nodes.filter((n, i) => n !== first.nodes[i]).map((n) => n.id);
    expect(changedNodes).toEqual(['fs2']);
    expect(second.edges.every((e, i) => e === first.edges[i])).toBe(true);
  });

  test('boxes named by a finding carry its badge, and so does a line between two of them', () => {
    let doc = templateDocument('high-bandwidth');
    doc = {
      ...doc,
      design: updateElement(doc.design, 'sqlInstance', 'sql-mgc-mirror', { dataCenterId: 'dc2' }),
    };
    const view = deriveCanvas(doc, findingsFor(doc.design, 'en'), new Set(), { nodes: [], edges: [] });
    const mirror = view.nodes.find((n) => n.id === 'sql-mgc-mirror')!;
    expect(mirror.type === 'element' && mirror.data.badge?.severity).toBe('error');
    const edge = view.edges.find((e) => e.id === 'mirror:pool1:sql-mgc:sql-mgc-mirror')!;
    expect(edge.data?.badge?.severity).toBe('error');
    // Data centers come first, as React Flow needs parents before children.
    expect(view.nodes.slice(0, 2).map((n) => n.type)).toEqual(['dataCenter', 'dataCenter']);
  });
});
