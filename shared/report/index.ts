/**
 * The design report: one self-contained HTML file (XHTML-well-formed, styles inline, no
 * script, no request of any kind) for the people who approve a design without opening the
 * designer. Cover, diagram, inventory, findings, failure table, runbook summary and the rule
 * sources, in English or Spanish; printable to PDF through its print stylesheet.
 */
import type { Locale } from '../i18n/text.ts';
import type { DesignDocument } from '../model/types.ts';
import { summarize, validate } from '../rules/engine.ts';
import type { Finding } from '../rules/types.ts';
import { reportContext, sourceAnchor } from './context.ts';
import type { ReportContext } from './context.ts';
import { failuresSection } from './failures.ts';
import { findingsSection } from './findings.ts';
import { esc, table } from './html.ts';
import { inventorySection } from './inventory.ts';
import { runbooksSection } from './runbooks.ts';
import { ruleSources, sourceRepository } from './sources.ts';
import { reportStyles } from './styles.ts';
import { words as w } from './words.ts';

export interface ReportOptions {
  locale: Locale;
  /** The report's date: a Date, or a day as YYYY-MM-DD. */
  date: Date | string;
  /** The diagram as inline SVG, from the picture renderer; left out, the report says so. */
  diagramSvg?: string | null;
  /** The design's findings when the caller already has them (say, for the diagram's badges). */
  findings?: readonly Finding[];
}

/** The sections in their order; each is a <section id> with an <h2> (the cover's is its h1). */
export const reportSectionIds = [
  'cover',
  'diagram',
  'inventory',
  'findings',
  'failures',
  'runbooks',
  'appendix',
] as const;
export type ReportSectionId = (typeof reportSectionIds)[number];

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date as the reader's calendar day, written out in the report's language. */
function dateParts(date: Date | string, locale: Locale): { iso: string; shown: string } {
  const day = typeof date === 'string' ? DAY.exec(date.trim()) : null;
  const value =
    typeof date !== 'string' ? date : day ? new Date(Date.UTC(+day[1]!, +day[2]! - 1, +day[3]!)) : null;
  if (!value || Number.isNaN(value.getTime())) return { iso: '', shown: String(date) };
  return {
    iso: value.toISOString().slice(0, 10),
    shown: value.toLocaleDateString(locale === 'es' ? 'es-ES' : 'en-GB', {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    }),
  };
}

function cover(ctx: ReportContext, findings: readonly Finding[], options: ReportOptions): string {
  const { design } = ctx;
  const counts = summarize(findings);
  const date = dateParts(options.date, ctx.locale);
  const time = date.iso ? `<time datetime="${date.iso}">${esc(date.shown)}</time>` : esc(date.shown);
  const nav = reportSectionIds
    .filter((id) => id !== 'cover')
    .map((id) => `<li><a href="#${id}">${ctx.h(w.sections[id])}</a></li>`)
    .join('');
  return [
    `<p class="kicker">${ctx.h(w.kicker)}</p>`,
    `<h1>${esc(design.name)}</h1>`,
    design.description.trim()
      ? `<p class="description">${esc(design.description)}</p>`
      : `<p class="description">${ctx.h(w.noDescription)}</p>`,
    `<p><strong>${ctx.h(w.date)}:</strong> ${time}</p>`,
    `<h3>${ctx.h(w.findingCounts)}</h3>`,
    table(
      [ctx.r(w.severity), ctx.r(w.count)],
      [
        [ctx.h(w.errors), String(counts.errors)],
        [ctx.h(w.warnings), String(counts.warnings)],
        [ctx.h(w.info), String(counts.info)],
      ],
      'counts',
    ),
    `<p>${ctx.h(w.pools)}: ${design.pools.length} · ${ctx.h(w.dataCenters)}: ${design.dataCenters.length}</p>`,
    `<nav><h3>${ctx.h(w.contents)}</h3><ol>${nav}</ol></nav>`,
  ].join('\n');
}

function diagram(ctx: ReportContext, svg: string | null | undefined): string {
  return svg ? `<figure class="diagram">\n${svg}\n</figure>` : `<p>${ctx.h(w.noDiagram)}</p>`;
}

function appendix(ctx: ReportContext): string {
  const cited = ruleSources.filter((s) => ctx.cited.has(s.abbreviation));
  if (cited.length === 0) return `<p>${ctx.h(w.noSources)}</p>`;
  return [
    `<p>${ctx.h(w.appendixIntro, { repo: sourceRepository })}</p>`,
    table(
      [w.abbreviation, w.file, w.topicDate].map((t) => ctx.r(t)),
      cited.map((s) => [
        `<strong id="${sourceAnchor(s.abbreviation)}">${esc(s.abbreviation)}</strong>`,
        esc(s.file),
        esc(s.date),
      ]),
      'sources',
    ),
  ].join('\n');
}

export function designReport(doc: DesignDocument, options: ReportOptions): string {
  const ctx = reportContext(doc.design, options.locale);
  const findings = options.findings ?? validate(doc.design, { locale: options.locale });
  const bodies: Record<ReportSectionId, () => string> = {
    cover: () => cover(ctx, findings, options),
    diagram: () => diagram(ctx, options.diagramSvg),
    inventory: () => inventorySection(ctx),
    findings: () => findingsSection(ctx, findings),
    failures: () => failuresSection(ctx),
    runbooks: () => runbooksSection(ctx),
    // Last, so that it lists every source the sections before it cited.
    appendix: () => appendix(ctx),
  };
  const sections = reportSectionIds.map((id) => {
    const heading = id === 'cover' ? '' : `<h2>${ctx.h(w.sections[id])}</h2>\n`;
    return `<section id="${id}" class="part">\n${heading}${bodies[id]()}\n</section>`;
  });
  return `<!DOCTYPE html>
<html lang="${options.locale}">
<head>
<meta charset="utf-8" />
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${ctx.h(w.documentTitle, { name: doc.design.name })}</title>
<style>${reportStyles}</style>
</head>
<body>
${sections.join('\n')}
</body>
</html>
`;
}
