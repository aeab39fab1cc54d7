/**
 * Where Chromium is. PCHAT_CHROMIUM (or Playwright's own PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH)
 * overrides the default, the Debian package's /usr/bin/chromium.
 */
import { existsSync } from 'node:fs';

export function chromiumPath(): string | null {
  const candidates = [
    process.env.PCHAT_CHROMIUM,
    process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  for (const path of candidates) if (path && existsSync(path)) return path;
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
