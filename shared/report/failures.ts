/**
 * The failure table of each pool, from the simulation (`failureTables`), in the words of
 * `pchat-topology failures`, then the plain statement of its single points of failure.
 */
import { failureRowCells, failureTableWords } from '../simulation/failure-table-markdown.ts';
import { failureTable } from '../simulation/failure-table.ts';
import type { FailureRow, FailureTable } from '../simulation/failure-table.ts';
import { ScenarioError } from '../simulation/errors.ts';
import type { ReportContext } from './context.ts';
import { esc, table } from './html.ts';
import { words as w } from './words.ts';

function rowsTable(ctx: ReportContext, rows: readonly FailureRow[]): string {
  const words = failureTableWords(ctx.locale);
  return table(
    words.columns,
    rows.map((row) => {
      const cells = failureRowCells(row, ctx.locale).map(esc);
      const survives = row.survives ? 'survives' : 'stops';
      cells[1] = `<span class="verdict ${survives}">${cells[1] ?? ''}</span>`;
      return cells;
    }),
    'failures',
  );
}

function poolTable(ctx: ReportContext, t: FailureTable, n: number): string {
  const words = failureTableWords(ctx.locale);
  const single = t.rows.filter((row) => row.single);
  const combined = t.rows.filter((row) => !row.single);
  const out = [
    `<section id="failures-pool-${n}" class="pool">`,
    `<h3>${esc(words.pool(t.poolFqdn || t.poolId, t.capacityDesigned))}</h3>`,
    `<h4>${esc(words.single)}</h4>`,
    rowsTable(ctx, single),
  ];
  if (combined.length > 0) out.push(`<h4>${esc(words.combinations)}</h4>`, rowsTable(ctx, combined));
  out.push(`<section id="spof-pool-${n}" class="spof">`, `<h4>${esc(words.spofTitle)}</h4>`);
  if (t.singlePointsOfFailure.length === 0) out.push(`<p>${esc(words.noSpof)}</p>`);
  else
    out.push(
      `<p>${esc(words.spof)}</p>`,
      '<ul>',
      ...t.singlePointsOfFailure.map((row) => `<li>${esc(failureRowCells(row, ctx.locale)[0] ?? '')}</li>`),
      '</ul>',
    );
  out.push('</section>', '</section>');
  return out.join('\n');
}

export function failuresSection(ctx: ReportContext): string {
  if (ctx.design.pools.length === 0) return `<p class="no-pool">${ctx.h(w.noPool)}</p>`;
  const out = [`<p>${ctx.h(w.failuresIntro)}</p>`];
  ctx.design.pools.forEach((pool, i) => {
    try {
      out.push(poolTable(ctx, failureTable(ctx.design, pool.id), i + 1));
    } catch (err) {
      if (!(err instanceof ScenarioError)) throw err;
      out.push(
        `<section id="failures-pool-${i + 1}" class="pool">`,
        `<p>${ctx.h(w.failuresUnavailable, { pool: pool.fqdn, reason: err.messageIn(ctx.locale) })}</p>`,
        '</section>',
      );
    }
  });
  return out.join('\n');
}
