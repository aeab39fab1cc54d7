import { allRules, familyOf } from '../../shared/rules/registry.ts';
import { render } from '../../shared/i18n/text.ts';
import type { Command } from '../command.ts';
import { EXIT } from '../io.ts';
import { langOption, readLocale } from '../options.ts';

export const rulesCommand: Command = {
  name: 'rules',
  summary: 'List the rules the engine implements.',
  usage: 'pchat-topology rules [--json] [--lang en|es]',
  details: ['--json   print a JSON array of {id, severity, family, summary, source}'],
  options: { json: { type: 'boolean' }, ...langOption },
  async run({ values }, io) {
    const locale = readLocale(values.lang);
    const rows = allRules.map((r) => ({
      id: r.id,
      severity: r.severity,
      family: familyOf(r),
      summary: render(r.summary, {}, locale),
      source: r.source,
    }));
    if (values.json) {
      io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    } else {
      for (const r of rows) io.stdout(`${r.id.padEnd(8)} ${r.severity.padEnd(8)} ${r.summary}\n`);
      io.stdout(`\n${rows.length} rules. See docs/rules.md for every catalogue id and its status.\n`);
    }
    return EXIT.ok;
  },
};
