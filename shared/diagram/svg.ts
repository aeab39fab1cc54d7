/**
 * The design as a picture: one SVG string, drawn from the design and its layout exactly where
 * the canvas puts things, for the report, the CLI's `picture` and the canvas's Export picture.
 * A pure function of its inputs (no DOM, no browser): every text a design supplies is escaped,
 * so a hostile name can never open an element. The look follows the canvas: data centers as
 * dashed areas with their name and Lync site, boxes NODE_WIDTH wide, lines in the legend's
 * colours and dashes (renderer/styles.css), badges in the severity shapes of SeverityIcon.
 */
import { render } from '../i18n/text.ts';
import type { Locale } from '../i18n/text.ts';
import { indexDesign } from '../model/design-index.ts';
import { UNMEASURED_HEIGHT } from '../model/arrange.ts';
import {
  DATA_CENTER_HEIGHT,
  DATA_CENTER_WIDTH,
  NODE_WIDTH,
  dataCenterOf,
  defaultDataCenterLayout,
} from '../model/layout.ts';
import type { Point } from '../model/layout.ts';
import { relationKinds, relationsOf } from '../model/relations.ts';
import type { Relation, RelationKind } from '../model/relations.ts';
import type { DesignDocument, ElementKind, Severity } from '../model/types.ts';
import { validate } from '../rules/engine.ts';
import type { Finding } from '../rules/types.ts';
import { esc } from '../report/html.ts';
import { boxText } from './boxes.ts';
import { badgesOf, linkingBadges } from './badges.ts';
import type { Badge } from './badges.ts';
import { FONT, colours, lineStyles } from './styles.ts';
import {
  diagramWords as w,
  kindWords,
  legendWords,
  relationWords,
  roleWords,
  severityWords,
  slotWords,
} from './words.ts';

export interface DiagramWhatIf {
  /** Elements marked as lost; everything inside a lost data center is greyed with it. */
  failedIds: readonly string[];
  linkDown?: boolean;
  /** The SQL instance that serves after a failover (a mirror or backup store taking over). */
  principalId?: string | null;
  /** Servers that go from idle to active. */
  activatedIds?: readonly string[];
}

export interface DiagramOptions {
  locale?: Locale;
  whatIf?: DiagramWhatIf | null;
  /** The findings to badge; 'compute' (the default) runs the rule engine. */
  findings?: readonly Finding[] | 'compute';
  /** Draw the legend box under the design (default: yes). */
  legend?: boolean;
}

const BOX_HEIGHT = UNMEASURED_HEIGHT;
const HEADER = 36;
const MARGIN = 24;
const LEGEND_WIDTH = 560;
const LEGEND_ROW = 20;

interface Box {
  id: string;
  kind: ElementKind;
  at: Point;
}

/** A number as SVG writes it: at most two decimals, no trailing zeros. */
const n = (v: number) => String(Math.round(v * 100) / 100);

/** Cuts a text to about `max` characters, as the canvas cuts a long name with an ellipsis. */
function fit(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** A stable XML id for an element id (ids are the design's, never shown, but kept well formed). */
const xmlId = (prefix: string, id: string) => `${prefix}-${id.replace(/[^A-Za-z0-9_.-]/g, '_')}`;

class Extent {
  minX = Infinity;
  minY = Infinity;
  maxX = -Infinity;
  maxY = -Infinity;
  add(x: number, y: number, width = 0, height = 0) {
    this.minX = Math.min(this.minX, x);
    this.minY = Math.min(this.minY, y);
    this.maxX = Math.max(this.maxX, x + width);
    this.maxY = Math.max(this.maxY, y + height);
  }
  get empty() {
    return this.minX === Infinity;
  }
}

/** The severity's shape, centred on 0,0, as the canvas's line badges draw it. */
function badgeShape(severity: Severity, fill: string): string {
  const stroke = `fill="${fill}" stroke="${colours.panel}" stroke-width="1.5"`;
  if (severity === 'warning') return `<path d="M0,-10 L10,8 L-10,8 Z" ${stroke} data-shape="triangle"/>`;
  if (severity === 'info')
    return `<rect x="-8" y="-8" width="16" height="16" rx="2" ${stroke} data-shape="square"/>`;
  return `<circle r="8" ${stroke} data-shape="circle"/>`;
}

function badgeSvg(badge: Badge, x: number, y: number, locale: Locale): string {
  const label = `${badge.count} × ${render(severityWords[badge.severity], undefined, locale)}`;
  return (
    `<g class="badge badge-${badge.severity}" data-severity="${badge.severity}" data-count="${badge.count}" transform="translate(${n(x)},${n(y)})">` +
    `<title>${esc(label)}</title>${badgeShape(badge.severity, colours[badge.severity])}` +
    `<text text-anchor="middle" y="3.5" font-size="10" font-weight="700" fill="${colours.onSeverity}">${badge.count}</text></g>`
  );
}

/** React Flow's default bezier from a right handle to a left one, and its middle point. */
function bezier(s: Point, t: Point): { d: string; mid: Point; end: [Point, Point] } {
  const dist = t.x - s.x;
  const offset = dist >= 0 ? 0.5 * dist : 0.25 * 25 * Math.sqrt(-dist);
  const c1 = { x: s.x + offset, y: s.y };
  const c2 = { x: t.x - offset, y: t.y };
  const mid = {
    x: s.x * 0.125 + c1.x * 0.375 + c2.x * 0.375 + t.x * 0.125,
    y: s.y * 0.125 + c1.y * 0.375 + c2.y * 0.375 + t.y * 0.125,
  };
  return {
    d: `M${n(s.x)},${n(s.y)} C${n(c1.x)},${n(c1.y)} ${n(c2.x)},${n(c2.y)} ${n(t.x)},${n(t.y)}`,
    mid,
    // The curve ends level with the target's handle, so its last tangent is horizontal.
    end: [{ x: t.x - 10, y: t.y }, t],
  };
}

/** The words on a line, as RelationEdge puts them. */
function lineLabel(r: Relation, locale: Locale): string {
  const parts: string[] = [];
  if (r.kind === 'share' && r.slot) parts.push(render(slotWords[r.slot], undefined, locale));
  else if (r.kind !== 'member') parts.push(render(relationWords[r.kind], undefined, locale));
  if (r.roles.length > 0 && (r.kind !== 'logShipping' || r.roles.length > 1 || r.roles[0] !== 'backup'))
    parts.push(r.roles.map((role) => render(roleWords[role], undefined, locale)).join(' + '));
  return parts.join(' · ');
}

function strokeOf(kind: RelationKind, lost: boolean): string {
  const s = lineStyles[kind];
  const dash = s.dash ? ` stroke-dasharray="${s.dash}"` : '';
  const cap = s.round ? ' stroke-linecap="round"' : '';
  return `fill="none" stroke="${lost ? colours.failedLine : s.colour}" stroke-width="${s.width}"${dash}${cap}`;
}

/**
 * An arrowhead drawn as a triangle whose tip is `to`, pointing away from `from`. Not an SVG
 * <marker>: a marker is referenced with url(#id), and ids of several pictures in one report
 * would collide; a plain shape needs no reference at all.
 */
function arrowhead(from: Point, to: Point, colour: string): string {
  const len = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  const ux = (to.x - from.x) / len;
  const uy = (to.y - from.y) / len;
  const bx = to.x - ux * 10;
  const by = to.y - uy * 10;
  const points = [to, { x: bx - uy * 5, y: by + ux * 5 }, { x: bx + uy * 5, y: by - ux * 5 }];
  return `<path class="arrowhead" d="M${points.map((p) => `${n(p.x)},${n(p.y)}`).join(' L')} Z" fill="${colour}"/>`;
}

function legendSvg(x: number, y: number, locale: Locale): { svg: string; height: number } {
  const rows = relationKinds.map((k, i) => {
    const ry = y + 34 + i * LEGEND_ROW;
    const marker =
      k === 'member' ? '' : arrowhead({ x: x + 12, y: ry }, { x: x + 56, y: ry }, lineStyles[k].colour);
    return (
      `<g class="legend-${k}"><path d="M${x + 12},${ry} L${x + 48},${ry}" ${strokeOf(k, false)}/>${marker}` +
      `<text x="${x + 62}" y="${ry + 4}" font-size="11" fill="${colours.text}"><tspan font-weight="700">${esc(render(relationWords[k], undefined, locale))}</tspan> ${esc(render(legendWords[k], undefined, locale))}</text></g>`
    );
  });
  const captionY = y + 34 + relationKinds.length * LEGEND_ROW + 2;
  const sy = captionY + 20;
  const severities = (['error', 'warning', 'info'] as const).map((s, i) => {
    const sx = x + 14 + i * 130;
    return (
      badgeSvg({ severity: s, count: 1 }, sx, sy, locale) +
      `<text x="${sx + 16}" y="${sy + 4}" font-size="11" fill="${colours.text}">${esc(render(severityWords[s], undefined, locale))}</text>`
    );
  });
  const height = sy + 20 - y;
  return {
    height,
    svg:
      `<g class="legend" id="pcd-legend"><rect x="${x}" y="${y}" width="${LEGEND_WIDTH}" height="${height}" rx="6" fill="${colours.panel}" stroke="${colours.border}"/>` +
      `<text x="${x + 12}" y="${y + 18}" font-size="13" font-weight="700" fill="${colours.text}">${esc(render(w.legend, undefined, locale))}</text>` +
      rows.join('') +
      `<text x="${x + 12}" y="${captionY}" font-size="11" fill="${colours.muted}">${esc(render(w.findings, undefined, locale))}</text>` +
      severities.join('') +
      `</g>`,
  };
}

export function diagramSvg(doc: DesignDocument, options: DiagramOptions = {}): string {
  const locale = options.locale ?? 'en';
  const design = doc.design;
  const index = indexDesign(design);
  const findings =
    options.findings === undefined || options.findings === 'compute'
      ? validate(design, { locale })
      : options.findings;
  const badges = badgesOf(findings);
  const linking = linkingBadges(findings);
  const whatIf = options.whatIf ?? null;
  const failed = new Set<string>();
  for (const id of whatIf?.failedIds ?? []) {
    failed.add(id);
    for (const inside of index.elementsByDataCenter.get(id) ?? []) failed.add(inside);
  }
  const activated = new Set(whatIf?.activatedIds ?? []);
  const extent = new Extent();
  const parts: string[] = [];

  const corners = new Map<string, Point>();
  design.dataCenters.forEach((dc, i) => {
    const l = doc.layout.nodes[dc.id] ?? defaultDataCenterLayout(i);
    const width = l.width ?? DATA_CENTER_WIDTH;
    const height = l.height ?? DATA_CENTER_HEIGHT;
    corners.set(dc.id, { x: l.x, y: l.y });
    extent.add(l.x, l.y, width, height);
    const lost = failed.has(dc.id);
    const name = dc.name || render(kindWords.dataCenter, undefined, locale);
    const badge = badges.get(dc.id);
    parts.push(
      `<g class="data-center${lost ? ' whatif-failed' : ''}" id="${xmlId('pcd-dc', dc.id)}" data-id="${esc(dc.id)}"${lost ? ' data-whatif="failed"' : ''}>` +
        `<title>${esc(`${render(kindWords.dataCenter, undefined, locale)}: ${name}`)}</title>` +
        `<rect x="${n(l.x)}" y="${n(l.y)}" width="${n(width)}" height="${n(height)}" rx="10" fill="${lost ? colours.failedBg : 'none'}" stroke="${colours.dataCenterBorder}" stroke-width="2" stroke-dasharray="6 4"/>` +
        `<rect x="${n(l.x + 1)}" y="${n(l.y + 1)}" width="${n(width - 2)}" height="${HEADER}" rx="9" fill="${colours.dataCenterHeader}"/>` +
        `<text x="${n(l.x + 12)}" y="${n(l.y + 23)}" font-size="15" font-weight="700" fill="${colours.text}">${esc(fit(name, Math.floor(width / 18)))}` +
        `<tspan dx="12" font-size="12" font-weight="400" fill="${colours.muted}">${esc(fit(render(w.lyncSite, { site: dc.lyncSite }, locale), Math.floor(width / 14)))}</tspan></text>` +
        (lost
          ? `<text x="${n(l.x + width - 12)}" y="${n(l.y + 23)}" text-anchor="end" font-size="12" font-weight="700" fill="${colours.muted}">${esc(render(w.failed, undefined, locale))}</text>`
          : '') +
        (badge ? badgeSvg(badge, l.x + width - 16, l.y + HEADER + 14, locale) : '') +
        `</g>`,
    );
  });

  const boxes = new Map<string, Box>();
  for (const [id, hit] of index.byId) {
    if (hit.kind === 'dataCenter') continue;
    const l = doc.layout.nodes[id] ?? { x: 0, y: 0 };
    const dc = dataCenterOf(design, id);
    const corner = dc ? corners.get(dc) : undefined;
    const at = corner ? { x: l.x + corner.x, y: l.y + corner.y } : { x: l.x, y: l.y };
    boxes.set(id, { id, kind: hit.kind, at });
    extent.add(at.x, at.y, NODE_WIDTH, BOX_HEIGHT);
  }

  // Lines run under the boxes, as on the canvas.
  const nameOf = (id: string) => boxText(index, id)?.subtitle ?? id;
  const lines = relationsOf(design).flatMap((r) => {
    const s = boxes.get(r.source);
    const t = boxes.get(r.target);
    if (!s || !t) return [];
    const lost = failed.has(r.source) || failed.has(r.target);
    const route = doc.layout.edges?.[r.id];
    let d: string;
    let mid: Point;
    let end: [Point, Point];
    if (route && route.points.length >= 2) {
      d = route.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${n(p.x)},${n(p.y)}`).join(' ');
      end = [route.points.at(-2)!, route.points.at(-1)!];
      mid = route.label ?? route.points[Math.floor(route.points.length / 2)]!;
      for (const p of route.points) extent.add(p.x, p.y);
    } else {
      ({ d, mid, end } = bezier(
        { x: s.at.x + NODE_WIDTH, y: s.at.y + BOX_HEIGHT / 2 },
        { x: t.at.x, y: t.at.y + BOX_HEIGHT / 2 },
      ));
    }
    const label = lineLabel(r, locale);
    const head =
      r.kind === 'member' ? '' : arrowhead(...end, lost ? colours.failedLine : lineStyles[r.kind].colour);
    const title = `${render(relationWords[r.kind], undefined, locale)}: ${nameOf(r.source)} → ${nameOf(r.target)}`;
    const badge = linking(r.source, r.target);
    const width = label ? [...label].length * 5.6 + 8 : 0;
    if (label) extent.add(mid.x - width / 2, mid.y - 8, width, 16);
    return [
      `<g class="line line-${r.kind}${lost ? ' whatif-failed' : ''}" id="${xmlId('pcd-line', r.id)}" data-id="${esc(r.id)}" data-kind="${r.kind}"${lost ? ' data-whatif="failed"' : ''}>` +
        `<title>${esc(title)}</title><path d="${d}" ${strokeOf(r.kind, lost)}/>${head}` +
        (label
          ? `<rect x="${n(mid.x - width / 2)}" y="${n(mid.y - 8)}" width="${n(width)}" height="16" rx="3" fill="${colours.panel}" fill-opacity="0.9"/>` +
            `<text x="${n(mid.x)}" y="${n(mid.y + 3.5)}" text-anchor="middle" font-size="10" fill="${colours.muted}">${esc(label)}</text>`
          : '') +
        (badge ? badgeSvg(badge, mid.x, mid.y - (label ? 16 : 0), locale) : '') +
        `</g>`,
    ];
  });
  parts.push(...lines);

  for (const box of boxes.values()) {
    const text = boxText(index, box.id) ?? { title: box.id, subtitle: box.id };
    const { x, y } = box.at;
    const lost = failed.has(box.id);
    const mark = lost
      ? 'failed'
      : whatIf?.principalId === box.id
        ? 'principal'
        : activated.has(box.id)
          ? 'activated'
          : null;
    const border =
      mark === 'principal' || mark === 'activated'
        ? `stroke="${colours.goodBorder}" stroke-width="2"`
        : lost
          ? `stroke="${colours.muted}" stroke-width="1.5" stroke-dasharray="5 3"`
          : `stroke="${colours.border}" stroke-width="1"`;
    const ring =
      mark === 'principal'
        ? `<rect x="${n(x - 4)}" y="${n(y - 4)}" width="${NODE_WIDTH + 8}" height="${BOX_HEIGHT + 8}" rx="9" fill="none" stroke="${colours.goodRing}" stroke-width="4"/>`
        : '';
    const ink = lost ? colours.muted : colours.text;
    const badge = badges.get(box.id);
    const markText = mark ? render(w[mark], undefined, locale) : '';
    parts.push(
      `<g class="box box-${box.kind}${mark ? ` whatif-${mark}` : ''}" id="${xmlId('pcd-box', box.id)}" data-id="${esc(box.id)}" data-kind="${box.kind}"${mark ? ` data-whatif="${mark}"` : ''}>` +
        `<title>${esc(text.subtitle)}</title>${ring}` +
        `<rect x="${n(x)}" y="${n(y)}" width="${NODE_WIDTH}" height="${BOX_HEIGHT}" rx="6" fill="${lost ? colours.failedBg : colours.panel}" ${border}/>` +
        `<text x="${n(x + 8)}" y="${n(y + 16)}" font-size="10" fill="${colours.muted}">${esc(fit(render(kindWords[box.kind], undefined, locale), 26))}</text>` +
        `<text x="${n(x + 8)}" y="${n(y + 36)}" font-size="13" font-weight="700" fill="${ink}">${esc(fit(text.title, badge ? 15 : 18))}</text>` +
        `<text x="${n(x + 8)}" y="${n(y + 54)}" font-size="11" fill="${colours.muted}">${esc(fit(text.subtitle, 23))}</text>` +
        (mark
          ? `<rect x="${n(x + 8)}" y="${n(y + 64)}" width="${n([...markText].length * 6.4 + 12)}" height="18" rx="8" fill="${mark === 'failed' ? colours.markBg : colours.goodBg}"/>` +
            `<text x="${n(x + 14)}" y="${n(y + 77)}" font-size="11" font-weight="600" fill="${mark === 'failed' ? colours.markText : colours.goodText}">${esc(markText)}</text>`
          : '') +
        (badge ? badgeSvg(badge, x + NODE_WIDTH - 14, y + 14, locale) : '') +
        `</g>`,
    );
  }

  if (extent.empty) extent.add(0, 0, NODE_WIDTH, BOX_HEIGHT);
  if (whatIf) {
    const caption = [
      render(w.whatIf, undefined, locale),
      ...(whatIf.linkDown ? [render(w.linkDown, undefined, locale)] : []),
    ];
    parts.push(
      `<text class="whatif-caption" x="${n(extent.minX)}" y="${n(extent.minY - 12)}" font-size="14" font-weight="700" fill="${colours.text}">${esc(caption.join(' · '))}</text>`,
    );
    extent.add(extent.minX, extent.minY - 30);
  }
  if (options.legend ?? true) {
    const legend = legendSvg(extent.minX, extent.maxY + MARGIN, locale);
    extent.add(extent.minX, extent.maxY + MARGIN, LEGEND_WIDTH, legend.height);
    parts.push(legend.svg);
  }

  const x0 = Math.floor(extent.minX - MARGIN);
  const y0 = Math.floor(extent.minY - MARGIN);
  const width = Math.ceil(extent.maxX + MARGIN) - x0;
  const height = Math.ceil(extent.maxY + MARGIN) - y0;
  const label = render(w.title, { name: design.name }, locale);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}px" height="${height}px" viewBox="${x0} ${y0} ${width} ${height}" role="img" aria-label="${esc(label)}" font-family="${FONT}">` +
    `<title>${esc(label)}</title>` +
    `<rect x="${x0}" y="${y0}" width="${width}" height="${height}" fill="${colours.canvas}"/>` +
    parts.join('\n') +
    `</svg>`
  );
}
