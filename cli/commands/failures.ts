import type { Locale } from '../../shared/i18n/text.ts';
import {
  failureTable,
  failureTables,
  failureTablesJson,
  failureTablesMarkdown,
  ScenarioError,
} from '../../shared/simulation/index.ts';
import type { FailureTable } from '../../shared/simulation/index.ts';
import type { Command } from '../command.ts';
import { readDesignInput } from '../design-input.ts';
import { CliError, EXIT } from '../io.ts';
import { langOption, onePositional, readLocale } from '../options.ts';

const usage = 'pchat-topology failures <design.pctopo> [--pool <fqdn|id>] [--json] [--lang en|es]';

function print(tables: FailureTable[], json: boolean, locale: Locale, name: string): string {
  if (json) return `${JSON.stringify(failureTablesJson(tables, locale), null, 2)}\n`;
  return failureTablesMarkdown(tables, locale, name);
}

export const failuresCommand: Command = {
  name: 'failures',
  summary:
    'The failure table: every single failure and the documented combinations, and the single points of failure.',
  usage,
  details: [
    'Simulates, for each Persistent Chat pool, the loss of each data center, the link, each SQL Server',
    'instance of each store, each witness, each share and the file store, each server and the next-hop',
    "Front End pool, then the documented combinations (a data center with the other side's witness, a",
    'store with its mirror, a member of a mirroring session with its witness, every active server).',
    'Each row says whether chat survives, how it switches over, the capacity left and the data-loss window.',
    '--pool <fqdn|id>    only this Persistent Chat pool; without it, every pool of the design',
    '--json              print the rows as JSON instead of a Markdown document',
    '--lang en|es        language of the table (default: en)',
    'Exit codes: 0 no single failure stops chat, 1 the design has a single point of failure,',
    '2 the input cannot be read or names a pool the design does not have.',
  ],
  options: { pool: { type: 'string' }, json: { type: 'boolean' }, ...langOption },
  async run({ positionals, values }, io) {
    const path = onePositional(positionals, 'design file', usage);
    const locale = readLocale(values.lang);
    const doc = await readDesignInput(path);
    try {
      const tables =
        typeof values.pool === 'string'
          ? [failureTable(doc.design, values.pool)]
          : doc.design.pools.length === 0
            ? [failureTable(doc.design)]
            : failureTables(doc.design);
      io.stdout(print(tables, values.json === true, locale, doc.design.name));
      return tables.every((t) => t.singlePointsOfFailure.length === 0) ? EXIT.ok : EXIT.findings;
    } catch (err) {
      if (err instanceof ScenarioError) throw new CliError(`${path}: ${err.messageIn(locale)}`);
      throw err;
    }
  },
};
