#!/usr/bin/env node
/**
 * Runs Electronegativity (Doyensec's Electron security linter) over electron/ and fails when
 * it finds anything of high or medium severity. Low and informational findings are listed.
 *
 * Offline behaviour: Electronegativity fetches translations (1 s timeout, then English) and,
 * in AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK, Electron's release list from GitHub with no
 * timeout. That one check is about the installed Electron version, not about our code, and
 * can hang on a machine without network, so it is excluded here; `npm outdated electron`
 * answers the same question.
 *
 * Electronegativity can only evaluate a CSP written as a string literal inside the header
 * callback; ours is one constant in electron/csp.ts (used by the app protocol and the session),
 * so its CSP_GLOBAL_CHECK reports it as LOW "review". This script therefore also runs the same
 * CSP evaluator Electronegativity uses on that constant, and fails on high or medium findings.
 *
 * Findings reviewed and accepted in the code carry an `eng-disable CHECK_ID -- reason` comment
 * on the line; this script lists every such comment so a review can see them all.
 */
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const input = path.resolve(root, process.argv[2] ?? 'electron');
const require = createRequire(import.meta.url);
const run = require('@doyensec/electronegativity');
const electronVersion = require('electron/package.json').version;

// Electronegativity prints progress and a translation warning through console.log; keep them out of test output.
const quiet = console.log;
const chatter = [];
console.log = (...args) => chatter.push(args.join(' '));
let result;
try {
  result = await run({
    input,
    isRelative: true,
    electronVersionOverride: electronVersion,
    excludeFromScan: ['availablesecurityfixesglobalcheck'],
    customScan: [],
    severitySet: 'informational',
    confidenceSet: 'tentative',
  });
} finally {
  console.log = quiet;
}

/** The policy from electron/csp.ts, checked with Electronegativity's own CSP evaluator. */
function evaluateOurCsp() {
  const source = readFileSync(path.join(root, 'electron', 'csp.ts'), 'utf8');
  const policy = /export const CONTENT_SECURITY_POLICY =\s*"([^"]+)"/.exec(source)?.[1];
  if (!policy) return { policy: null, findings: [] };
  const csp = createRequire(require.resolve('@doyensec/electronegativity'))('@doyensec/csp-evaluator');
  const findings = new csp.CspEvaluator(new csp.CspParser(policy).csp, csp.Version.CSP3).evaluate();
  const name = (sev) => Object.keys(csp.severities).find((k) => csp.severities[k] === sev) ?? String(sev);
  return {
    policy,
    findings: findings.map((f) => ({
      blocking: [csp.severities.HIGH, csp.severities.SYNTAX, csp.severities.MEDIUM].includes(f.severity),
      text: `  ${name(f.severity).padEnd(13)} CSP ${f.directive}: ${f.description}`,
    })),
  };
}
const ourCsp = evaluateOurCsp();

const blocking = result.issues.filter(
  (i) => i.severity.value >= 3 || ['HIGH', 'MEDIUM'].includes(i.severity.name),
);
const others = result.issues.filter((i) => !blocking.includes(i));
const line = (i) =>
  `  ${i.severity.name.padEnd(13)} ${i.id} ${i.file}:${i.location.line}:${i.location.column}${i.manualReview ? ' (review)' : ''}`;

function suppressions(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.(ts|js|cjs|mjs)$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath ?? entry.path, entry.name);
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((text, i) => {
        const m = /eng-disable\s+(.*)$/.exec(text);
        if (m) out.push(`  ${path.relative(root, file)}:${i + 1} ${m[1].trim()}`);
      });
  }
  return out;
}

process.stdout.write(
  `electronegativity ${path.relative(root, input)}/: ${result.atomicChecks} atomic and ${result.globalChecks} global checks, Electron ${electronVersion}\n`,
);
const parseErrors = result.errors.filter((e) => !e.tolerable);
for (const e of parseErrors) process.stdout.write(`  could not parse ${e.file}: ${e.message}\n`);
if (others.length > 0)
  process.stdout.write(`${others.length} low/informational:\n${others.map(line).join('\n')}\n`);
const reviewed = suppressions(input);
if (reviewed.length > 0)
  process.stdout.write(`${reviewed.length} reviewed and suppressed in the code:\n${reviewed.join('\n')}\n`);
if (!ourCsp.policy) process.stdout.write('  CONTENT_SECURITY_POLICY not found in electron/csp.ts\n');
else {
  process.stdout.write(`CSP evaluated: ${ourCsp.policy}\n`);
  for (const f of ourCsp.findings) process.stdout.write(`${f.text}\n`);
}
const cspBlocking = !ourCsp.policy || ourCsp.findings.some((f) => f.blocking);
if (blocking.length > 0 || parseErrors.length > 0 || cspBlocking) {
  process.stdout.write(`${blocking.length} high/medium finding(s):\n${blocking.map(line).join('\n')}\n`);
  process.exit(1);
}
process.stdout.write('electronegativity: 0 high, 0 medium\n');
