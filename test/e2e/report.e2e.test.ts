/**
 * The design report in a real browser: it loads with no network request and no console error,
 * and printed to PDF (as `report --pdf` does) it keeps its sections in order and its first page
 * is not blank. The PDF's text and page picture need poppler's pdftotext and pdftoppm; where
 * they are missing those checks are skipped, saying so.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { designReport, reportSectionIds } from '../../shared/report/index.ts';
import { words } from '../../shared/report/words.ts';
import { hostileDesign } from '../runbooks/hostile.ts';
import { loadExample } from '../support/designs.ts';
import { chromiumArgs, chromiumPath } from './support/chromium.ts';

const executablePath = chromiumPath();
const has = (tool: string) => {
  try {
    execFileSync('which', [tool], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const poppler = { pdftotext: has('pdftotext'), pdftoppm: has('pdftoppm') };
for (const [tool, found] of Object.entries(poppler))
  if (!found)
    console.log(
      `report e2e: ${tool} is not installed (apt-get install poppler-utils); its check is skipped.`,
    );

const dir = mkdtempSync(join(tmpdir(), 'pchat-report-e2e-'));
const doc = loadExample('reference-high-bandwidth');

interface Loaded {
  page: Page;
  requests: string[];
  problems: string[];
}

describe.skipIf(!executablePath)('the design report in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: executablePath!, args: chromiumArgs });
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Opens the report as a file, the way a reader double-clicks it, recording every request. */
  async function open(name: string, html: string): Promise<Loaded> {
    const file = join(dir, name);
    // Without its Content-Security-Policy, so that a reference to anything outside the file
    // would show as a request instead of being blocked quietly.
    writeFileSync(file, html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''));
    const url = pathToFileURL(file).href;
    const page = await browser.newPage();
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => {
      if (r.url() !== url) requests.push(r.url());
    });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(url, { waitUntil: 'load' });
    return { page, requests, problems };
  }

  it('loads with zero network requests and zero console errors, in both languages and with hostile names', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#2b5797"/></svg>';
    const cases = [
      ['en.html', designReport(doc, { locale: 'en', date: '2026-12-02', diagramSvg: svg })],
      ['es.html', designReport(doc, { locale: 'es', date: '2026-12-02' })],
      [
        'hostile.html',
        designReport({ ...doc, design: hostileDesign() }, { locale: 'en', date: '2026-12-02' }),
      ],
      ['broken.html', designReport(loadExample('broken'), { locale: 'en', date: '2026-12-02' })],
    ] as const;
    for (const [name, html] of cases) {
      const { page, requests, problems } = await open(name, html);
      expect(requests, name).toEqual([]);
      expect(problems, name).toEqual([]);
      const ids = await page.$$eval('body > section', (s) => s.map((e) => e.id));
      expect(ids, name).toEqual([...reportSectionIds]);
      expect(await page.$$eval('script, img', (s) => s.length), name).toBe(0);
      await page.close();
    }
    // The check itself sees a request: the same report with a remote picture makes one.
    const control = await open(
      'control.html',
      cases[0][1].replace('</body>', '<img src="http://127.0.0.1:9/x.png" /></body>'),
    );
    expect(control.requests).toEqual(['http://127.0.0.1:9/x.png']);
    await control.page.close();
  });

  it('printed to PDF, has its sections in order and a first page that is not blank', async () => {
    const { page } = await open('print.html', designReport(doc, { locale: 'en', date: '2026-12-02' }));
    const pdf = join(dir, 'report.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const titles = [doc.design.name, ...reportSectionIds.slice(1).map((id) => words.sections[id].en)];

    if (poppler.pdftotext) {
      // Each section starts a page of its own, in the report's order.
      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
      const firstLines = text.split('\f').map((p) => p.trim().split('\n')[0]?.trim());
      const cover = text.split('\f')[0]!.replace(/\s+/g, ' ');
      expect(cover).toContain(doc.design.name);
      const pages = titles.slice(1).map((t) => firstLines.indexOf(t));
      expect(
        pages.every((n) => n > 0),
        `first pages ${pages.join(', ')}`,
      ).toBe(true);
      expect([...pages].sort((a, b) => a - b)).toEqual(pages);
    } else {
      // Without pdftotext, the headings of the page that was printed.
      expect(
        await page.$$eval('body > section > h1, body > section > h2', (h) => h.map((e) => e.textContent)),
      ).toEqual(titles);
    }

    if (poppler.pdftoppm) {
      const png = readFileSync(
        (execFileSync('pdftoppm', [
          '-f',
          '1',
          '-l',
          '1',
          '-r',
          '40',
          '-png',
          '-singlefile',
          pdf,
          join(dir, 'page1'),
        ]),
        join(dir, 'page1.png')),
      );
      // The browser decodes the PNG and counts the pixels that are not white.
      const img = await browser.newPage();
      await img.setContent(`<img id="p" src="data:image/png;base64,${png.toString('base64')}">`);
      const { width, height, inked } = await img.$eval('#p', (el) => {
        const image = el as HTMLImageElement;
        const canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(image, 0, 0);
        const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        let inked = 0;
        for (let i = 0; i < data.length; i += 4)
          if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) inked++;
        return { width: canvas.width, height: canvas.height, inked };
      });
      // A4 at 40 dpi: 8.27 × 11.69 in.
      expect(width).toBe(331);
      expect(height).toBe(468);
      expect(inked / (width * height)).toBeGreaterThan(0.005);
      await img.close();
    }
    await page.close();
  });
});
