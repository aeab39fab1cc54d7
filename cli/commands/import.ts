import { basename, extname } from 'node:path';
import { serializeDesign } from '../../shared/model/load.ts';
import { MAPPING_NOTE } from '../../shared/xml/index.ts';
import type { ImportSummary } from '../../shared/xml/index.ts';
import type { Command } from '../command.ts';
import { importTopologyInput, readInputText } from '../design-input.ts';
import { EXIT } from '../io.ts';
import { onePositional } from '../options.ts';
import { writeOutput } from '../output-file.ts';

const usage = 'pchat-topology import <topology.xml|.tbxml> [-o design.pctopo] [--force] [--json]';

function defaultOutput(input: string): string {
  const ext = extname(input);
  return `${ext ? input.slice(0, -ext.length) : input}.pctopo`;
}

const KINDS: ReadonlyArray<[keyof ImportSummary['imported'], string, string]> = [
  ['dataCenters', 'data center', 'data centers'],
  ['frontEndPools', 'Front End pool', 'Front End pools'],
  ['pools', 'Persistent Chat pool', 'Persistent Chat pools'],
  ['servers', 'Persistent Chat server', 'Persistent Chat servers'],
  ['sqlInstances', 'SQL Server instance', 'SQL Server instances'],
  ['fileStores', 'file store', 'file stores'],
  ['shares', 'share', 'shares'],
];

function summaryText(input: string, out: string, summary: ImportSummary): string {
  const flavour = summary.flavour === 'tbxml' ? 'Topology Builder document' : 'published topology';
  const counts = KINDS.filter(([k]) => summary.imported[k] > 0).map(
    ([k, one, many]) => `${summary.imported[k]} ${summary.imported[k] === 1 ? one : many}`,
  );
  const lines = [
    `Imported ${basename(input)} (${flavour}; site${summary.sites.length === 1 ? '' : 's'} ${summary.sites.join(', ') || 'none'}) into ${out}.`,
    `Imported: ${counts.join(', ') || 'nothing the designer models'}.`,
  ];
  if (summary.sidecar === 'used')
    lines.push('The designer’s own record in the file restored the design it was exported from.');
  if (summary.kept.length > 0) {
    lines.push('Kept as is (written back unchanged on export):', ...summary.kept.map((k) => `  - ${k}`));
  }
  if (summary.assumptions.length > 0)
    lines.push('Not in a topology, so set to defaults:', ...summary.assumptions.map((a) => `  - ${a}`));
  if (summary.problems.length > 0)
    lines.push('Found in the file and imported as it is:', ...summary.problems.map((p) => `  - ${p}`));
  if (summary.unrecognised.length > 0)
    lines.push(
      'Persistent Chat parts the designer does not recognise (kept in the file as they are):',
      ...summary.unrecognised.map((u) => `  - ${u}`),
      MAPPING_NOTE,
    );
  lines.push(`Check it with: pchat-topology validate ${out}`);
  return `${lines.join('\n')}\n`;
}

export const importCommand: Command = {
  name: 'import',
  summary: 'Read a topology (.tbxml, or Get-CsTopology -AsXml output) into a design.',
  usage,
  details: [
    '-o, --out <file>   where to write the design (default: beside the topology, .pctopo; - for standard output)',
    '--force            overwrite an existing file',
    '--json             print the import summary as JSON (imported counts, kept parts, defaults, problems)',
    'Reads UTF-8 and UTF-16 (what PowerShell > writes). Everything the designer does not model is kept',
    'in the design and written back by export. Invalid values are imported as they are: validate reports them.',
    'Exit codes: 0 imported, 1 the output file exists (use --force), 2 the topology cannot be read.',
  ],
  options: {
    out: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run({ positionals, values }, io) {
    const path = onePositional(positionals, 'topology file', usage);
    const { document, summary } = importTopologyInput(path, await readInputText(path));
    const out = typeof values.out === 'string' && values.out !== '' ? values.out : defaultOutput(path);
    await writeOutput(out, serializeDesign(document), values.force === true, io.stdout);
    const report = values.json
      ? `${JSON.stringify({ output: out, ...summary }, null, 2)}\n`
      : summaryText(path, out, summary);
    // With -o - the design itself is on standard output; the report goes beside it.
    if (out === '-') io.stderr(report);
    else io.stdout(report);
    return EXIT.ok;
  },
};
