/**
 * Writes the example designs in assets/examples/. They are generated rather than typed so that
 * the three share one vocabulary; `npm run examples` rewrites them and a test checks that the
 * committed files are what this script produces.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exampleDesigns } from './example-designs.ts';
import { serializeDesign } from '../shared/model/load.ts';

const dir = join(import.meta.dirname, '..', 'assets', 'examples');
for (const [file, doc] of Object.entries(exampleDesigns())) {
  writeFileSync(join(dir, file), serializeDesign(doc));
  console.log(`wrote assets/examples/${file}`);
}
