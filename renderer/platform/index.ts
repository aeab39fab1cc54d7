/**
 * Picks the platform: the Electron preload's API when the shell provides one, else the browser's.
 * Both implement the platform contract (shared/platform/contract.ts).
 */
import type { DesignerPlatform } from '../../shared/platform/contract.ts';
import { createBrowserPlatform, defaultEnvironment } from './browser.ts';
import type { BrowserPlatform } from './browser.ts';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the web edition. */
    pchatDesigner?: DesignerPlatform;
  }
}

export type Platform = DesignerPlatform &
  Partial<
    Pick<BrowserPlatform, 'attachInput' | 'receiveFile' | 'draftOffer' | 'restoreDraft' | 'discardDraft'>
  >;

export function resolvePlatform(win: Window): Platform {
  return win.pchatDesigner ?? createBrowserPlatform(defaultEnvironment(win));
}
