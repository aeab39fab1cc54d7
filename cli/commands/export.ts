import { basename, extname } from 'node:path';
import { summarize, validate } from '../../shared/rules/engine.ts';
import { exportTopology, readPreserved } from '../../shared/xml/index.ts';
import type { Flavour } from '../../shared/xml/index.ts';
import type { Command } from '../command.ts';
import { readDesignInput } from '../design-input.ts';
import { findingsText } from '../findings-text.ts';
import { CliError, EXIT } from '../io.ts';
import { onePositional } from '../options.ts';
import { writeOutput } from '../output-file.ts';

const usage = 'pchat-topology export <design.pctopo> [-o out.tbxml] [--flavor tbxml|published] [--force]';

const FLAVOUR_NAMES: Record<Flavour, string> = {
  tbxml: 'Topology Builder document (.tbxml)',
  published: 'published topology (for Publish-CsTopology -FileName)',
};

/** Where the output goes when -o is not given: beside the input, with the flavour's extension. */
function defaultOutput(input: string, flavour: Flavour): string {
  const ext = flavour === 'tbxml' ? '.tbxml' : '.xml';
  const base = extname(input) ? input.slice(0, -extname(input).length) : input;
  const candidate = `${base}${ext}`;
  // Never the input itself (exporting topology.xml to the published flavour).
  return candidate === input ? `${base}.exported${ext}` : candidate;
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'Write a design as Topology Builder XML (.tbxml, or the published topology).',
  usage,
  details: [
    '-o, --out <file>           where to write (default: beside the design, .tbxml or .xml; - for standard output)',
    '--flavor tbxml|published   tbxml: the document Topology Builder opens (default);',
    '                           published: the Topology document Publish-CsTopology -FileName takes.',
    "                           A design imported from a topology is exported in that topology's flavour.",
    '--force                    export even when the design has errors, and overwrite an existing file',
    'A design with errors is refused: the findings are printed and nothing is written.',
    'Exit codes: 0 written, 1 refused (errors in the design, or the file exists), 2 the input cannot be read.',
  ],
  options: {
    out: { type: 'string', short: 'o' },
    flavor: { type: 'string' },
    force: { type: 'boolean' },
  },
  async run({ positionals, values }, io) {
    const path = onePositional(positionals, 'design file', usage);
    const flavor = values.flavor;
    if (flavor !== undefined && flavor !== 'tbxml' && flavor !== 'published') {
      throw new CliError(`--flavor must be tbxml or published, not "${String(flavor)}".\nUsage: ${usage}`);
    }
    const doc = await readDesignInput(path);
    const force = values.force === true;
    const findings = validate(doc.design);
    const summary = summarize(findings);
    if (summary.errors > 0) {
      if (!force) {
        io.stdout(findingsText(basename(path), findings, summary));
        throw new CliError(
          `the design has ${summary.errors} error${summary.errors === 1 ? '' : 's'} (listed above), so nothing was exported. Fix them, or add --force to export anyway.`,
          EXIT.findings,
        );
      }
      io.stderr(
        `pchat-topology export: exporting despite ${summary.errors} error${summary.errors === 1 ? '' : 's'} in the design (--force).\n`,
      );
    }
    let preservedFlavour: Flavour | undefined;
    try {
      preservedFlavour = readPreserved(doc.preservedTopology)?.flavour;
    } catch {
      preservedFlavour = undefined; // exportTopology reports the damage in its own words below.
    }
    const flavour: Flavour = (flavor as Flavour | undefined) ?? preservedFlavour ?? 'tbxml';
    const out =
      typeof values.out === 'string' && values.out !== '' ? values.out : defaultOutput(path, flavour);
    const result = exportTopology(doc, {
      flavour,
      fileName: out === '-' ? 'pchat-topology.tbxml' : basename(out),
    });
    if (!result.ok) throw new CliError(`${path}: ${result.error.message}`);
    await writeOutput(out, result.bytes, force, io.stdout);
    if (out === '-') {
      for (const note of result.notes) io.stderr(`note: ${note}\n`);
      return EXIT.ok;
    }
    const lines = [
      `Wrote ${out}: ${FLAVOUR_NAMES[result.flavour]}, UTF-8 with a byte-order mark, ${result.bytes.length.toLocaleString('en-US')} bytes.`,
    ];
    if (result.notes.length > 0) lines.push('Notes:', ...result.notes.map((n) => `  - ${n}`));
    io.stdout(`${lines.join('\n')}\n`);
    return EXIT.ok;
  },
};
