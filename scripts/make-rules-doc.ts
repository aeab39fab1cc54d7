import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rulesDocument } from './rules-doc.ts';

writeFileSync(join(import.meta.dirname, '..', 'docs', 'rules.md'), rulesDocument());
console.log('wrote docs/rules.md');
