import { describe, expect, it } from 'vitest';
import {
  ARRANGE_GAP_X,
  ARRANGE_GAP_Y,
  UNMEASURED_HEIGHT,
  arrange,
  arrangeBlock,
  arrangeDocument,
} from '../../shared/model/arrange.ts';
import { NODE_HEIGHT, NODE_WIDTH, dataCenterOf, normalizeLayout } from '../../shared/model/layout.ts';
import { loadDesign, serializeDesign } from '../../shared/model/load.ts';
import { relationsOf } from '../../shared/model/relations.ts';
import { routesInStep } from '../../shared/model/routes.ts';
import { storeRoleNames } from '../../shared/model/schema.ts';
import type { DesignDocument } from '../../shared/model/types.ts';
import { loadExample } from '../support/designs.ts';
import { emptyDesign } from '../support/generate.ts';
import {
  elementRects,
  overlap,
  overlappingPairs,
  outsideTheirDataCenter,
} from '../support/layout-geometry.ts';
import type { Rect } from '../support/layout-geometry.ts';

const CELL_W = NODE_WIDTH + ARRANGE_GAP_X;
const CELL_H = UNMEASURED_HEIGHT + ARRANGE_GAP_Y;

function arranged(): DesignDocument {
  return arrangeDocument(loadExample('reference-high-bandwidth'));
}

/** Whether the segment a–b passes through the inside of `r` (its border shrunk by `inset`). */
function segmentCrosses(a: { x: number; y: number }, b: { x: number; y: number }, r: Rect, inset = 1) {
  const [x0, y0, x1, y1] = [r.x + inset, r.y + inset, r.x + r.width - inset, r.y + r.height - inset];
  const [lx, hx, ly, hy] = [Math.min(a.x, b.x), Math.max(a.x, b.x), Math.min(a.y, b.y), Math.max(a.y, b.y)];
  return hx > x0 && lx < x1 && hy > y0 && ly < y1;
}

describe('auto-arrange', () => {
  it('puts the rows of roles in order inside each data center: Front End pools, servers, SQL Server instances, then shares and file stores', () => {
    const doc = arranged();
    const d = doc.design;
    for (const dc of d.dataCenters) {
      const ys = (list: readonly { id: string; dataCenterId: string | null }[]) =>
        list.filter((e) => e.dataCenterId === dc.id).map((e) => doc.layout.nodes[e.id]!.y);
      const rows = [
        ys(d.frontEndPools),
        ys(d.servers),
        ys(d.sqlInstances),
        [...ys(d.shares), ...ys(d.fileStores)],
      ];
      for (const row of rows) expect(row.length).toBeGreaterThan(0);
      for (let i = 1; i < rows.length; i++)
        expect(Math.max(...rows[i - 1]!)).toBeLessThan(Math.min(...rows[i]!));
    }
    // The pool's band is above every data center.
    const poolBottom = doc.layout.nodes['pool1']!.y + NODE_HEIGHT;
    for (const dc of d.dataCenters) expect(poolBottom).toBeLessThanOrEqual(doc.layout.nodes[dc.id]!.y);
  });

  it('puts each mirror beside its principal and the witness near both', () => {
    const doc = arranged();
    const rects = new Map(elementRects(doc).map((r) => [r.id, r]));
    let sessions = 0;
    for (const pool of doc.design.pools) {
      for (const role of storeRoleNames) {
        const { sqlInstanceId: p, mirrorId: m, witnessId: w } = pool.stores[role];
        if (!p || !m) continue;
        sessions++;
        const [a, b] = [rects.get(p)!, rects.get(m)!];
        expect(b.y, `${m} in the row of ${p}`).toBe(a.y);
        expect(Math.abs(b.x - a.x), `${m} next to ${p}`).toBe(CELL_W);
        if (!w) continue;
        const c = rects.get(w)!;
        for (const end of [a, b]) {
          expect(Math.abs(c.x - end.x), `${w} near ${end.id}`).toBeLessThanOrEqual(2 * CELL_W);
          expect(Math.abs(c.y - end.y), `${w} near ${end.id}`).toBeLessThanOrEqual(CELL_H);
        }
      }
    }
    expect(sessions).toBe(4);
  });

  it('keeps the data centers side by side, with the log-shipping ends on the sides that face each other', () => {
    const doc = arranged();
    const [dc1, dc2] = doc.design.dataCenters.map((d) => doc.layout.nodes[d.id]!);
    expect(dc1!.y).toBe(dc2!.y);
    expect(dc1!.x + dc1!.width!).toBeLessThan(dc2!.x);
    const rects = new Map(elementRects(doc).map((r) => [r.id, r]));
    const inRow = (id: string) =>
      elementRects(doc).filter(
        (r) => r.y === rects.get(id)!.y && dataCenterOf(doc.design, r.id) === dataCenterOf(doc.design, id),
      );
    // The primary store's group sits at the right of the first data center, the backup's at the left of the second.
    const primaryRow = inRow('sql-mgc');
    expect(Math.max(...primaryRow.map((r) => r.x))).toBe(rects.get('sql-mgc-mirror')!.x);
    const backupRow = inRow('sql-mgc-backup');
    expect(Math.min(...backupRow.map((r) => r.x))).toBe(rects.get('sql-mgc-backup')!.x);
  });

  it('leaves no two boxes overlapping and every box inside its data center', () => {
    for (const name of ['reference-high-bandwidth', 'low-bandwidth', 'broken'] as const) {
      const doc = arrangeDocument(loadExample(name));
      expect(overlappingPairs(doc), name).toEqual([]);
      expect(outsideTheirDataCenter(doc), name).toEqual([]);
    }
  });

  it('routes every line clear of every box it does not join, with its label over no box', () => {
    const doc = arranged();
    const rects = elementRects(doc);
    const relations = relationsOf(doc.design);
    expect(Object.keys(doc.layout.edges!).sort()).toEqual(relations.map((r) => r.id).sort());
    for (const r of relations) {
      const route = doc.layout.edges![r.id]!;
      for (const box of rects) {
        if (box.id === r.source || box.id === r.target) continue;
        for (let i = 1; i < route.points.length; i++) {
          expect(
            segmentCrosses(route.points[i - 1]!, route.points[i]!, box),
            `${r.id} crosses ${box.id}`,
          ).toBe(false);
        }
      }
      // A label about 16 px high and as wide as a box, centred on its point, covers no box.
      const label: Rect = {
        id: 'label',
        x: route.label!.x - NODE_WIDTH / 2,
        y: route.label!.y - 8,
        width: NODE_WIDTH,
        height: 16,
      };
      for (const box of rects) expect(overlap(label, box), `label of ${r.id} over ${box.id}`).toBe(false);
      // Orthogonal: every segment is horizontal or vertical.
      for (let i = 1; i < route.points.length; i++) {
        const [a, b] = [route.points[i - 1]!, route.points[i]!];
        expect(a.x === b.x || a.y === b.y, r.id).toBe(true);
      }
    }
  });

  it('gives the same design the same layout', async () => {
    const a = arranged();
    const b = await arrange(loadExample('reference-high-bandwidth'));
    expect(b.layout).toEqual(a.layout);
  });

  it('does not throw on an empty design or on references to elements that do not exist', () => {
    const empty: DesignDocument = { formatVersion: 1, design: emptyDesign, layout: { nodes: {} } };
    expect(arrangeDocument(empty).layout.nodes).toEqual({});
    const doc = loadExample('reference-high-bandwidth');
    const dangling: DesignDocument = {
      ...doc,
      design: {
        ...doc.design,
        servers: doc.design.servers.map((s, i) =>
          i === 0 ? { ...s, poolId: 'no-such-pool', dataCenterId: 'no-such-dc' } : s,
        ),
        pools: doc.design.pools.map((p) => ({
          ...p,
          nextHopId: 'gone',
          stores: { ...p.stores, primary: { ...p.stores.primary, mirrorId: 'gone' } },
        })),
      },
    };
    const out = arrangeDocument(dangling);
    expect(overlappingPairs(out)).toEqual([]);
    expect(out.layout.nodes['pc1']).toBeDefined();
  });
});

describe('routes in the layout', () => {
  it('survive a save and a load, under the same relation ids', () => {
    const doc = arranged();
    const again = loadDesign(serializeDesign(doc));
    expect(relationsOf(again.design).map((r) => r.id)).toEqual(relationsOf(doc.design).map((r) => r.id));
    expect(again.layout.edges).toEqual(doc.layout.edges);
  });

  it('are optional: a file without them loads', () => {
    const doc = loadExample('low-bandwidth');
    const { edges: _edges, ...rest } = doc.layout;
    expect(loadDesign(serializeDesign({ ...doc, layout: rest })).layout.edges).toBeUndefined();
  });

  it('are dropped when a box they join, or its data center, moves by hand, and kept otherwise', () => {
    const doc = arranged();
    const moved: DesignDocument = {
      ...doc,
      layout: {
        ...doc.layout,
        nodes: {
          ...doc.layout.nodes,
          pc1: { ...doc.layout.nodes['pc1']!, x: doc.layout.nodes['pc1']!.x + 5 },
        },
      },
    };
    const after = routesInStep(doc, moved).layout.edges!;
    expect(after['member:pc1']).toBeUndefined();
    expect(after['member:pc2']).toBe(doc.layout.edges!['member:pc2']);
    const dcMoved: DesignDocument = {
      ...doc,
      layout: { ...doc.layout, nodes: { ...doc.layout.nodes, dc2: { ...doc.layout.nodes['dc2']!, y: 40 } } },
    };
    const routes = routesInStep(doc, dcMoved).layout.edges!;
    expect(routes['member:pc5']).toBeUndefined();
    expect(routes['mirror:pool1:sql-mgc:sql-mgc-mirror']).toBeDefined();
  });

  it('are dropped when a moved box lands on them, found among many moved boxes, and kept when it lands elsewhere', () => {
    const doc = arranged();
    const [id, route] = Object.entries(doc.layout.edges!).find(([, r]) => r.points.length >= 2)!;
    const relation = relationsOf(doc.design).find((r) => r.id === id)!;
    // A Front End pool far off the diagram that joins nothing the route joins, and many other
    // pools moved far away: only the one put on the route's first segment may drop it.
    const a = route.points[0]!;
    const b = route.points[1]!;
    const mid = { x: (a.x + b.x) / 2 - NODE_WIDTH / 2, y: (a.y + b.y) / 2 - NODE_HEIGHT / 2 };
    const extra = Array.from({ length: 300 }, (_, i) => ({
      ...doc.design.frontEndPools[0]!,
      id: `fe-extra-${i}`,
      fqdn: `fe${i}.contoso.com`,
      dataCenterId: null,
    }));
    const design = { ...doc.design, frontEndPools: [...doc.design.frontEndPools, ...extra] };
    const far = Object.fromEntries(extra.map((f, i) => [f.id, { x: 50_000 + i * 200, y: 50_000 }]));
    const before: DesignDocument = {
      ...doc,
      design,
      layout: { ...doc.layout, nodes: { ...doc.layout.nodes, ...far } },
    };
    const movedElsewhere = Object.fromEntries(
      extra.map((f, i) => [f.id, { x: 60_000 + i * 200, y: 60_000 }]),
    );
    const away = routesInStep(before, {
      ...before,
      layout: { ...before.layout, nodes: { ...before.layout.nodes, ...movedElsewhere } },
    });
    expect(away.layout.edges![id]).toBe(route);
    expect([relation.source, relation.target]).not.toContain('fe-extra-7');
    const onTheRoute = { ...movedElsewhere, 'fe-extra-7': mid };
    const landed = routesInStep(before, {
      ...before,
      layout: { ...before.layout, nodes: { ...before.layout.nodes, ...onTheRoute } },
    });
    expect(landed.layout.edges![id]).toBeUndefined();
  });

  it('survive a hostile route far out without walking a grid cell by cell', () => {
    const doc = arranged();
    const hostile = {
      points: [
        { x: -1e12, y: 0 },
        { x: 1e12, y: 0 },
      ],
    };
    const [id] = Object.keys(doc.layout.edges!);
    const before: DesignDocument = {
      ...doc,
      layout: { ...doc.layout, edges: { ...doc.layout.edges!, [id!]: hostile } },
    };
    const pc2 = before.layout.nodes['pc2']!;
    const after = routesInStep(before, {
      ...before,
      layout: { ...before.layout, nodes: { ...before.layout.nodes, pc2: { ...pc2, y: pc2.y + 1 } } },
    });
    expect(after.layout.edges).toBeDefined();
  });

  it('are dropped with the lines that are gone', () => {
    const doc = arranged();
    const design = { ...doc.design, servers: doc.design.servers.filter((s) => s.id !== 'pc1') };
    const edges = normalizeLayout({ ...doc, design }).layout.edges!;
    expect(edges['member:pc1']).toBeUndefined();
    expect(edges['member:pc2']).toBeDefined();
  });
});

describe('arranging a pasted block', () => {
  it('lays the block out below what its data center holds, overlapping nothing, and grows the data center', () => {
    const doc = arranged();
    const copies = ['pc1', 'sql-mgc', 'sql-mgc-mirror'].map((id) => `${id}-copy`);
    const byId = (id: string) => id.replace(/-copy$/, '');
    const design = {
      ...doc.design,
      servers: [
        ...doc.design.servers,
        { ...doc.design.servers[0]!, id: 'pc1-copy', fqdn: 'pc1-copy.contoso.com' },
      ],
      sqlInstances: [
        ...doc.design.sqlInstances,
        ...doc.design.sqlInstances
          .filter((s) => s.id === 'sql-mgc' || s.id === 'sql-mgc-mirror')
          .map((s) => ({ ...s, id: `${s.id}-copy` })),
      ],
    };
    const nodes = { ...doc.layout.nodes };
    for (const id of copies)
      nodes[id] = { ...nodes[byId(id)]!, x: nodes[byId(id)]!.x + 30, y: nodes[byId(id)]!.y + 30 };
    const pasted = arrangeBlock({ ...doc, design, layout: { ...doc.layout, nodes } }, copies);
    expect(overlappingPairs(pasted)).toEqual([]);
    expect(outsideTheirDataCenter(pasted)).toEqual([]);
    const lowest = Math.max(
      ...doc.design.sqlInstances.concat().map((s) => doc.layout.nodes[s.id]!.y),
      ...doc.design.shares.filter((s) => s.dataCenterId === 'dc1').map((s) => doc.layout.nodes[s.id]!.y),
    );
    for (const id of copies) expect(pasted.layout.nodes[id]!.y).toBeGreaterThan(lowest);
    expect(pasted.layout.nodes['dc1']!.height).toBeGreaterThan(doc.layout.nodes['dc1']!.height!);
    expect(pasted.layout.nodes['dc2']).toEqual(doc.layout.nodes['dc2']);
  });
});
