/**
 * Picks the platform: the Electron preload's API when the shell provides one, else the browser's.
 */
import { createBrowserPlatform, defaultEnvironment } from './browser.ts';
import type { BrowserPlatform } from './browser.ts';
import type { DesignerPlatform } from './file-api.ts';

export type Platform = DesignerPlatform & Partial<Pick<BrowserPlatform, 'attachInput' | 'receiveFile'>>;

export function resolvePlatform(win: Window): Platform {
  return win.pchatDesigner ?? createBrowserPlatform(defaultEnvironment(win));
}
