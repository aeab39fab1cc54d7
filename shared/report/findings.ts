/** The findings of the rule engine, grouped by severity, each with the documentation it rests on. */
import type { Severity } from '../model/types.ts';
import type { Finding } from '../rules/types.ts';
import type { ReportContext } from './context.ts';
import { code, esc, table } from './html.ts';
import { words as w } from './words.ts';

const groups: readonly [Severity, typeof w.errors | typeof w.warnings | typeof w.info][] = [
  ['error', w.errors],
  ['warning', w.warnings],
  ['info', w.info],
];

export function findingsSection(ctx: ReportContext, findings: readonly Finding[]): string {
  const out = [`<p>${ctx.h(w.findingsIntro)}</p>`];
  for (const [severity, title] of groups) {
    const mine = findings.filter((f) => f.severity === severity);
    out.push(`<section id="findings-${severity}" class="severity ${severity}">`);
    out.push(`<h3>${ctx.h(title)} (${mine.length})</h3>`);
    if (mine.length === 0) out.push(`<p>${ctx.h(w.noFindings)}</p>`);
    else
      out.push(
        table(
          [w.rule, w.message, w.elements, w.documentation].map((t) => ctx.r(t)),
          mine.map((f) => [
            `<strong>${esc(f.ruleId)}</strong>${
              f.alsoRuleIds.length > 0
                ? `<br /><small>${ctx.h(w.also, { ids: f.alsoRuleIds.join(', ') })}</small>`
                : ''
            }`,
            esc(f.message),
            f.elements.map((id) => code(ctx.index.label(id))).join('<br />'),
            ctx.cite(f.source),
          ]),
          'findings',
        ),
      );
    out.push('</section>');
  }
  return out.join('\n');
}
