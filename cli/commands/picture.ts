import { diagramSvg } from '../../shared/diagram/svg.ts';
import { whatIfOf } from '../../shared/diagram/what-if.ts';
import { ScenarioError, parseFailuresForDesign, simulateAll } from '../../shared/simulation/index.ts';
import { failureTokenHelp } from '../../shared/simulation/index.ts';
import type { Command } from '../command.ts';
import { readDesignInput } from '../design-input.ts';
import { CliError, EXIT } from '../io.ts';
import { langOption, onePositional, readLocale } from '../options.ts';
import { writeOutput } from '../output-file.ts';
import { pictureScales, svgToPng } from '../png.ts';
import type { PictureScale } from '../png.ts';

const usage =
  'pchat-topology picture <design.pctopo|topology.xml> -o <design.png|design.svg> [--scale 1|2|3] [--lang en|es] [--fail <what>[,<what>…]] [--force]';

function readScale(value: string | boolean | undefined): PictureScale {
  if (value === undefined) return 1;
  const scale = pictureScales.find((s) => String(s) === String(value));
  if (!scale) throw new CliError(`--scale must be 1, 2 or 3, not "${String(value)}".\nUsage: ${usage}`);
  return scale;
}

/** The format the file name asks for: .png or .svg, nothing else. */
function formatOf(out: string): 'png' | 'svg' {
  const ext = /\.([^./\\]+)$/.exec(out)?.[1]?.toLowerCase();
  if (ext === 'png' || ext === 'svg') return ext;
  throw new CliError(`-o ${out}: the picture is written as .png or .svg; name the file so.\nUsage: ${usage}`);
}

export const pictureCommand: Command = {
  name: 'picture',
  summary:
    'Draw the design as the canvas lays it out (data centers, boxes, lines, finding badges, legend) to an SVG or PNG file, optionally in a what-if state.',
  usage,
  details: [
    '-o, --out <file>      design.svg or design.png; the extension picks the format (- writes SVG to standard output)',
    '--scale 1|2|3         PNG pixels per picture unit (default 1); the SVG is the same at every scale',
    '--lang en|es          language of the legend and labels (default: en)',
    '--fail <what>[,…]     draw the what-if state after these losses (greyed, new principal marked):',
    ...failureTokenHelp.map((line) => `    ${line}`),
    '--force               overwrite a file that already exists (without it the command refuses and exits 1)',
    'Exit codes: 0 written, 1 refused to overwrite, 2 the input or an option cannot be used.',
  ],
  options: {
    out: { type: 'string', short: 'o' },
    scale: { type: 'string' },
    fail: { type: 'string', multiple: true },
    force: { type: 'boolean' },
    ...langOption,
  },
  async run({ positionals, values }, io) {
    const path = onePositional(positionals, 'design file', usage);
    const out = values.out;
    if (typeof out !== 'string' || out === '')
      throw new CliError(`Say where to write with -o <design.png|design.svg>.\nUsage: ${usage}`);
    const format = out === '-' ? 'svg' : formatOf(out);
    const scale = readScale(values.scale);
    if (format === 'svg' && values.scale !== undefined && scale !== 1)
      io.stderr('--scale applies to PNG only; the SVG is drawn at its own size.\n');
    const locale = readLocale(values.lang);
    const fail = (values as { fail?: string[] }).fail ?? [];
    const doc = await readDesignInput(path);
    let whatIf = null;
    if (fail.length > 0) {
      try {
        const failures = parseFailuresForDesign(doc.design, fail);
        whatIf = whatIfOf(failures, simulateAll(doc.design, failures));
      } catch (err) {
        if (err instanceof ScenarioError) throw new CliError(`${path}: ${err.messageIn(locale)}`);
        throw err;
      }
    }
    const svg = diagramSvg(doc, { locale, whatIf });
    await writeOutput(out, format === 'png' ? svgToPng(svg, scale) : svg, Boolean(values.force), io.stdout);
    if (out !== '-') io.stdout(`${out}\n`);
    return EXIT.ok;
  },
};
