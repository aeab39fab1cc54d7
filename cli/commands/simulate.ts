import {
  failureTokenHelp,
  outcomeJson,
  outcomesMarkdown,
  outcomesText,
  parseFailures,
  parseFailuresForDesign,
  ScenarioError,
  selectPool,
  simulate,
  simulateAll,
} from '../../shared/simulation/index.ts';
import type { SimulationOutcome } from '../../shared/simulation/index.ts';
import type { Locale } from '../../shared/i18n/text.ts';
import type { Design } from '../../shared/model/types.ts';
import type { Command } from '../command.ts';
import { readDesignInput } from '../design-input.ts';
import { CliError, EXIT } from '../io.ts';
import { langOption, onePositional, readLocale } from '../options.ts';

const usage =
  'pchat-topology simulate <design.pctopo> --fail <what>[,<what>…] [--pool <fqdn|id>] [--json | --markdown] [--lang en|es]';

/** One pool when --pool names it, else every pool of the design. */
function outcomesOf(
  design: Design,
  fail: readonly string[],
  poolRef: string | undefined,
): SimulationOutcome[] {
  if (poolRef !== undefined) {
    const pool = selectPool(design, poolRef);
    return [simulate(design, parseFailures(design, pool, fail), { pool: pool.id })];
  }
  return simulateAll(design, parseFailuresForDesign(design, fail));
}

function print(
  outcomes: SimulationOutcome[],
  format: 'text' | 'json' | 'markdown',
  locale: Locale,
  name: string,
) {
  if (format === 'markdown') return outcomesMarkdown(outcomes, locale, name);
  if (format === 'text') return outcomesText(outcomes, locale);
  // A one-pool design keeps printing one object, as scripts written for it expect.
  const json =
    outcomes.length === 1 ? outcomeJson(outcomes[0]!, locale) : outcomes.map((o) => outcomeJson(o, locale));
  return `${JSON.stringify(json, null, 2)}\n`;
}

export const simulateCommand: Command = {
  name: 'simulate',
  summary: 'What happens to each pool when data centers, SQL instances, servers or the link are lost.',
  usage,
  details: [
    '--fail <what>[,…]   what is lost (repeat --fail or separate with commas):',
    ...failureTokenHelp.map((line) => `    ${line}`),
    '--pool <fqdn|id>    only this Persistent Chat pool; without it every pool of the design is simulated',
    '                    (primary, mirror and the other role words then need --pool when there are several)',
    '--json              print the outcome as JSON: databaseServing, failover, activeServers,',
    '                    concurrentUserCapacity, dataLossWindowMinutes, serviceAvailable, steps, and more',
    '                    (an array of them, one per pool, when several pools are simulated)',
    '--markdown          print the outcome as a Markdown document: summary, figures, losses, steps, rule ids',
    '--lang en|es        language of the messages (default: en)',
    'Exit codes: 0 every pool keeps or regains its service (at once or after the steps), 1 the service of',
    'a pool stops (until a repair, or until its next-hop Front End pool is back), 2 the input cannot be read',
    'or names something the design does not have.',
  ],
  options: {
    fail: { type: 'string', multiple: true },
    pool: { type: 'string' },
    json: { type: 'boolean' },
    markdown: { type: 'boolean' },
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
    if (values.json && values.markdown) {
      throw new CliError(`Choose one of --json and --markdown.\nUsage: ${usage}`);
    }
    const format = values.json ? 'json' : values.markdown ? 'markdown' : 'text';
    const doc = await readDesignInput(path);
    try {
      const outcomes = outcomesOf(
        doc.design,
        fail,
        typeof values.pool === 'string' ? values.pool : undefined,
      );
      io.stdout(print(outcomes, format, locale, doc.design.name));
      return outcomes.every((o) => o.serviceAvailable) ? EXIT.ok : EXIT.findings;
    } catch (err) {
      if (err instanceof ScenarioError) throw new CliError(`${path}: ${err.messageIn(locale)}`);
      throw err;
    }
  },
};
