import { basename } from 'node:path';
import { indexDesign } from '../../shared/model/design-index.ts';
import type { Severity } from '../../shared/model/types.ts';
import { summarize, validate } from '../../shared/rules/engine.ts';
import type { Locale } from '../../shared/i18n/text.ts';
import type { Command } from '../command.ts';
import { designFromBytes, readInputText } from '../design-input.ts';
import { findingsJson, findingsJsonValue, findingsText, summaryLine } from '../findings-text.ts';
import { expandInputs } from '../inputs.ts';
import { CliError, EXIT } from '../io.ts';
import { langOption, readLocale } from '../options.ts';
import { junitReport } from '../reports/junit.ts';
import { lineLocator } from '../reports/locate.ts';
import { reachesFailOn } from '../reports/results.ts';
import type { FileResult } from '../reports/results.ts';
import { sarifReport } from '../reports/sarif.ts';
import { version } from '../version.ts';

const usage =
  'pchat-topology validate <design.pctopo|topology.xml|pattern>... [--json | --format text|json|sarif|junit] [--fail-on error|warning] [--lang en|es]';

const formats = ['text', 'json', 'sarif', 'junit'] as const;
type Format = (typeof formats)[number];

function readFormat(values: Record<string, string | boolean | undefined>): Format {
  const format = values.format;
  if (format === undefined) return values.json ? 'json' : 'text';
  if (!(formats as readonly unknown[]).includes(format)) {
    throw new CliError(`--format must be text, json, sarif or junit, not "${String(format)}".`);
  }
  if (values.json && format !== 'json')
    throw new CliError(`--json and --format ${String(format)} disagree; give one.`);
  return format as Format;
}

async function checkFile(path: string, locale: Locale): Promise<FileResult> {
  try {
    const { document, text, isXml } = designFromBytes(path, await readInputText(path));
    const findings = validate(document.design, { locale });
    const index = indexDesign(document.design);
    const label = (id: string) => index.label(id);
    return {
      ok: true,
      path,
      findings,
      summary: summarize(findings),
      label,
      lineOf: lineLocator(text, isXml, label),
    };
  } catch (err) {
    if (err instanceof CliError) return { ok: false, path, error: err.message };
    throw err;
  }
}

function failingCount(results: readonly FileResult[], failOn: Severity): number {
  let n = 0;
  for (const r of results) if (r.ok) for (const f of r.findings) if (reachesFailOn(f.severity, failOn)) n++;
  return n;
}

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check designs against the Persistent Chat HA/DR rules.',
  usage,
  details: [
    'Several files, or a pattern such as "designs/*.pctopo", give one report per file.',
    '--json                  print {"summary":…,"findings":[…]}; for several files, an array of',
    '                        {"file":…,"summary":…,"findings":[…]} (or {"file":…,"error":…})',
    '--format sarif          SARIF 2.1.0 for code scanning (one run, every file, every rule)',
    '--format junit          JUnit XML for CI test reports (a suite per file, a case per rule)',
    '--fail-on error|warning exit 1 when a finding of this severity or worse exists (default: error)',
    '--lang en|es            language of the messages (default: en)',
    'Exit codes: 0 clean at the --fail-on level, 1 findings at that level, 2 a file cannot be read',
    '(the other files are still checked and reported).',
  ],
  options: {
    json: { type: 'boolean' },
    format: { type: 'string' },
    'fail-on': { type: 'string', default: 'error' },
    ...langOption,
  },
  async run({ positionals, values }, io) {
    const failOn = values['fail-on'];
    if (failOn !== 'error' && failOn !== 'warning') {
      throw new CliError(`--fail-on must be error or warning, not "${String(failOn)}".`);
    }
    const format = readFormat(values);
    const locale = readLocale(values.lang);
    const { paths, many } = await expandInputs(positionals, 'design file', usage);

    // One file in text or JSON keeps the report scripts already rely on, and its refusal.
    if (!many && (format === 'text' || format === 'json')) {
      const result = await checkFile(paths[0]!, locale);
      if (!result.ok) throw new CliError(result.error);
      io.stdout(
        format === 'json'
          ? findingsJson(result.findings, result.summary)
          : findingsText(basename(result.path), result.findings, result.summary),
      );
      return failingCount([result], failOn) > 0 ? EXIT.findings : EXIT.ok;
    }

    const results: FileResult[] = [];
    for (const path of paths) results.push(await checkFile(path, locale));

    if (format === 'sarif') io.stdout(sarifReport(results, version(), locale, process.cwd()));
    else if (format === 'junit') io.stdout(junitReport(results, failOn, locale));
    else if (format === 'json') {
      const list = results.map((r) =>
        r.ok
          ? { file: r.path, ...findingsJsonValue(r.findings, r.summary) }
          : { file: r.path, error: r.error },
      );
      io.stdout(`${JSON.stringify(list, null, 2)}\n`);
    } else {
      const reports = results.map((r) =>
        r.ok ? findingsText(r.path, r.findings, r.summary) : `${r.error}\n`,
      );
      const checked = results.filter((r) => r.ok);
      const total = summarize(checked.flatMap((r) => (r.ok ? r.findings : [])));
      const unreadable = results.length - checked.length;
      const files = `${results.length} ${results.length === 1 ? 'file' : 'files'}`;
      const notRead = unreadable > 0 ? `; ${unreadable} could not be read` : '';
      io.stdout(`${reports.join('\n')}\n${files}: ${summaryLine(total)}${notRead}\n`);
    }
    // Machine-readable reports carry the unreadable files inside; they are said on stderr too,
    // so a pipeline's log shows them while stdout goes to a file.
    for (const r of results) if (!r.ok && format !== 'text') io.stderr(`${r.error}\n`);

    if (results.some((r) => !r.ok)) return EXIT.badInput;
    return failingCount(results, failOn) > 0 ? EXIT.findings : EXIT.ok;
  },
};
