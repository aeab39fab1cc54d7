/**
 * The designer window. Its web preferences are written out in full, even where they repeat
 * Electron's defaults, so the security settings are visible in one place and a future default
 * change cannot loosen them. The constructor comes in as a parameter so the tests can check
 * exactly what the window is given.
 */
import type { BrowserWindow as ElectronBrowserWindow, BrowserWindowConstructorOptions } from 'electron';

export interface WindowSettings {
  /** The sandboxed preload bundle (dist/electron/preload.cjs). */
  preloadPath: string;
  title: string;
  icon?: string;
  /** Developer tools only in a development build. */
  devTools: boolean;
}

export type BrowserWindowClass = new (options: BrowserWindowConstructorOptions) => ElectronBrowserWindow;

export function createDesignerWindow(
  BrowserWindow: BrowserWindowClass,
  settings: WindowSettings,
): ElectronBrowserWindow {
  return new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    // Shown once the page has painted, so the planner never sees a blank frame.
    show: false,
    title: settings.title,
    ...(settings.icon ? { icon: settings.icon } : {}),
    backgroundColor: '#ffffff',
    webPreferences: {
      // Reviewed preload (Electronegativity flags every preload for review): a bundled, sandboxed
      // script that exposes only the typed designer API through the context bridge.
      preload: settings.preloadPath, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // Middle-click must not open links in new windows (which are refused anyway).
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: settings.devTools,
    },
  });
}
