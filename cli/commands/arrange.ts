import { basename, extname } from 'node:path';
import { arrange } from '../../shared/model/arrange.ts';
import { serializeDesign } from '../../shared/model/load.ts';
import type { Command } from '../command.ts';
import { readDesignInput } from '../design-input.ts';
import { EXIT } from '../io.ts';
import { onePositional } from '../options.ts';
import { writeOutput } from '../output-file.ts';

const usage = 'pchat-topology arrange <design.pctopo|topology.tbxml> [-o out.pctopo] [--force]';

/** Beside the input, so that the planner's own layout is never replaced unasked. */
function defaultOutput(input: string): string {
  const ext = extname(input);
  return `${ext ? input.slice(0, -ext.length) : input}.arranged.pctopo`;
}

export const arrangeCommand: Command = {
  name: 'arrange',
  summary: 'Lay a design out anew by rows of roles, with its lines routed around the boxes.',
  usage,
  details: [
    '-o, --out <file>   where to write the arranged design (default: <name>.arranged.pctopo beside it; - for standard output)',
    '--force            overwrite an existing file',
    'The same auto-arrange as the designer’s (Mod+Shift+L): the pools above the data centers, and in each',
    'data center the Front End pools, the servers, the SQL Server instances (each mirror beside its',
    'principal, the witness below them), then the shares and file stores. Only the layout changes.',
    'Exit codes: 0 arranged, 1 the output file exists (use --force), 2 the input cannot be read.',
  ],
  options: {
    out: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
  },
  async run({ positionals, values }, io) {
    const path = onePositional(positionals, 'design file', usage);
    const arranged = await arrange(await readDesignInput(path));
    const out = typeof values.out === 'string' && values.out !== '' ? values.out : defaultOutput(path);
    await writeOutput(out, serializeDesign(arranged), values.force === true, io.stdout);
    if (out !== '-') {
      const boxes = Object.keys(arranged.layout.nodes).length;
      const lines = Object.keys(arranged.layout.edges ?? {}).length;
      const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
      io.stdout(
        `Arranged ${basename(path)} into ${out}: ${count(boxes, 'box', 'boxes')} placed, ${count(lines, 'line', 'lines')} routed.\n`,
      );
    }
    return EXIT.ok;
  },
};
