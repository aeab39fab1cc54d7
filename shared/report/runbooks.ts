/**
 * The runbook summary of each pool: the failover and failback steps (id, title, rule ids) and
 * the deployment checklist, turned from Markdown into HTML. The checklist escapes every design
 * value already; raw HTML in it is still shown as text, never as markup.
 */
import { Marked } from 'marked';
import type { PersistentChatPool } from '../model/types.ts';
import { deployChecklist } from '../runbooks/deploy.ts';
import type { RunbookDocument } from '../runbooks/document.ts';
import { failbackRunbook } from '../runbooks/failback.ts';
import { failoverRunbook } from '../runbooks/failover.ts';
import { ScenarioError } from '../simulation/errors.ts';
import type { ReportContext } from './context.ts';
import { esc, markCode, table, withCode } from './html.ts';
import { perPool } from './inventory.ts';
import { words as w } from './words.ts';

/** The report's pool heading is h4, so the checklist's own headings start at h5. */
const HEADING_SHIFT = 4;

const markdown = new Marked({ gfm: true, async: false }).use({
  renderer: {
    html({ text, block }) {
      return block ? `<p>${esc(text)}</p>\n` : esc(text);
    },
    // A tick box the reader fills in on paper; an <input> would be a form control in a document.
    checkbox({ checked }) {
      return checked ? '\u2611 ' : '\u2610 ';
    },
    heading({ tokens, depth }) {
      const level = Math.min(6, depth + HEADING_SHIFT);
      return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
    },
  },
});

export function markdownToHtml(text: string): string {
  return markdown.parse(text) as string;
}

function procedure(
  ctx: ReportContext,
  pool: PersistentChatPool,
  title: typeof w.failover | typeof w.failback,
  build: () => RunbookDocument,
): string {
  let doc: RunbookDocument;
  try {
    doc = build();
  } catch (err) {
    if (!(err instanceof ScenarioError)) throw err;
    return `<h5>${ctx.h(title)}</h5>\n<p>${ctx.h(w.noProcedure, { reason: err.messageIn(ctx.locale) })}</p>`;
  }
  const docTitle = withCode(ctx.r(doc.title, { ...doc.params, pool: markCode(pool.fqdn) }));
  return [
    `<h5>${docTitle}</h5>`,
    table(
      [w.step, w.title, w.rules, w.documentation].map((t) => ctx.r(t)),
      doc.steps.map((s) => [
        `<strong>${esc(s.id)}</strong>`,
        esc(ctx.r(s.title, doc.params)) + (s.optional ? ` <small>${ctx.h(w.optional)}</small>` : ''),
        esc(s.ruleIds.join(', ')),
        ctx.cite(s.source),
      ]),
      'steps',
    ),
  ].join('\n');
}

export function runbooksSection(ctx: ReportContext): string {
  if (ctx.design.pools.length === 0) return `<p class="no-pool">${ctx.h(w.noPool)}</p>`;
  return [
    `<p>${ctx.h(w.runbooksIntro)}</p>`,
    perPool(ctx, 'runbooks-pool', (pool) =>
      [
        procedure(ctx, pool, w.failover, () => failoverRunbook(ctx.design, pool)),
        procedure(ctx, pool, w.failback, () => failbackRunbook(ctx.design, pool)),
        `<div class="checklist">\n${markdownToHtml(deployChecklist(ctx.design, pool, ctx.locale))}</div>`,
      ].join('\n'),
    ),
  ].join('\n');
}
