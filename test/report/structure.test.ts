import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportSectionIds } from '../../shared/report/index.ts';
import { ruleSources } from '../../shared/report/sources.ts';
import { words } from '../../shared/report/words.ts';
import { hostile, hostileDesign } from '../runbooks/hostile.ts';
import { loadExample, projectRoot, reference, withSecondPool } from '../support/designs.ts';
import { byId, byName, elements, parseReport, report, textOf } from './support.ts';

const topSections = (html: string) =>
  byName(byName(parseReport(html), 'body')[0]!, 'section').filter((s) => s.attrs.class === 'part');

describe('the design report', () => {
  it('holds its seven sections in order, each with an id and a heading', () => {
    const sections = topSections(report(reference()));
    expect(sections.map((s) => s.attrs.id)).toEqual([...reportSectionIds]);
    const headings = sections.map((s) => elements(s, (n) => /^h[12]$/.test(n.name))[0]);
    expect(headings.map((h) => textOf(h!))).toEqual([
      reference().name,
      'Diagram',
      'Inventory',
      'Findings',
      'Failure table',
      'Runbook summary',
      'Appendix: rule sources',
    ]);
  });

  it('shows hostile design values as text: no name opens an element or an attribute', () => {
    const script = `<script>alert("x")</script> & 'quotes' "too"`;
    const design = { ...hostileDesign(), name: script, description: '<img src=x onerror=alert(1)>' };
    const html = report(design);
    const tree = parseReport(html);
    const names = new Set(elements(tree).map((n) => n.name));
    for (const bad of ['script', 'img', 'b', 'iframe', 'input']) expect(names.has(bad)).toBe(false);
    expect(elements(tree).some((n) => Object.keys(n.attrs).some((a) => a.startsWith('on')))).toBe(false);
    expect(textOf(byName(tree, 'h1')[0]!)).toBe(script);
    expect(textOf(byName(tree, 'title')[0]!)).toBe(`Design report: ${script}`);
    const all = textOf(tree);
    for (const value of [hostile.dataCenter, '<b>PWNED</b>', '<img src=x onerror=PWNED>']) {
      expect(all).toContain(value);
    }
  });

  it('asks for nothing outside the file: no link, script, remote source, @import or url()', () => {
    for (const design of [reference(), hostileDesign(), loadExample('broken').design]) {
      const html = report(design, {
        diagramSvg:
          '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>',
      });
      expect(html).not.toMatch(/<link\b|<script\b|<iframe\b|<object\b|<embed\b/i);
      expect(html).not.toMatch(/\b(src|srcset|href|action|poster|data)\s*=\s*["']?\s*(https?:)?\/\//i);
      expect(html).not.toMatch(/@import|url\(/i);
      // The only addresses are the SVG namespace, which is a name, not a request.
      const addresses = html.match(/https?:\/\/[^\s"'<>)]+/g) ?? [];
      expect(new Set(addresses)).toEqual(new Set(['http://www.w3.org/2000/svg']));
    }
  });

  it('is complete in Spanish: no placeholder left, no English section title', () => {
    const es = report(reference(), { locale: 'es' });
    const tree = parseReport(es);
    expect(byName(tree, 'html')[0]!.attrs.lang).toBe('es');
    const text = textOf(tree);
    expect(text).not.toMatch(/\{\w+\}/);
    const headings = elements(tree, (n) => /^h[2-6]$/.test(n.name)).map((h) => textOf(h));
    // The cover's heading is the design's name.
    for (const [id, title] of Object.entries(words.sections)) {
      if (id === 'cover') continue;
      expect(headings).toContain(title.es);
      expect(headings).not.toContain(title.en);
    }
    for (const english of [
      'Persistent Chat servers',
      'Ports to open',
      'Log-shipping schedule',
      'Single failures',
      'What is lost',
      'Deployment checklist',
    ])
      expect(text).not.toContain(english);
    expect(text).toContain('2 de diciembre de 2026');
    expect(textOf(parseReport(report(reference())))).not.toMatch(/\{\w+\}/);
  });

  it('puts the diagram inline when it is given, and says so when it is not', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><g id="box-pchat1"/></svg>';
    const withPicture = parseReport(report(reference(), { diagramSvg: svg }));
    expect(byName(byId(withPicture, 'diagram'), 'svg')).toHaveLength(1);
    const without = parseReport(report(reference()));
    expect(byName(byId(without, 'diagram'), 'svg')).toHaveLength(0);
    expect(textOf(byId(without, 'diagram'))).toContain(words.noDiagram.en);
  });

  it('still reports a design with no pool, and says so where the pool sections would be', () => {
    const tree = parseReport(report({ ...reference(), pools: [] }));
    for (const id of [
      'inventory-ports',
      'inventory-log-shipping',
      'inventory-capacity',
      'failures',
      'runbooks',
    ])
      expect(textOf(byId(tree, id))).toContain(words.noPool.en);
    expect(topSections(report({ ...reference(), pools: [] })).map((s) => s.attrs.id)).toEqual([
      ...reportSectionIds,
    ]);
  });

  it('gives each pool of a multi-pool design its own failure table and runbook summary', () => {
    const design = withSecondPool(reference(), { fqdn: 'pchatpool2.contoso.com' });
    const tree = parseReport(report(design));
    expect(textOf(byId(tree, 'failures-pool-1'))).toContain('pchatpool.contoso.com');
    expect(textOf(byId(tree, 'failures-pool-2'))).toContain('pchatpool2.contoso.com');
    expect(textOf(byId(tree, 'runbooks-pool-2'))).toContain('pchatpool2.contoso.com');
    expect(
      byName(byId(tree, 'runbooks-pool-2'), 'h5')
        .map(textOf)
        .some((t) => t.startsWith('Failover')),
    ).toBe(true);
  });

  it('lists in its appendix every source it cites, as the catalogue names them', () => {
    const tree = parseReport(report(loadExample('broken').design));
    const links = elements(tree, (n) => n.name === 'a' && (n.attrs.href ?? '').startsWith('#source-'));
    expect(links.length).toBeGreaterThan(0);
    const appendix = byId(tree, 'appendix');
    for (const a of links) expect(() => byId(appendix, a.attrs.href!.slice(1))).not.toThrow();
    const listed = elements(appendix, (n) => (n.attrs.id ?? '').startsWith('source-')).map((n) => n.attrs.id);
    expect(new Set(listed)).toEqual(new Set(links.map((a) => a.attrs.href!.slice(1))));
  });

  it('knows the sources exactly as pchat-rules.md lists them', () => {
    const catalogue = readFileSync(join(projectRoot, '..', 'shared', 'reference', 'pchat-rules.md'), 'utf8');
    const rows = [...catalogue.matchAll(/^\| ([A-Z][A-Z0-9-]*) \| (.+) \| (.+) \|$/gm)]
      .filter((m) => m[1] !== 'Abbrev')
      .map((m) => ({ abbreviation: m[1], file: m[2]!.trim(), date: m[3]!.trim() }));
    expect(rows.length).toBeGreaterThan(40);
    expect(ruleSources).toEqual(rows);
  });
});
