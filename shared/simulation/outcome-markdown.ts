/**
 * The outcome of a what-if as a Markdown document, for a planner to hand on: per pool the
 * manager's summary first, then the figures, what the service depends on, what happens, what
 * is lost, the steps with their commands, and the catalogue ids. The canvas's "Export outcome"
 * and `pchat-topology simulate --markdown` write this same text.
 */
import { render } from '../i18n/text.ts';
import type { Locale, Text } from '../i18n/text.ts';
import { factText, failedPhrase, outcomeFacts, outcomeLists, phaseText } from './outcome-facts.ts';
import { managerSummary } from './summary.ts';
import type { SimulationOutcome } from './types.ts';

const md = {
  title: { en: 'What-if: loss of {what}', es: 'Qué pasaría si: pérdida de {what}' },
  design: { en: 'Design: {name}', es: 'Diseño: {name}' },
  pool: { en: 'Pool {pool}', es: 'Grupo {pool}' },
  rules: { en: 'Rules', es: 'Reglas' },
  figure: { en: 'Figure', es: 'Dato' },
  value: { en: 'Value', es: 'Valor' },
} as const satisfies Record<string, Text>;

/** Design values (`sql1\PCHAT`, `\\fs1\share`) are text, not Markdown. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
}

const ids = (ruleIds: readonly string[]) => (ruleIds.length > 0 ? ` (${ruleIds.join(', ')})` : '');

function fence(command: string): string[] {
  // A command never holds three backticks in a row; four keep any shorter run inside.
  return ['````', ...command.split('\n'), '````'];
}

function poolSection(o: SimulationOutcome, locale: Locale): string[] {
  const r = (text: Text, params = {}) => render(text, params, locale);
  const lines = [`## ${escapeMarkdown(r(md.pool, { pool: o.poolFqdn || o.poolId }))}`, ''];
  lines.push(`**${r(factText.summary)}:** ${escapeMarkdown(managerSummary(o, locale))}`, '');
  lines.push(`| ${r(md.figure)} | ${r(md.value)} |`, '| --- | --- |');
  for (const f of outcomeFacts(o, locale))
    lines.push(`| ${f.label} | ${escapeMarkdown(f.value)}${ids(f.ruleIds)} |`);
  for (const list of outcomeLists(o, locale)) {
    lines.push('', `### ${list.heading}`, '');
    for (const i of list.items) lines.push(`- ${escapeMarkdown(i.text)}${ids(i.ruleIds)}`);
  }
  if (o.steps.length > 0) {
    lines.push('', `### ${r(factText.steps)}`, '');
    o.steps.forEach((s, i) => {
      const text = escapeMarkdown(render(s.text, s.params, locale));
      lines.push(
        `${i + 1}. **${s.id}** (${r(phaseText[s.phase])}, ${escapeMarkdown(s.source)}): ${text}${ids(s.ruleIds)}`,
      );
      if (s.command) lines.push('', ...fence(s.command).map((l) => `   ${l}`), '');
    });
  }
  lines.push('', `${r(md.rules)}: ${o.ruleIds.join(', ')}`, '');
  return lines;
}

/** One document for the outcomes of one set of failures (one outcome per pool). */
export function outcomesMarkdown(
  outcomes: readonly SimulationOutcome[],
  locale: Locale = 'en',
  designName?: string,
): string {
  const first = outcomes[0];
  const what = first ? failedPhrase(first, locale) : render(factText.none, {}, locale);
  const lines = [`# ${escapeMarkdown(render(md.title, { what }, locale))}`, ''];
  if (designName) lines.push(escapeMarkdown(render(md.design, { name: designName }, locale)), '');
  for (const o of outcomes) lines.push(...poolSection(o, locale));
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
