import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumPath } from '../../cli/chromium.ts';
import { serializeDesign } from '../../shared/model/load.ts';
import { words } from '../../shared/report/words.ts';
import { runCli } from '../support/cli.ts';
import { examplesDir, loadExample, reference } from '../support/designs.ts';
import { byId, byName, parseReport, textOf } from '../report/support.ts';

const referenceFile = join(examplesDir, 'reference-high-bandwidth.pctopo');
const scratch = () => mkdtempSync(join(tmpdir(), 'pchat-report-'));
const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('pchat-topology report', () => {
  it('writes report.html with the date asked for and names the file', async () => {
    const out = join(scratch(), 'report.html');
    const r = await runCli('report', referenceFile, '-o', out, '--date', '2026-12-02');
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(out);
    const tree = parseReport(readFileSync(out, 'utf8'));
    expect(textOf(byName(tree, 'h1')[0]!)).toBe(reference().name);
    expect(byName(byId(tree, 'cover'), 'time')[0]!.attrs.datetime).toBe('2026-12-02');
  });

  it('writes it in Spanish with --lang es', async () => {
    const out = join(scratch(), 'informe.html');
    expect((await runCli('report', referenceFile, '-o', out, '--lang', 'es')).code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<html lang="es">');
    expect(textOf(byName(byId(parseReport(html), 'inventory'), 'h2')[0]!)).toBe(words.sections.inventory.es);
  });

  it('refuses a missing file, a bad date or language, and a missing -o, each with a clear message', async () => {
    const dir = scratch();
    const missing = await runCli('report', join(dir, 'nope.pctopo'), '-o', join(dir, 'r.html'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
    const date = await runCli('report', referenceFile, '-o', join(dir, 'r.html'), '--date', '02/12/2026');
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('--date must be a day written YYYY-MM-DD');
    expect(
      (await runCli('report', referenceFile, '-o', join(dir, 'r.html'), '--lang', 'fr')).stderr,
    ).toContain('--lang must be en or es');
    const noOut = await runCli('report', referenceFile);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('Say where to write with -o');
    expect(existsSync(join(dir, 'r.html'))).toBe(false);
  });

  it('never replaces an existing report without --force', async () => {
    const out = join(scratch(), 'report.html');
    writeFileSync(out, 'keep me');
    const r = await runCli('report', referenceFile, '-o', out);
    expect(r.code).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect((await runCli('report', referenceFile, '-o', out, '--force')).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('<!DOCTYPE html>');
  });

  it('reports a design without a pool, saying there is none', async () => {
    const dir = scratch();
    const design = join(dir, 'empty.pctopo');
    writeFileSync(
      design,
      serializeDesign({ ...loadExample('reference-high-bandwidth'), design: { ...reference(), pools: [] } }),
    );
    const out = join(dir, 'report.html');
    expect((await runCli('report', design, '-o', out)).code).toBe(0);
    expect(textOf(byId(parseReport(readFileSync(out, 'utf8')), 'failures'))).toContain(words.noPool.en);
  });

  it.skipIf(!chromiumPath())(
    'prints the report to a PDF with --pdf',
    async () => {
      const dir = scratch();
      const html = join(dir, 'report.html');
      const pdf = join(dir, 'report.pdf');
      const r = await runCli('report', referenceFile, '-o', html, '--pdf', pdf);
      expect(r.code).toBe(0);
      expect(r.stdout.trim().split('\n')).toEqual([html, pdf]);
      const bytes = readFileSync(pdf);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      if (hasPdftotext) {
        const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
        expect(text).toContain('pchat1.contoso.com');
      }
    },
    60_000,
  );
});
