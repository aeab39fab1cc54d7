/** The human-readable report of an outcome, as the CLI prints it, in English or Spanish. */
import { render } from '../i18n/text.ts';
import type { Locale, Text } from '../i18n/text.ts';
import { factText, outcomeFacts, outcomeLists, outcomeTitle, phaseText } from './outcome-facts.ts';
import { managerSummary } from './summary.ts';
import type { SimulationOutcome } from './types.ts';

export function outcomeText(o: SimulationOutcome, locale: Locale = 'en'): string {
  const r = (text: Text, params = {}) => render(text, params, locale);
  const facts = outcomeFacts(o, locale);
  const width = Math.max(...facts.map((f) => f.label.length));
  const lines = [outcomeTitle(o, locale), '', `${r(factText.summary)}: ${managerSummary(o, locale)}`, ''];
  for (const f of facts) {
    const ids = f.ruleIds.length > 0 ? ` [${f.ruleIds.join(', ')}]` : '';
    lines.push(`  ${f.label.padEnd(width)}  ${f.value}${ids}`);
  }
  for (const list of outcomeLists(o, locale)) {
    lines.push('', list.heading);
    for (const item of list.items) lines.push(`  - ${item.text} [${item.ruleIds.join(', ')}]`);
  }
  if (o.steps.length > 0) {
    lines.push('', r(factText.steps));
    o.steps.forEach((s, i) => {
      lines.push(
        `  ${i + 1}. ${s.id} (${r(phaseText[s.phase])}, ${s.source}): ${render(s.text, s.params, locale)}`,
      );
      if (s.command) for (const line of s.command.split('\n')) lines.push(`       ${line}`);
    });
  }
  lines.push('', r(factText.restsOn, { ids: o.ruleIds.join(', ') }));
  return `${lines.join('\n')}\n`;
}

/** Every pool's report, one after the other. */
export function outcomesText(outcomes: readonly SimulationOutcome[], locale: Locale = 'en'): string {
  return outcomes.map((o) => outcomeText(o, locale)).join('\n');
}
