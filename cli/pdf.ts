/**
 * Prints an HTML document to an A4 PDF with Chromium through playwright-core. Chromium is a
 * program of the machine, not of the package, so where none is found (or it will not start)
 * the caller gets one line saying why, and nothing is written.
 */
import type * as Playwright from 'playwright-core';
import { CliError } from './io.ts';
import { chromiumArgs, chromiumCandidates, chromiumPath } from './chromium.ts';

export async function printToPdf(html: string): Promise<Uint8Array> {
  const executablePath = chromiumPath();
  if (!executablePath)
    throw new CliError(
      `--pdf needs Chromium and none was found (looked at ${chromiumCandidates().join(', ')}; set PCHAT_CHROMIUM to its path); nothing was written.`,
    );
  let playwright: typeof Playwright;
  try {
    playwright = await import('playwright-core');
  } catch {
    throw new CliError(
      '--pdf needs the playwright-core package (npm install), which is missing; nothing was written.',
    );
  }
  let browser;
  try {
    browser = await playwright.chromium.launch({ executablePath, args: chromiumArgs });
  } catch (err) {
    const first = (err instanceof Error ? err.message : String(err)).split('\n')[0];
    throw new CliError(
      `--pdf could not start Chromium at ${executablePath} (${first}); nothing was written.`,
    );
  }
  try {
    const page = await browser.newPage();
    // The report asks for nothing outside itself; refusing every request keeps it so.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}
