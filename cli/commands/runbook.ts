import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildRunbook, runbookKinds } from '../../shared/runbooks/index.ts';
import type { RunbookFile, RunbookKind } from '../../shared/runbooks/index.ts';
import { ScenarioError } from '../../shared/simulation/errors.ts';
import type { Command } from '../command.ts';
import { readDesignInput } from '../design-input.ts';
import { CliError, EXIT } from '../io.ts';
import { langOption, onePositional, readLocale } from '../options.ts';
import { exists } from '../output-file.ts';

const usage =
  'pchat-topology runbook <design.pctopo> --kind failover|failback|deploy -o <folder> [--pool <fqdn|id>] [--force] [--lang en|es]';

const BOM = '\uFEFF';

async function writeAll(folder: string, files: readonly RunbookFile[]): Promise<void> {
  try {
    await mkdir(folder, { recursive: true });
    for (const f of files)
      await writeFile(join(folder, f.name), (f.byteOrderMark ? BOM : '') + f.content, 'utf8');
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new CliError(`${e.path ?? folder}: cannot write there (${e.code ?? e.message}).`);
  }
}

export const runbookCommand: Command = {
  name: 'runbook',
  summary:
    'Write the failover or failback runbook (.md, .ps1, .sql) or the deployment checklist (.md) for a design.',
  usage,
  details: [
    '--kind failover|failback|deploy',
    '    failover: FO steps 1-7 to the log-shipping backup store; failback: FB steps 1-7;',
    '    deploy: shares and permissions, SQL Server Agent, Topology Builder order, log shipping, ports, catalogue procedures',
    '-o, --out <folder>    where to write <kind>.md (and <kind>.ps1, <kind>.sql); created if missing',
    '--force               overwrite files that already exist (without it the command refuses and exits 1)',
    '--pool <fqdn|id>      the Persistent Chat pool, when the design has more than one',
    '--lang en|es          language of the documents (default: en)',
    'The .ps1 is a dry run unless started with -Execute, and then asks before every step that changes state.',
    'Exit codes: 0 written, 1 refused to overwrite, 2 the input cannot be read or the design has no such procedure.',
  ],
  options: {
    kind: { type: 'string' },
    out: { type: 'string', short: 'o' },
    pool: { type: 'string' },
    force: { type: 'boolean' },
    ...langOption,
  },
  async run({ positionals, values }, io) {
    const path = onePositional(positionals, 'design file', usage);
    const kind = values.kind;
    if (typeof kind !== 'string' || !(runbookKinds as readonly string[]).includes(kind)) {
      throw new CliError(
        `--kind must be ${runbookKinds.join(', ')}${typeof kind === 'string' ? `, not "${kind}"` : ''}.\nUsage: ${usage}`,
      );
    }
    const folder = values.out;
    if (typeof folder !== 'string' || folder === '')
      throw new CliError(`Say where to write with -o <folder>.\nUsage: ${usage}`);
    const locale = readLocale(values.lang);
    const doc = await readDesignInput(path);
    let files: RunbookFile[];
    try {
      files = buildRunbook(doc.design, kind as RunbookKind, {
        pool: typeof values.pool === 'string' ? values.pool : undefined,
        locale,
      });
    } catch (err) {
      if (err instanceof ScenarioError) throw new CliError(`${path}: ${err.messageIn(locale)}`);
      throw err;
    }
    if (!values.force) {
      const taken: string[] = [];
      for (const f of files) if (await exists(join(folder, f.name))) taken.push(f.name);
      if (taken.length > 0) {
        throw new CliError(
          `${folder} already holds ${taken.join(', ')}; nothing was written. Add --force to overwrite, or choose another folder.`,
          EXIT.findings,
        );
      }
    }
    await writeAll(folder, files);
    io.stdout(`${files.map((f) => join(folder, f.name)).join('\n')}\n`);
    return EXIT.ok;
  },
};
