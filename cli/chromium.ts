/**
 * Where Chromium is, for `report --pdf` and for the end-to-end suites. PCHAT_CHROMIUM (or
 * Playwright's own PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH) overrides the default, the Debian
 * package's /usr/bin/chromium.
 */
import { existsSync } from 'node:fs';

export function chromiumCandidates(): string[] {
  return [
    process.env.PCHAT_CHROMIUM,
    process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ].filter((p): p is string => Boolean(p));
}

export function chromiumPath(): string | null {
  for (const path of chromiumCandidates()) if (existsSync(path)) return path;
  return null;
}

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
