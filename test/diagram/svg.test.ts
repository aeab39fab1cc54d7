/**
 * The picture a planner takes to the change board: well-formed SVG, one box per element and one
 * line per connection, each named by FQDN, drawn where the canvas puts them.
 */
import { describe, expect, it } from 'vitest';
import { diagramSvg } from '../../shared/diagram/svg.ts';
import { whatIfOf } from '../../shared/diagram/what-if.ts';
import { indexDesign } from '../../shared/model/design-index.ts';
import { dataCenterOf } from '../../shared/model/layout.ts';
import { relationsOf } from '../../shared/model/relations.ts';
import { designReport } from '../../shared/report/index.ts';
import { sqlInstanceLabel } from '../../shared/model/values.ts';
import { parseFailuresForDesign, simulateAll } from '../../shared/simulation/index.ts';
import { byName, elements, parseReport, textOf } from '../report/support.ts';
import type { Node } from '../report/support.ts';
import { hostile, hostileDesign } from '../runbooks/hostile.ts';
import { loadExample } from '../support/designs.ts';

const doc = loadExample('reference-high-bandwidth');
const svgOf = (svg: string) => byName(parseReport(svg), 'svg')[0]!;
const groups = (root: Node, cls: string) =>
  elements(root, (n) => n.name === 'g' && (n.attrs.class ?? '').split(' ').includes(cls));
const titleOf = (g: Node) => textOf(byName(g, 'title')[0]!);
const rectOf = (g: Node) => {
  const r = byName(g, 'rect').find((x) => x.attrs.fill !== 'none' || g.attrs.class?.includes('data-center'))!;
  return { x: +r.attrs.x!, y: +r.attrs.y!, width: +r.attrs.width!, height: +r.attrs.height! };
};
const elementIds = () => [...indexDesign(doc.design).byId.values()].filter((e) => e.kind !== 'dataCenter');

describe('the design as SVG', () => {
  const root = svgOf(diagramSvg(doc));

  it('holds one box per element, named by its FQDN', () => {
    const boxes = groups(root, 'box');
    expect(boxes.map((b) => b.attrs['data-id']).sort()).toEqual(
      elementIds()
        .map((e) => e.element.id)
        .sort(),
    );
    const byId = new Map(boxes.map((b) => [b.attrs['data-id'], b]));
    for (const s of doc.design.servers) expect(titleOf(byId.get(s.id)!)).toBe(s.fqdn);
    for (const p of doc.design.pools) expect(titleOf(byId.get(p.id)!)).toBe(p.fqdn);
    for (const i of doc.design.sqlInstances)
      expect(titleOf(byId.get(i.id)!)).toBe(sqlInstanceLabel(i.serverFqdn, i.instanceName));
    expect(new Set(boxes.map((b) => b.attrs.id)).size).toBe(boxes.length);
  });

  it('holds one line per connection, titled by its kind and its ends’ FQDNs', () => {
    const lines = groups(root, 'line');
    const relations = relationsOf(doc.design);
    expect(lines.map((l) => l.attrs['data-id']).sort()).toEqual(relations.map((r) => r.id).sort());
    const mirror = relations.find((r) => r.kind === 'mirror')!;
    const fqdn = (id: string) => {
      const i = doc.design.sqlInstances.find((s) => s.id === id)!;
      return sqlInstanceLabel(i.serverFqdn, i.instanceName);
    };
    const line = lines.find((l) => l.attrs['data-id'] === mirror.id)!;
    expect(titleOf(line)).toBe(`Mirroring: ${fqdn(mirror.source)} → ${fqdn(mirror.target)}`);
    expect(byName(line, 'path')[0]!.attrs.stroke).not.toBe(
      byName(
        lines.find((l) => l.attrs['data-kind'] === 'witness')!,
        'path',
      )[0]!.attrs.stroke,
    );
  });

  it('draws every box inside its data center’s area, where the layout puts it', () => {
    const areas = new Map(groups(root, 'data-center').map((g) => [g.attrs['data-id'], rectOf(g)]));
    expect([...areas.keys()].sort()).toEqual(doc.design.dataCenters.map((d) => d.id).sort());
    let inside = 0;
    for (const box of groups(root, 'box')) {
      const dc = dataCenterOf(doc.design, box.attrs['data-id']!);
      if (!dc) continue;
      const a = areas.get(dc)!;
      const b = rectOf(box);
      expect(b.x).toBe(a.x + doc.layout.nodes[box.attrs['data-id']!]!.x);
      expect(
        b.x >= a.x && b.y >= a.y && b.x + b.width <= a.x + a.width && b.y + b.height <= a.y + a.height,
      ).toBe(true);
      inside++;
    }
    expect(inside).toBeGreaterThan(10);
  });

  it('fits its viewBox to the content and gives its size in px', () => {
    const [x, y, w, h] = root.attrs.viewBox!.split(' ').map(Number);
    expect(root.attrs.width).toBe(`${w}px`);
    expect(root.attrs.height).toBe(`${h}px`);
    for (const g of [...groups(root, 'box'), ...groups(root, 'data-center')]) {
      const r = rectOf(g);
      expect(r.x >= x! && r.y >= y! && r.x + r.width <= x! + w! && r.y + r.height <= y! + h!).toBe(true);
    }
  });

  it('badges an element with the count of its findings in the shape of the worst severity', () => {
    const broken = loadExample('broken');
    const badged = groups(svgOf(diagramSvg(broken)), 'box').filter((b) => groups(b, 'badge').length > 0);
    expect(badged.length).toBeGreaterThan(0);
    const unbadged = groups(svgOf(diagramSvg(broken, { findings: [] })), 'box');
    expect(unbadged.filter((b) => groups(b, 'badge').length > 0)).toHaveLength(0);
    const badge = groups(badged[0]!, 'badge')[0]!;
    const shape = { error: 'circle', warning: 'triangle', info: 'square' }[badge.attrs['data-severity']!];
    expect(elements(badge, (n) => n.attrs['data-shape'] === shape)).toHaveLength(1);
  });

  it('refers to nothing, not even inside itself, so it embeds in the report with no request', () => {
    const svg = diagramSvg(loadExample('broken'));
    expect(svg).not.toMatch(/url\(|href|<image\b|<script\b|<style\b|@import/i);
    expect(new Set(svg.match(/https?:\/\/[^\s"'<>)]+/g))).toEqual(new Set(['http://www.w3.org/2000/svg']));
    const html = designReport(doc, { locale: 'en', date: '2026-12-02', diagramSvg: svg });
    const figure = byName(parseReport(html), 'figure')[0]!;
    expect(groups(figure, 'box')).toHaveLength(elementIds().length);
  });

  it('shows hostile names as text: none opens an element', () => {
    const design = { ...hostileDesign(), name: `<script>alert("x")</script> & 'q' \u0007\uD800` };
    const svg = diagramSvg({ ...doc, design });
    const tree = parseReport(svg);
    const names = new Set(elements(tree).map((n) => n.name));
    for (const bad of ['script', 'img', 'b']) expect(names.has(bad)).toBe(false);
    expect(elements(tree).some((n) => Object.keys(n.attrs).some((a) => a.startsWith('on')))).toBe(false);
    const box = groups(tree, 'box').find((b) => b.attrs['data-id'] === 'pc6')!;
    expect(titleOf(box)).toBe(hostile.server6);
    expect(textOf(tree)).toContain(hostile.dataCenter);
  });

  it('greys everything in a lost data center and marks the store that takes over', () => {
    const failures = parseFailuresForDesign(doc.design, ['dc1']);
    const whatIf = whatIfOf(failures, simulateAll(doc.design, failures));
    const tree = svgOf(diagramSvg(doc, { whatIf }));
    const index = indexDesign(doc.design);
    const inDc1 = new Set(index.elementsByDataCenter.get('dc1'));
    for (const box of groups(tree, 'box')) {
      const id = box.attrs['data-id']!;
      if (inDc1.has(id)) expect(box.attrs['data-whatif']).toBe('failed');
      else expect(box.attrs['data-whatif']).not.toBe('failed');
    }
    const principal = groups(tree, 'box').filter((b) => b.attrs['data-whatif'] === 'principal');
    expect(principal.map((b) => b.attrs['data-id'])).toEqual([whatIf.principalId]);
    expect(dataCenterOf(doc.design, whatIf.principalId!)).toBe('dc2');
    expect(groups(tree, 'box').some((b) => b.attrs['data-whatif'] === 'activated')).toBe(true);
    const dc1 = groups(tree, 'data-center').find((g) => g.attrs['data-id'] === 'dc1')!;
    expect(dc1.attrs['data-whatif']).toBe('failed');
    // Without a what-if state nothing is marked.
    expect(elements(root, (n) => n.attrs['data-whatif'] !== undefined)).toHaveLength(0);
  });

  it('speaks Spanish in its legend and labels with locale es', () => {
    const tree = svgOf(diagramSvg(doc, { locale: 'es' }));
    const legend = elements(tree, (n) => n.attrs.id === 'pcd-legend')[0]!;
    expect(textOf(legend)).toContain('Leyenda');
    expect(textOf(legend)).toContain('Creación de reflejo');
    expect(
      elements(svgOf(diagramSvg(doc, { legend: false })), (n) => n.attrs.id === 'pcd-legend'),
    ).toHaveLength(0);
  });
});
