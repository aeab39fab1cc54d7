import { diagramSvg } from '../../shared/diagram/svg.ts';
import { designReport } from '../../shared/report/index.ts';
import { validate } from '../../shared/rules/engine.ts';
import type { Command } from '../command.ts';
import { readDesignInput } from '../design-input.ts';
import { CliError, EXIT } from '../io.ts';
import { langOption, onePositional, readLocale } from '../options.ts';
import { refuseToReplace, writeOutput } from '../output-file.ts';
import { printToPdf } from '../pdf.ts';

const usage =
  'pchat-topology report <design.pctopo|topology.xml> -o <report.html> [--pdf <report.pdf>] [--lang en|es] [--date YYYY-MM-DD] [--force]';

/** A calendar day as YYYY-MM-DD that exists (no 2026-02-30); today (UTC) when not given. */
function readDate(value: string | boolean | undefined): string {
  if (value === undefined) return new Date().toISOString().slice(0, 10);
  const text = String(value);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const day = m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : null;
  if (!day || day.toISOString().slice(0, 10) !== text)
    throw new CliError(`--date must be a day written YYYY-MM-DD, such as 2026-12-02, not "${text}".`);
  return text;
}

const pathOf = (value: string | boolean | undefined, option: string): string | null => {
  if (value === undefined) return null;
  if (typeof value !== 'string' || value === '')
    throw new CliError(`${option} needs a file name.\nUsage: ${usage}`);
  return value;
};

export const reportCommand: Command = {
  name: 'report',
  summary:
    'Write the design report: one self-contained HTML file (cover, diagram, inventory, findings, failure table, runbook summary, rule sources), and a PDF of it through Chromium.',
  usage,
  details: [
    '-o, --out <file>      the HTML report (- for standard output)',
    '--pdf <file>          also print it to an A4 PDF with Chromium (PCHAT_CHROMIUM, or /usr/bin/chromium)',
    '--lang en|es          language of the report (default: en)',
    '--date YYYY-MM-DD     the date on the cover (default: today)',
    '--force               overwrite files that already exist (without it the command refuses and exits 1)',
    'Exit codes: 0 written, 1 refused to overwrite, 2 the input cannot be read or no Chromium for --pdf.',
  ],
  options: {
    out: { type: 'string', short: 'o' },
    pdf: { type: 'string' },
    date: { type: 'string' },
    force: { type: 'boolean' },
    ...langOption,
  },
  async run({ positionals, values }, io) {
    const path = onePositional(positionals, 'design file', usage);
    const out = pathOf(values.out, '-o');
    const pdf = pathOf(values.pdf, '--pdf');
    if (!out && !pdf)
      throw new CliError(
        `Say where to write with -o <report.html> (or --pdf <report.pdf>).\nUsage: ${usage}`,
      );
    if (pdf === '-') throw new CliError('--pdf writes a file; give it a file name, not -.');
    const locale = readLocale(values.lang);
    const date = readDate(values.date);
    const force = Boolean(values.force);
    const doc = await readDesignInput(path);
    // The rules run once: the diagram's badges and the report's findings are the same list.
    const findings = validate(doc.design, { locale });
    const svg = diagramSvg(doc, { locale, findings });
    const html = designReport(doc, { locale, date, diagramSvg: svg, findings });
    // Check both targets before writing either, so a refusal leaves nothing half done.
    for (const target of [out, pdf]) if (target) await refuseToReplace(target, force, 'choose another file');
    const printed = pdf ? await printToPdf(html) : null;
    const written: string[] = [];
    if (out) {
      await writeOutput(out, html, force, io.stdout);
      if (out !== '-') written.push(out);
    }
    if (pdf && printed) {
      await writeOutput(pdf, printed, force, io.stdout);
      written.push(pdf);
    }
    if (written.length > 0) (out === '-' ? io.stderr : io.stdout)(`${written.join('\n')}\n`);
    return EXIT.ok;
  },
};
