/**
 * Where an imported design's elements go on the canvas: one box per data center, side by side,
 * each element inside its data center's box in rows by kind (Front End pools, servers, SQL
 * instances, file stores and shares), and the Persistent Chat pools above, since a stretched
 * pool spans both data centers. Boxes grow with what they hold.
 */
import type { Design, Layout } from '../model/types.ts';

const COLUMNS = 4;
const CELL_W = 180;
const CELL_H = 90;
const PAD_X = 30;
const PAD_TOP = 50;
const PAD_BOTTOM = 40;
const BOX_W = PAD_X * 2 + COLUMNS * CELL_W - 20;
const GAP = 80;

type Section = 'frontEndPool' | 'server' | 'sqlInstance' | 'store';
const SECTIONS: readonly Section[] = ['frontEndPool', 'server', 'sqlInstance', 'store'];

export function layoutDesign(design: Design): Layout {
  const nodes: Layout['nodes'] = {};
  const boxes = new Map<string | null, Map<Section, string[]>>();
  const known = new Set(design.dataCenters.map((d) => d.id));
  const add = (dc: string | null, section: Section, id: string) => {
    const key = dc !== null && known.has(dc) ? dc : null;
    let box = boxes.get(key);
    if (!box) boxes.set(key, (box = new Map()));
    const list = box.get(section);
    if (list) list.push(id);
    else box.set(section, [id]);
  };
  for (const f of design.frontEndPools) add(f.dataCenterId, 'frontEndPool', f.id);
  for (const s of design.servers) add(s.dataCenterId, 'server', s.id);
  for (const i of design.sqlInstances) add(i.dataCenterId, 'sqlInstance', i.id);
  for (const f of design.fileStores) add(f.dataCenterId, 'store', f.id);
  for (const s of design.shares) add(s.dataCenterId, 'store', s.id);

  const placeBox = (box: Map<Section, string[]> | undefined, x: number): number => {
    let row = 0;
    for (const section of SECTIONS) {
      const ids = box?.get(section) ?? [];
      ids.forEach((id, i) => {
        nodes[id] = {
          x: x + PAD_X + (i % COLUMNS) * CELL_W,
          y: PAD_TOP + (row + Math.floor(i / COLUMNS)) * CELL_H,
        };
      });
      row += Math.ceil(ids.length / COLUMNS);
    }
    return PAD_TOP + Math.max(row, 1) * CELL_H + PAD_BOTTOM;
  };

  let x = 0;
  for (const dc of design.dataCenters) {
    // Elements inside a data center are placed relative to its box, as in the shipped examples.
    nodes[dc.id] = { x, y: 0, width: BOX_W, height: placeBox(boxes.get(dc.id), 0) };
    x += BOX_W + GAP;
  }
  // Elements without a data center stay beside the boxes, in absolute coordinates.
  placeBox(boxes.get(null), x);
  design.pools.forEach((p, i) => {
    nodes[p.id] = { x: Math.max(0, (x - GAP) / 2 - CELL_W / 2), y: -CELL_H - i * 70 };
  });
  return { nodes };
}
