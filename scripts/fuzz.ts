/**
 * npm run fuzz: the fuzz families of test/fuzz with many inputs (10,000 each by default), not part
 * of npm test. Every failure is written to fuzz-failures/ as the input file and a .txt beside it
 * holding what broke, the stack and a one-line reproduction.
 *
 *   npm run fuzz                                   10,000 inputs of each family, seed 1
 *   npm run fuzz -- --count 20000 --seed 7 --family xml
 *   npx tsx scripts/fuzz.ts --family xml --seed 7 --index 123     one generated input
 *   npx tsx scripts/fuzz.ts --replay xml fuzz-failures/xml-7-123.xml   a saved input
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { countOf, families, runCase, stackOf } from '../test/fuzz/families.ts';
import type { CaseFailure, FamilyName, FamilyReport } from '../test/fuzz/families.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    count: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    family: { type: 'string', multiple: true },
    index: { type: 'string' },
    replay: { type: 'string' },
    out: { type: 'string', default: 'fuzz-failures' },
  },
});

function familyOf(name: string): (typeof families)[FamilyName] {
  const family = families[name as FamilyName];
  if (!family) {
    console.error(`No fuzz family ${name}; the families are ${Object.keys(families).join(', ')}.`);
    process.exit(2);
  }
  return family;
}

/** Runs one input and prints what happened; exit 1 when the oracle failed. */
function single(name: string, input: Uint8Array | string, label: string): never {
  const family = familyOf(name);
  const extension = name === 'xml' ? 'xml' : 'pctopo';
  const { outcome, ms, failure } = runCase(family, { label, input, extension });
  if (failure) {
    console.log(`${failure.message} (${Math.round(ms)} ms)\n${stackOf(failure)}`);
    process.exit(1);
  }
  console.log(
    `${label}: ${outcome?.kind === 'refused' ? `refused (${outcome.code})` : 'accepted'}, ${Math.round(ms)} ms`,
  );
  process.exit(0);
}

if (values.replay) {
  const path = positionals[0];
  if (!path) {
    console.error('Usage: npx tsx scripts/fuzz.ts --replay FAMILY FILE');
    process.exit(2);
  }
  const bytes = new Uint8Array(readFileSync(path));
  single(values.replay, values.replay === 'xml' ? bytes : new TextDecoder().decode(bytes), path);
}

const seed = Number(values.seed);
const names = (values.family ?? Object.keys(families)) as FamilyName[];

if (values.index !== undefined) {
  const name = names[0]!;
  const fuzzCase = familyOf(name).make(seed, Number(values.index));
  single(name, fuzzCase.input, `${name} seed ${seed} input ${values.index} (${fuzzCase.label})`);
}

const outDir = values.out;
mkdirSync(outDir, { recursive: true });

function save(f: CaseFailure): void {
  const base = `${f.family}-${f.seed}-${f.index}`;
  const inputFile = join(outDir, `${base}.${f.fuzzCase.extension}`);
  writeFileSync(inputFile, f.fuzzCase.input);
  const replay = `npx tsx scripts/fuzz.ts --replay ${f.family} ${inputFile}`;
  writeFileSync(
    join(outDir, `${base}.txt`),
    `${replay}\n\n${f.kind}: ${f.message}\ninput: ${f.label} (seed ${f.seed}, index ${f.index})\n\n${f.stack}\n`,
  );
  console.log(`  ${f.kind} at ${f.index}: ${f.message.slice(0, 200)}\n    ${replay}`);
}

const count = Number(values.count);
const reports: FamilyReport[] = [];
for (const name of names) {
  const family = familyOf(name);
  console.log(`${family.title} (${count} inputs, seed ${seed})`);
  const started = performance.now();
  const report = family.run(seed, count, save);
  reports.push(report);
  const refusals = Object.entries(report.refusals)
    .sort((a, b) => b[1] - a[1])
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');
  console.log(
    `  inputs ${report.inputs}; accepted ${report.accepted}; refused ${refusals || 'none'}; ` +
      `crashes ${countOf(report, 'crash')}; internal errors ${countOf(report, 'internal')}; ` +
      `ill-formed outputs ${countOf(report, 'ill-formed')}; not reopening ${countOf(report, 'reopen') + countOf(report, 'mismatch')}; ` +
      `slow ${countOf(report, 'slow')}; slowest ${Math.round(report.slowestMs)} ms (input ${report.slowestIndex}); ` +
      `${Math.round((performance.now() - started) / 1000)} s in all`,
  );
}
const failed = reports.reduce((n, r) => n + r.failures.length, 0);
console.log(failed === 0 ? 'No failures.' : `${failed} failures, written to ${outDir}/.`);
process.exit(failed === 0 ? 0 : 1);
