/**
 * Export picture, Export report and Print to PDF in the desktop program, under Node: the save
 * dialog, the bytes written as they came, and the report printed in a hidden window that can run
 * nothing (no preload, no Node, no JavaScript) and is closed whatever happens.
 */
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createExports } from '../../electron/exports.ts';
import { dataUrlOf, printHtmlToPdf, type PrintWindowClass } from '../../electron/print-pdf.ts';

const html = '<!DOCTYPE html><html lang="es"><body><h1>Informe — «Contoso»</h1></body></html>';
const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]); // %PDF-

function fakeWindowClass(print: () => Promise<Uint8Array> = async () => pdf) {
  const made: Array<{ options: any; loaded: string[]; destroyed: boolean; navigate?: (e: any) => void }> = [];
  class FakeWindow {
    state: (typeof made)[number];
    webContents: any;
    constructor(options: any) {
      this.state = { options, loaded: [], destroyed: false };
      made.push(this.state);
      this.webContents = {
        printToPDF: vi.fn(print),
        on: (name: string, l: (e: any) => void) => {
          if (name === 'will-navigate') this.state.navigate = l;
        },
      };
    }
    async loadURL(url: string) {
      this.state.loaded.push(url);
    }
    destroy() {
      this.state.destroyed = true;
    }
    isDestroyed() {
      return this.state.destroyed;
    }
  }
  return { Window: FakeWindow as unknown as PrintWindowClass, made };
}

describe('printing the report to PDF', () => {
  it('renders the report in a hidden window that runs no script and has no preload, then closes it', async () => {
    const { Window, made } = fakeWindowClass();
    const bytes = await printHtmlToPdf(Window, html);
    expect(bytes).toBe(pdf);
    const [win] = made;
    expect(win!.options.show).toBe(false);
    expect(win!.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      devTools: false,
    });
    expect(win!.options.webPreferences.preload).toBeUndefined();
    // The report itself, as a data: URL, with its non-ASCII text intact.
    expect(win!.loaded).toEqual([dataUrlOf(html)]);
    const encoded = win!.loaded[0]!.replace(/^data:text\/html;charset=utf-8;base64,/, '');
    expect(Buffer.from(encoded, 'base64').toString('utf8')).toBe(html);
    expect(win!.destroyed).toBe(true);
    const prevent = vi.fn();
    win!.navigate!({ preventDefault: prevent });
    expect(prevent).toHaveBeenCalled();
  });

  it('asks Chromium for A4 with the backgrounds printed', async () => {
    const seen: unknown[] = [];
    const { Window } = fakeWindowClass();
    const Spy = class extends (Window as any) {
      constructor(options: any) {
        super(options);
        const print = this.webContents.printToPDF;
        this.webContents.printToPDF = (o: unknown) => (seen.push(o), print(o));
      }
    } as unknown as PrintWindowClass;
    await printHtmlToPdf(Spy, html);
    expect(seen).toEqual([{ pageSize: 'A4', printBackground: true }]);
  });

  it('closes the window when printing fails', async () => {
    const { Window, made } = fakeWindowClass(async () => {
      throw new Error('printing failed');
    });
    await expect(printHtmlToPdf(Window, html)).rejects.toThrow('printing failed');
    expect(made[0]!.destroyed).toBe(true);
  });
});

describe('the desktop exports', () => {
  const folder = () => mkdtempSync(join(tmpdir(), 'pchat-exports-'));

  function exportsAt(
    dir: string,
    answer: string | null,
    printToPdf = vi.fn(async (_html: string): Promise<Uint8Array> => pdf),
  ) {
    const dialogs = {
      showSaveDialog: vi.fn(async (_o: { defaultPath: string; filters: { extensions: string[] }[] }) =>
        answer === null ? { canceled: true } : { canceled: false, filePath: join(dir, answer) },
      ),
    };
    const exports = createExports({
      dialogs,
      locale: 'en',
      platform: 'linux',
      folder: () => dir,
      printToPdf,
    });
    return { exports, dialogs, printToPdf };
  }

  it('writes a PNG byte for byte where the planner chose, adding the extension a Linux dialog drops', async () => {
    const dir = folder();
    const { exports, dialogs } = exportsAt(dir, 'board picture');
    const data = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255, 1]);
    const reply = await exports.exportFile({ kind: 'png', suggestedName: 'Contoso@2x.png', data });
    expect(reply).toEqual({ ok: true, value: { name: 'board picture.png', fileId: null } });
    expect(new Uint8Array(readFileSync(join(dir, 'board picture.png')))).toEqual(data);
    const options = dialogs.showSaveDialog.mock.calls[0]![0];
    expect(options.defaultPath).toBe(join(dir, 'Contoso@2x.png'));
    expect(options.filters[0]!.extensions).toEqual(['png']);
  });

  it('writes an SVG and a report as UTF-8 text', async () => {
    const dir = folder();
    const { exports } = exportsAt(dir, 'Contoso.html');
    await exports.exportFile({ kind: 'html', suggestedName: 'Contoso.html', data: html });
    expect(readFileSync(join(dir, 'Contoso.html'), 'utf8')).toBe(html);
  });

  it('prints to the PDF file chosen, and prints nothing when the planner cancels', async () => {
    const dir = folder();
    const chosen = exportsAt(dir, 'Contoso report.pdf');
    const reply = await chosen.exports.printReportToPdf({ html, suggestedName: 'Contoso.pdf' });
    expect(reply).toEqual({ ok: true, value: { name: 'Contoso report.pdf', fileId: null } });
    expect(chosen.printToPdf).toHaveBeenCalledWith(html);
    expect(new Uint8Array(readFileSync(join(dir, 'Contoso report.pdf')))).toEqual(pdf);

    const cancelled = exportsAt(dir, null);
    expect(await cancelled.exports.printReportToPdf({ html, suggestedName: 'Other.pdf' })).toEqual({
      ok: true,
      value: null,
    });
    expect(cancelled.printToPdf).not.toHaveBeenCalled();
  });

  it('says why when printing fails, and writes no file', async () => {
    const dir = folder();
    const { exports } = exportsAt(
      dir,
      'Contoso.pdf',
      vi.fn(async (): Promise<Uint8Array> => {
        throw new Error('the GPU process crashed');
      }),
    );
    const reply = await exports.printReportToPdf({ html, suggestedName: 'Contoso.pdf' });
    expect(reply).toEqual({
      ok: false,
      message: 'The report could not be printed to PDF (the GPU process crashed).',
    });
    expect(existsSync(join(dir, 'Contoso.pdf'))).toBe(false);
  });
});
