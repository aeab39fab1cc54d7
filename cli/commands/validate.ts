import { basename } from 'node:path';
import { summarize, validate } from '../../shared/rules/engine.ts';
import type { Command } from '../command.ts';
import { readDesignInput } from '../design-input.ts';
import { findingsJson, findingsText } from '../findings-text.ts';
import { CliError, EXIT } from '../io.ts';
import { langOption, onePositional, readLocale } from '../options.ts';

const usage = 'pchat-topology validate <design.pctopo> [--json] [--fail-on error|warning] [--lang en|es]';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check a design against the Persistent Chat HA/DR rules.',
  usage,
  details: [
    '--json                  print {"summary":…,"findings":[…]} instead of text',
    '--fail-on error|warning exit 1 when a finding of this severity or worse exists (default: error)',
    '--lang en|es            language of the messages (default: en)',
    'Exit codes: 0 clean at the --fail-on level, 1 findings at that level, 2 the input cannot be read.',
  ],
  options: { json: { type: 'boolean' }, 'fail-on': { type: 'string', default: 'error' }, ...langOption },
  async run({ positionals, values }, io) {
    const path = onePositional(positionals, 'design file', usage);
    const failOn = values['fail-on'];
    if (failOn !== 'error' && failOn !== 'warning') {
      throw new CliError(`--fail-on must be error or warning, not "${String(failOn)}".`);
    }
    const locale = readLocale(values.lang);
    const doc = await readDesignInput(path);
    const findings = validate(doc.design, { locale });
    const summary = summarize(findings);
    io.stdout(
      values.json ? findingsJson(findings, summary) : findingsText(basename(path), findings, summary),
    );
    const failing = summary.errors + (failOn === 'warning' ? summary.warnings : 0);
    return failing > 0 ? EXIT.findings : EXIT.ok;
  },
};
