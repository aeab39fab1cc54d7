/**
 * `validate` in a pipeline: several files or a pattern, one report per file, and the SARIF and
 * JUnit reports that code scanning and CI test tabs read.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { serializeDesign } from '../../shared/model/load.ts';
import { allRules } from '../../shared/rules/registry.ts';
import { runCli, spawnCli } from '../support/cli.ts';
import { examplesDir, loadExample } from '../support/designs.ts';

const scratch = mkdtempSync(join(tmpdir(), 'pchat-pipelines-'));
const folder = join(scratch, 'designs');
mkdirSync(folder);
for (const name of ['reference-high-bandwidth', 'low-bandwidth', 'broken']) {
  copyFileSync(join(examplesDir, `${name}.pctopo`), join(folder, `${name}.pctopo`));
}
const [reference, low, broken] = ['reference-high-bandwidth', 'low-bandwidth', 'broken'].map((n) =>
  join(folder, `${n}.pctopo`),
) as [string, string, string];
const missing = join(scratch, 'missing.pctopo');

/** A strict XML 1.0 parse (characters included, which fast-xml-parser's validator does not check). */
function parseStrictXml(xml: string): { name: string; attributes: Record<string, string>; text: string }[] {
  const parser = new SaxesParser();
  const elements: { name: string; attributes: Record<string, string>; text: string }[] = [];
  const open: { text: string }[] = [];
  parser.on('error', (err) => {
    throw err;
  });
  parser.on('opentag', (tag) => {
    const el = { name: tag.name, attributes: tag.attributes as Record<string, string>, text: '' };
    elements.push(el);
    open.push(el);
  });
  parser.on('text', (t) => {
    if (open.length > 0) open[open.length - 1]!.text += t;
  });
  parser.on('closetag', () => open.pop());
  parser.write(xml).close();
  return elements;
}

function lineOfId(path: string, id: string): number {
  const lines = readFileSync(path, 'utf8').split('\n');
  return lines.findIndex((l) => l.includes(`"id": ${JSON.stringify(id)}`)) + 1;
}

describe('validate with several files', () => {
  it('prints one report per file and a total, and exits 1 when one of them has errors', async () => {
    const r = await runCli('validate', reference, low, broken);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${reference}: 0 errors, 2 warnings, 2 info`);
    expect(r.stdout).toContain(`${low}: 0 errors,`);
    expect(r.stdout).toMatch(new RegExp(`${broken.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}: 2\\d errors`));
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/^3 files: 2\d errors, 6 warnings, 7 info$/);
  });

  it('expands a pattern the shell left alone, in name order', async () => {
    const r = await runCli('validate', join(folder, '*.pctopo'), '--json');
    const list = JSON.parse(r.stdout);
    expect(list.map((x: any) => x.file)).toEqual([broken, low, reference]);
    for (const x of list) {
      expect(Object.keys(x)).toEqual(['file', 'summary', 'findings']);
      expect(Object.keys(x.summary)).toEqual(['errors', 'warnings', 'info']);
    }
  });

  it('takes a file whose name looks like a pattern as that file', async () => {
    const odd = join(scratch, 'design[2].pctopo');
    copyFileSync(reference, odd);
    const r = await runCli('validate', odd);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^design\[2\]\.pctopo: 0 errors/);
  });

  it('says so when a pattern matches nothing', async () => {
    const r = await runCli('validate', join(folder, '*.tbxml'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`No file matches ${join(folder, '*.tbxml')}.`);
  });

  it('still checks the other files when one cannot be read, names it, and exits 2', async () => {
    const r = await runCli('validate', reference, missing, '--json');
    expect(r.code).toBe(2);
    const list = JSON.parse(r.stdout);
    expect(list[0].summary.errors).toBe(0);
    expect(list[1]).toEqual({ file: missing, error: `${missing}: no such file.` });
    expect(r.stderr).toContain(`${missing}: no such file.`);
  });

  it('keeps the single-file JSON object for one path, as scripts already read it', async () => {
    const r = await runCli('validate', reference, '--json');
    expect(Object.keys(JSON.parse(r.stdout))).toEqual(['summary', 'findings']);
  });

  it('refuses a format it does not know, and --json with another format', async () => {
    expect((await runCli('validate', reference, '--format', 'html')).stderr).toContain(
      '--format must be text, json, sarif or junit, not "html".',
    );
    expect((await runCli('validate', reference, '--json', '--format', 'sarif')).code).toBe(2);
  });
});

describe('validate --format sarif', () => {
  it('writes SARIF 2.1.0 with every rule, and each result on the line of its first element', async () => {
    const r = await runCli('validate', reference, broken, '--format', 'sarif');
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout) as Log;
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0]!;
    const rules = run.tool.driver.rules!;
    expect(rules.map((x) => x.id)).toEqual(allRules.map((x) => x.id));
    const results = run.results!;
    const brokenReport = JSON.parse((await runCli('validate', broken, '--json')).stdout);
    const referenceReport = JSON.parse((await runCli('validate', reference, '--json')).stdout);
    expect(results.length).toBe(brokenReport.findings.length + referenceReport.findings.length);
    const levels = { error: 'error', warning: 'warning', info: 'note' } as const;
    const doc = loadExample('broken').design;
    const fqdns = new Set([...doc.servers.map((s) => s.fqdn), ...doc.pools.map((p) => p.fqdn)]);
    for (const result of results) {
      expect(rules[result.ruleIndex!]!.id).toBe(result.ruleId);
      const location = result.locations![0]!;
      const uri = location.physicalLocation!.artifactLocation!.uri!;
      const file = uri.endsWith('broken.pctopo') ? broken : reference;
      const first = location.logicalLocations![0]?.fullyQualifiedName;
      if (first) expect(location.physicalLocation!.region!.startLine).toBe(lineOfId(file, first));
    }
    const pc001 = results.find((x) => x.ruleId === 'PC-001')!;
    expect(pc001.level).toBe(levels.error);
    expect(pc001.message.text).toContain('pchatpool.contoso.com');
    const names = pc001.locations![0]!.logicalLocations!.map((l) => l.name);
    expect(names.length).toBeGreaterThan(1);
    for (const name of names) expect(fqdns).toContain(name);
    const notes = results.filter((x) => x.ruleId === 'PC-031');
    expect(notes.every((x) => x.level === 'note')).toBe(true);
    const prints = results.map((x) => x.partialFingerprints!['pchatFinding/v1']);
    expect(new Set(prints).size).toBe(prints.length);
  });

  it('keeps a finding fingerprint when the file is only reformatted', async () => {
    const moved = join(scratch, 'reformatted.pctopo');
    writeFileSync(moved, JSON.stringify(JSON.parse(serializeDesign(loadExample('broken')))));
    const fingerprints = async (path: string) =>
      (JSON.parse((await runCli('validate', path, '--format', 'sarif')).stdout) as Log).runs[0]!.results!.map(
        (x) => x.partialFingerprints!['pchatFinding/v1'],
      );
    expect(await fingerprints(moved)).toEqual(await fingerprints(broken));
  });

  it('reports an unreadable file as a failed invocation, not as silence', async () => {
    const r = await runCli('validate', missing, '--format', 'sarif');
    expect(r.code).toBe(2);
    const invocation = (JSON.parse(r.stdout) as Log).runs[0]!.invocations![0]!;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications![0]!.message.text).toBe(`${missing}: no such file.`);
  });
});

describe('validate --format junit', () => {
  it('writes well-formed JUnit XML: a suite per file, a case per rule, failures at the --fail-on level', async () => {
    const r = await runCli('validate', reference, broken, '--format', 'junit');
    expect(r.code).toBe(1);
    const elements = parseStrictXml(r.stdout);
    const suites = elements.filter((e) => e.name === 'testsuite');
    expect(suites.map((s) => s.attributes.name)).toEqual([reference, broken]);
    for (const s of suites) expect(Number(s.attributes.tests)).toBe(allRules.length);
    expect(suites[0]!.attributes.failures).toBe('0');
    const brokenErrors = new Set(
      JSON.parse((await runCli('validate', broken, '--json')).stdout)
        .findings.filter((f: any) => f.severity === 'error')
        .map((f: any) => f.ruleId),
    );
    expect(Number(suites[1]!.attributes.failures)).toBe(brokenErrors.size);
    const root = elements[0]!;
    expect(root.name).toBe('testsuites');
    expect(Number(root.attributes.tests)).toBe(2 * allRules.length);

    const warned = parseStrictXml(
      (await runCli('validate', reference, '--format', 'junit', '--fail-on', 'warning')).stdout,
    );
    expect(Number(warned.find((e) => e.name === 'testsuite')!.attributes.failures)).toBeGreaterThan(0);
  });

  it('stays well-formed when a name in the design holds characters XML cannot carry', async () => {
    const doc = loadExample('broken');
    const hostile = {
      ...doc,
      design: {
        ...doc.design,
        pools: doc.design.pools.map((p) => ({ ...p, fqdn: `pchat\u0001\u001f<&"]]>\uD800.contoso.com` })),
      },
    };
    const path = join(scratch, 'hostile.pctopo');
    writeFileSync(path, serializeDesign(hostile));
    const r = await runCli('validate', path, '--format', 'junit');
    expect(() => parseStrictXml(r.stdout)).not.toThrow();
    expect(r.stdout).toContain('pchat\uFFFD\uFFFD&lt;&amp;&quot;]]&gt;\uFFFD.contoso.com');
  });

  it('reports an unreadable file as an errored suite', async () => {
    const r = await runCli('validate', missing, '--format', 'junit');
    expect(r.code).toBe(2);
    const error = parseStrictXml(r.stdout).find((e) => e.name === 'error')!;
    expect(error.attributes.message).toBe(`${missing}: no such file.`);
  });

  it('runs as a real process with a quoted pattern, as a CI step would', async () => {
    const r = await spawnCli('validate', join(folder, '*.pctopo'), '--format', 'junit');
    expect(r.code).toBe(1);
    expect(parseStrictXml(r.stdout).filter((e) => e.name === 'testsuite')).toHaveLength(3);
  });
});
