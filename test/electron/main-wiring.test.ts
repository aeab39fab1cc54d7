/**
 * electron/main.ts with `electron` replaced by a recording stand-in: checks the wiring the
 * unit tests cannot see (order of start-up, what is registered, second instances, closing).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { eventChannels, invokeChannels, sendChannels } from '../../electron/ipc/channels.ts';
import { serializeDesign } from '../../shared/model/load.ts';
import { loadExample } from '../support/designs.ts';
import { fake } from './support/fake-electron.ts';

vi.mock('electron', async () => (await import('./support/fake-electron.ts')).fake.electron);

const userData = mkdtempSync(join(tmpdir(), 'pctopo-main-'));
afterAll(() => rmSync(userData, { recursive: true, force: true }));

async function boot() {
  fake.state.userData = userData;
  await import('../../electron/main.ts');
  const before = [...fake.calls];
  fake.state.readyResolve();
  await vi.waitFor(() => expect(fake.windows[0]?.loadURL).toHaveBeenCalled());
  await new Promise((r) => setTimeout(r, 20));
  return { before, win: fake.windows[0] };
}

describe('the main process start-up', () => {
  let started: Awaited<ReturnType<typeof boot>>;
  beforeEach(async () => {
    started ??= await boot();
  });

  it('declares the app:// scheme and the sandbox for every renderer before the app is ready', () => {
    expect(started.before).toContain(
      'registerSchemesAsPrivileged ready=false [{"scheme":"app","privileges":{"standard":true,"secure":true,"supportFetchAPI":true,"corsEnabled":true}}]',
    );
    expect(started.before).toContain('enableSandbox');
    expect(started.before).toContain('requestSingleInstanceLock');
  });

  it('hardens the session, serves app:// and loads the bundled page', () => {
    expect(fake.calls).toEqual(
      expect.arrayContaining([
        'setPermissionRequestHandler',
        'setPermissionCheckHandler',
        'onHeadersReceived',
        'session.on will-download',
        'protocol.handle app',
      ]),
    );
    expect(started.win.loadURL).toHaveBeenCalledWith('app://pctopo/index.html');
    expect(started.win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(started.win.options.webPreferences.preload).toMatch(/preload\.cjs$/);
  });

  it('hardens every web contents as it is created', () => {
    const names = [...started.win.webContents.listeners.keys()];
    expect(names).toEqual(expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']));
    expect(started.win.webContents.setWindowOpenHandler).toHaveBeenCalled();
  });

  it('registers every IPC channel, and nothing else', () => {
    expect([...fake.handlers.keys()].sort()).toEqual(Object.values(invokeChannels).sort());
    expect([...fake.onHandlers.keys()].sort()).toEqual(Object.values(sendChannels).sort());
  });

  it('sets the native menu', () => {
    expect(fake.calls).toContain('setApplicationMenu');
  });

  it('refuses an IPC call from another web contents', async () => {
    const foreign = { sender: { id: 99 }, senderFrame: { url: 'app://pctopo/index.html', parent: null } };
    await expect(fake.handlers.get(invokeChannels.openDesign)!(foreign)).rejects.toThrow(
      /not the designer window/,
    );
  });

  it('opens a design passed to a second instance in the running window', async () => {
    const file = join(userData, 'Second.pctopo');
    writeFileSync(file, serializeDesign(loadExample('low-bandwidth')));
    fake.electron.app.emit('second-instance', {}, ['pchat.exe', 'Second.pctopo'], userData);
    await vi.waitFor(() =>
      expect(started.win.webContents.sent).toContainEqual([
        eventChannels.openFile,
        {
          name: 'Second.pctopo',
          text: serializeDesign(loadExample('low-bandwidth')),
          fileId: expect.any(String),
        },
      ]),
    );
    expect(started.win.focus).toHaveBeenCalled();
  });

  it('runs a native text edit in the window for the preload', () => {
    const own = { sender: { id: 41 }, senderFrame: { url: 'app://pctopo/index.html', parent: null } };
    fake.onHandlers.get(sendChannels.nativeEdit)!(own, 'paste');
    expect(started.win.webContents.paste).toHaveBeenCalled();
  });

  it('prints the report to PDF in a hidden window of its own that runs no script, then closes it', async () => {
    const own = { sender: { id: 41 }, senderFrame: { url: 'app://pctopo/index.html', parent: null } };
    const target = join(userData, 'Contoso report.pdf');
    vi.spyOn(fake.electron.dialog, 'showSaveDialog').mockResolvedValueOnce({
      canceled: false,
      filePath: target,
    } as never);
    const html = '<!DOCTYPE html><html><body><h1>Contoso</h1></body></html>';
    const reply = await fake.handlers.get(invokeChannels.printReportToPdf)!(own, {
      html,
      suggestedName: 'Contoso.pdf',
    });
    expect(reply).toEqual({ ok: true, value: { name: 'Contoso report.pdf', fileId: null } });
    const printer = fake.windows.at(-1);
    expect(printer).not.toBe(started.win);
    expect(printer.options.show).toBe(false);
    expect(printer.options.webPreferences).toMatchObject({
      javascript: false,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(printer.options.webPreferences.preload).toBeUndefined();
    // Hardened as every web contents is: no window may open from it.
    expect(printer.webContents.setWindowOpenHandler).toHaveBeenCalled();
    expect(printer.loadURL).toHaveBeenCalledWith(
      `data:text/html;charset=utf-8;base64,${Buffer.from(html).toString('base64')}`,
    );
    expect(printer.webContents.printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', printBackground: true });
    expect(readFileSync(target, 'latin1')).toBe('%PDF-');
    expect(printer.destroyed).toBe(true);
  });

  it('themes the native frame as the page chose', () => {
    const own = { sender: { id: 41 }, senderFrame: { url: 'app://pctopo/index.html', parent: null } };
    fake.onHandlers.get(sendChannels.setThemeSource)!(own, 'dark');
    expect(fake.electron.nativeTheme.themeSource).toBe('dark');
    fake.onHandlers.get(sendChannels.setThemeSource)!(own, 'system');
    expect(fake.electron.nativeTheme.themeSource).toBe('system');
  });

  it('keeps the window open over unsaved work until the planner decides', async () => {
    const own = { sender: { id: 41 }, senderFrame: { url: 'app://pctopo/index.html', parent: null } };
    fake.onHandlers.get(sendChannels.setDocumentState)!(own, {
      name: 'Contoso.pctopo',
      title: 't',
      modified: true,
    });
    expect(started.win.title).toBe('*Contoso.pctopo - Persistent Chat Topology Designer');

    const prevented = vi.fn();
    fake.dialogAnswers.push(2); // Cancel
    started.win.events.emit('close', { preventDefault: prevented });
    expect(prevented).toHaveBeenCalled();
    await vi.waitFor(() =>
      expect(fake.messages.at(-1)?.message).toContain('“Contoso.pctopo” before closing'),
    );
    expect(started.win.close).not.toHaveBeenCalled();

    fake.dialogAnswers.push(1); // Don't Save
    started.win.events.emit('close', { preventDefault: vi.fn() });
    await vi.waitFor(() => expect(started.win.close).toHaveBeenCalled());
  });
});
