/**
 * The README's pictures of the designer: the web edition, built and served as the end-to-end
 * suite serves it, photographed by Chromium at 1280×800 (the small laptop screen the canvas is
 * designed for) in light mode, dark mode and Spanish. `npm run screenshots` rewrites them in
 * docs/images/; they are taken from the app, never drawn by hand.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { chromiumArgs, chromiumPath } from '../test/e2e/support/chromium.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const imagesDir = join(root, 'docs', 'images');

interface Shot {
  file: string;
  colorScheme: 'light' | 'dark';
  locale: 'en' | 'es';
}

const shots: Shot[] = [
  { file: 'canvas-1280-light.png', colorScheme: 'light', locale: 'en' },
  { file: 'canvas-1280-dark.png', colorScheme: 'dark', locale: 'en' },
  { file: 'canvas-1280-es.png', colorScheme: 'light', locale: 'es' },
];

async function main() {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('no Chromium found (install it, or set PCHAT_CHROMIUM to its path)');
  const outDir = mkdtempSync(join(tmpdir(), 'pchat-web-shots-'));
  const configFile = join(root, 'vite.config.ts');
  await build({ configFile, logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    if (!url) throw new Error('vite preview gave no local URL');
    mkdirSync(imagesDir, { recursive: true });
    for (const shot of shots) {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 800 },
        colorScheme: shot.colorScheme,
        locale: shot.locale === 'es' ? 'es-ES' : 'en-US',
      });
      // The language the planner picked last time wins over the browser's; set it as a planner would have.
      await context.addInitScript(
        (locale) => localStorage.setItem('pchat-designer.locale', locale),
        shot.locale,
      );
      const page = await context.newPage();
      await page.goto(url);
      await page.getByTestId('findings-summary').waitFor();
      await page.locator('.react-flow__node').first().waitFor();
      // Let the first fit-view animation settle before the picture is taken.
      await page.waitForTimeout(600);
      await page.screenshot({ path: join(imagesDir, shot.file) });
      console.log(`docs/images/${shot.file}`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

await main();
