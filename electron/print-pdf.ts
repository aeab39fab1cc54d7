/**
 * Print to PDF: the report is rendered in a hidden window of its own and printed with Chromium's
 * printToPDF. The report is the page's text, so that window gets nothing to abuse: no preload,
 * no Node, no JavaScript (the report needs none, and its own CSP forbids scripts), a fresh
 * in-memory session, and no way to navigate or open windows (hardening.ts, applied to every web
 * contents, refuses those too). The constructor is a parameter so the tests can check exactly
 * what the window is given.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

/** The parts of a BrowserWindow used here. */
export interface PrintWindow {
  loadURL(url: string): Promise<void>;
  webContents: {
    printToPDF(options: { pageSize: 'A4'; printBackground: boolean }): Promise<Uint8Array>;
    on(event: 'will-navigate', listener: (event: { preventDefault(): void }) => void): unknown;
  };
  destroy(): void;
  isDestroyed(): boolean;
}

export type PrintWindowClass = new (options: BrowserWindowConstructorOptions) => PrintWindow;

export function dataUrlOf(html: string): string {
  return `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;
}

export async function printHtmlToPdf(BrowserWindow: PrintWindowClass, html: string): Promise<Uint8Array> {
  // Written out in the constructor call, where Electronegativity checks a window's settings.
  const win = new BrowserWindow({
    show: false,
    width: 794,
    height: 1123,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      javascript: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: false,
      // Nothing of the designer's session (its storage, its permissions) is shared; in memory only.
      partition: 'pchat-print',
    },
  });
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  try {
    await win.loadURL(dataUrlOf(html));
    return await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true });
  } finally {
    if (!win.isDestroyed()) win.destroy();
  }
}
