import {
  failureTokenHelp,
  outcomeJson,
  parseFailures,
  ScenarioError,
  selectPool,
  simulate,
} from '../../shared/simulation/index.ts';
import { outcomeText } from '../../shared/simulation/outcome-text.ts';
import type { Command } from '../command.ts';
import { readDesignInput } from '../design-input.ts';
import { CliError, EXIT } from '../io.ts';
import { langOption, onePositional, readLocale } from '../options.ts';

const usage =
  'pchat-topology simulate <design.pctopo> --fail <what>[,<what>…] [--pool <fqdn|id>] [--json] [--lang en|es]';

export const simulateCommand: Command = {
  name: 'simulate',
  summary: 'What happens to the pool when data centers, SQL instances, servers or the link are lost.',
  usage,
  details: [
    '--fail <what>[,…]   what is lost (repeat --fail or separate with commas):',
    ...failureTokenHelp.map((line) => `    ${line}`),
    '--pool <fqdn|id>    the Persistent Chat pool, when the design has more than one',
    '--json              print the outcome as JSON: databaseServing, failover, activeServers,',
    '                    concurrentUserCapacity, dataLossWindowMinutes, serviceAvailable, steps, and more',
    '--lang en|es        language of the messages (default: en)',
    'Exit codes: 0 the service continues (at once or after the steps), 1 it stops until a repair,',
    '2 the input cannot be read or names something the design does not have.',
  ],
  options: {
    fail: { type: 'string', multiple: true },
    pool: { type: 'string' },
    json: { type: 'boolean' },
    ...langOption,
  },
  async run({ positionals, values }, io) {
    const path = onePositional(positionals, 'design file', usage);
    const locale = readLocale(values.lang);
    const fail = (values as { fail?: string[] }).fail ?? [];
    if (fail.length === 0) {
      throw new CliError(
        `Say what fails with --fail, for example --fail dc1 or --fail sql:<fqdn>,link.\nUsage: ${usage}`,
      );
    }
    const doc = await readDesignInput(path);
    try {
      const pool = selectPool(doc.design, typeof values.pool === 'string' ? values.pool : undefined);
      const outcome = simulate(doc.design, parseFailures(doc.design, pool, fail), { pool: pool.id });
      io.stdout(
        values.json
          ? `${JSON.stringify(outcomeJson(outcome, locale), null, 2)}\n`
          : outcomeText(outcome, locale),
      );
      return outcome.serviceAvailable ? EXIT.ok : EXIT.findings;
    } catch (err) {
      if (err instanceof ScenarioError) throw new CliError(`${path}: ${err.messageIn(locale)}`);
      throw err;
    }
  },
};
